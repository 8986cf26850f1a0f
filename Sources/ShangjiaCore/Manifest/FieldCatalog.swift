import ShangjiaJSON

/// What a string holds, for type checks, `schema` and `init`.
public enum StringFormat: String, Sendable {
    case plain, url, date, file, phone, ipAddress, creditCode
}

/// The JSON shape of a manifest field.
public indirect enum FieldKind: Sendable {
    case string(StringFormat)
    case boolean
    case integer
    case enumeration([String])
    case object([Field])
    case array(FieldKind)
    /// Anything (`$schema`): never type-checked.
    case any
}

/// One key of the manifest with its portal label. The catalog below is the single source
/// of truth for the shape: unknown-field, type, required, `schema` and `init` all read it.
public struct Field: Sendable {
    public let key: String
    public let label: Text
    public let kind: FieldKind
    /// Required whenever its parent object is present (top-level sections: see `FieldCatalog.requiredSections`).
    public let required: Bool
    /// A value for `shangjia init`; nil uses a neutral placeholder of the kind.
    public let example: String?
    /// What to write in a free-text field whose label alone does not say (editors show it).
    public let guidance: Text?

    public init(_ key: String, _ zh: String, _ en: String, _ kind: FieldKind, required: Bool = false, example: String? = nil, guidance: Text? = nil) {
        self.key = key
        self.label = Text(zh: zh, en: en)
        self.kind = kind
        self.required = required
        self.example = example
        self.guidance = guidance
    }
}

public enum FieldCatalog {
    public static let levels = ["国家", "省级", "市级", "县(市、区)", "乡镇(街道)", "村(社区)"]
    /// 应用状态: rules name a status by these, never by repeating the label.
    public enum Status {
        public static let planning = "谋划中", building = "建设中", running = "运行中", changing = "功能变更中", retired = "停用"
    }
    public static let statuses = [Status.planning, Status.building, Status.running, Status.changing, Status.retired]
    public enum Network {
        public static let internet = "互联网"
    }
    public static let networks = ["政务内网", "政务外网", Network.internet, "业务专网", "单机"]
    /// 发布端 of both sides.
    public enum Channel {
        public static let zheliban = "浙里办APP", serviceWeb = "政务服务网", zhengding = "浙政钉", reformPortal = "数字化改革门户"
    }
    public static let serviceChannels = [Channel.zheliban, Channel.serviceWeb]
    public static let governanceChannels = [Channel.zhengding, Channel.reformPortal]
    public static let userTypes = ["个人", "法人", "个人和法人"]
    public static let scopes = ["省", "市", "区县"]
    public static let listingEnds = ["浙里办APP", "支付宝", "微信", "政务服务网"]
    public static let governanceRegions = ["省级", "杭州", "宁波", "温州", "湖州", "嘉兴", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]

    static let owner = FieldKind.object([
        Field("unit", "业主单位", "owner unit", .string(.plain), required: true, example: "杭州市某某局"),
        Field("submitter", "编目提交人", "catalog submitter", .object([
            Field("name", "提交人姓名", "submitter name", .string(.plain), required: true, example: "张三"),
            Field("phone", "提交人手机号", "submitter phone", .string(.phone), required: true, example: "13800000000"),
            Field("isStaff", "提交人在编", "submitter is on the staff", .boolean, example: "true"),
        ]), required: true),
    ])

    static let application = FieldKind.object([
        Field("name", "应用名称", "application name", .string(.plain), required: true, example: "杭州市“浙里办”某某服务"),
        Field("region", "区域", "region", .string(.plain), required: true, example: "杭州市"),
        Field("level", "建设层级", "construction level", .enumeration(levels), required: true, example: "市级"),
        Field("summary", "应用简介", "application summary", .string(.plain), required: true),
        Field("status", "应用状态", "application status", .enumeration(statuses), required: true, example: "建设中"),
        Field("plannedLaunchDate", "计划上线时间", "planned launch date", .string(.date)),
        Field("launchDate", "上线时间", "launch date", .string(.date)),
        Field("retiredDate", "停用时间", "retirement date", .string(.date)),
        Field("networks", "网络环境", "network environments", .array(.enumeration(networks)), required: true, example: "互联网"),
        Field("constructionPlan", "建设方案", "construction plan", .string(.file), example: "materials/建设方案.pdf"),
        Field("mandatoryComponents", "使用强制类组件", "uses the mandatory components", .boolean, example: "true"),
        Field("dataCatalogued", "应用数据已编目", "its data is catalogued", .boolean, example: "true"),
        // The rest of the 编目 form: optional for the rules, shown by `shangjia form irs`.
        Field("domains", "应用领域", "application domains", .array(.enumeration(domains)), example: "数字政府"),
        Field("constructionMode", "建设模式", "construction mode", .enumeration(["揭榜挂帅(试点建设)", "地方特色(省级特色)"]), example: "地方特色(省级特色)"),
        Field("basis", "建设依据", "construction basis", .array(.enumeration(["政策文件", "领导讲话及批示", "部门内部会议/文件", "其他"])), example: "政策文件"),
        Field("basisOther", "建设依据（其他，请注明）", "construction basis (other)", .string(.plain)),
        Field("unifiedApp", "是否统建应用", "a province-wide (统建) application", .boolean, example: "false"),
        Field("collaborative", "是否协同", "collaborative", .boolean, example: "false"),
        Field("majorTask", "是否重大任务", "a major task", .boolean, example: "false"),
        Field("coreBusiness", "是否核心业务", "core business", .boolean, example: "false"),
        Field("crossScenario", "是否多跨场景", "a cross-department scenario", .boolean, example: "false"),
        Field("systemIntegration", "是否体系贯通", "integrated across the system", .boolean, example: "false"),
        Field("owner", "业主单位", "owner", owner, required: true),
    ])

    public static let domains = ["党政机关整体智治", "数字政府", "数字社会", "数字经济", "数字法治", "数字文化"]

    static let contact = FieldKind.object([
        Field("name", "联系人姓名", "contact name", .string(.plain), example: "李四"),
        Field("phone", "联系人手机号", "contact phone", .string(.phone), example: "13900000000"),
    ])

    static let developer = FieldKind.object([
        Field("name", "开发商名称", "developer name", .string(.plain), required: true, example: "杭州某某科技有限公司"),
        Field("creditCode", "统一社会信用代码", "unified social credit code", .string(.creditCode), required: true, example: "913301000000000009"),
        Field("contacts", "开发商联系方式", "developer contacts", .array(contact), required: true),
    ])

    static let screenRecording = FieldKind.object([
        Field("file", "录屏文件", "screen recording file", .string(.file), required: true, example: "materials/录屏.mp4"),
        Field("platforms", "录屏系统", "recorded platforms", .array(.enumeration(["Android", "iOS", "HarmonyOS"])), required: true, example: "Android"),
        Field("ends", "录屏上架端", "recorded listing ends", .array(.enumeration(listingEnds)), required: true, example: "浙里办APP"),
    ])

    /// The fields 服务侧 and 治理侧 forms share, in form order.
    static let releaseBasics = [
        Field("name", "服务名称", "service name", .string(.plain), required: true, example: "某某服务"),
        Field("intro", "服务介绍", "service introduction", .string(.plain), required: true),
        Field("icon", "图标", "icon", .string(.file), required: true, example: "assets/icon.png"),
        Field("userType", "服务用户类型", "user type", .enumeration(userTypes), required: true, example: "个人"),
        Field("domesticOS", "支持国产操作系统", "supports domestic OS", .boolean, example: "true"),
        Field("mobileUrl", "移动端地址", "mobile address", .string(.url), example: "https://app.example.com/m/"),
        Field("pcUrl", "PC端地址", "PC address", .string(.url), example: "https://app.example.com/pc/"),
    ]
    static let healthUrl = Field("healthUrl", "健康地址", "health-check address", .string(.url), example: "https://app.example.com/health")
    static let scope = Field("scope", "适用范围", "scope", .array(.enumeration(scopes)), required: true, example: "市")

    static let service = FieldKind.object([
        Field("channels", "发布端", "release channels", .array(.enumeration(serviceChannels)), required: true, example: "浙里办APP"),
        Field("releaseType", "发布类型", "release type", .enumeration(["H5", "小程序", "小程序+PC", "PC"]), required: true, example: "H5"),
        Field("legacyLink", "存量关联", "linked legacy service", .boolean, example: "false"),
    ] + releaseBasics + [
        Field("pcSameAsMobile", "PC端地址与移动端相同", "PC address same as mobile", .boolean, example: "false"),
        healthUrl,
        Field("testUrl", "测试环境地址", "test environment address", .string(.url), example: "https://test.example.com/"),
        scope,
        Field("listingEnds", "上架端", "listing ends", .array(.enumeration(listingEnds)), example: "浙里办APP"),
        Field("materials", "上架材料", "listing materials", .object([
            Field("applicationForm", "上架申请材料", "listing application form", .string(.file), required: true, example: "materials/上架申请材料.pdf"),
            Field("screenRecording", "录屏", "screen recording", screenRecording),
            Field("screenshots", "截图", "screenshots", .array(.string(.file)), example: "materials/shot1.png"),
        ]), required: true),
    ])

    static let governance = FieldKind.object([
        Field("channels", "发布端", "release channels", .array(.enumeration(governanceChannels)), required: true, example: "浙政钉"),
        Field("releaseType", "发布类型", "release type", .enumeration(["H5", "小程序", "小程序+PC", "H5改革门户"]), required: true, example: "H5"),
        Field("codeHosted", "代码托管", "code hosted", .boolean, example: "true"),
        Field("appId", "应用标识", "application identifier", .string(.plain), required: true, example: "example_app_id"),
    ] + releaseBasics + [healthUrl, scope] + [
        Field("egressIps", "服务器出口IP", "server egress IPs", .array(.string(.ipAddress)), required: true, example: "203.0.113.10"),
        Field("unified", "是否统建", "built province-wide (统建)", .boolean, required: true, example: "false"),
        Field("region", "所属区域", "region", .enumeration(governanceRegions), required: true, example: "杭州"),
        Field("openToSeniorLeaders", "对超级高管开放", "open to senior leaders", .boolean, example: "false"),
        Field("sso", "浙政钉免登", "浙政钉 single sign-on", .boolean, required: true, example: "true"),
        Field("usesVpn", "VPN接入", "VPN access", .boolean, example: "false"),
        Field("monitoring", "监控埋点", "monitoring", .object([
            Field("stability", "稳定性监控", "stability monitoring", .boolean, required: true, example: "true"),
            Field("analytics", "流量分析埋点", "traffic analytics", .boolean, required: true, example: "true"),
            Field("pages", "埋点页面", "monitored pages", .array(.object([
                Field("id", "页面标识（page_id）", "page id", .string(.plain), example: "home"),
                Field("name", "页面名称（page_name）", "page name", .string(.plain), example: "首页"),
                Field("url", "页面地址（page_url）", "page address", .string(.url), example: "https://app.example.com/m/#/home"),
            ]))),
        ]), required: true),
        Field("loadTest", "压测", "load test", .object([
            Field("report", "压测报告", "load test report", .string(.file), required: true, example: "materials/压测报告.pdf"),
            Field("concurrency", "压测并发数", "load test concurrency", .integer, required: true, example: "50"),
            Field("url", "压测地址", "load test address", .string(.url), required: true, example: "https://app.example.com/api/"),
        ]), required: true),
        Field("materials", "上架材料", "listing materials", .object([
            Field("templates", "上架模板材料", "listing templates", .array(.string(.file)), required: true, example: "materials/t1.docx"),
            Field("testAccount", "测试账号", "test account", .object([
                Field("account", "测试账号", "test account", .string(.plain), required: true, example: "示例测试账号"),
            ]), required: true),
        ]), required: true),
    ])

    static let shanghai = FieldKind.object([
        Field("name", "应用名称", "application name", .string(.plain), required: true, example: "某某协同办公"),
        Field("description", "应用描述", "description", .string(.plain), required: true,
              guidance: Text(zh: "一两句话：应用做什么、给谁用", en: "a sentence or two: what the application does and for whom")),
        Field("category", "应用分类", "category", .string(.plain), required: true,
              guidance: Text(zh: "注册页“应用分类”中所选的分类，按页面上的写法原样填写", en: "the category chosen under 应用分类 on the registration page, written exactly as the page shows it")),
        Field("theme", "应用主题", "theme", .string(.plain), required: true,
              guidance: Text(zh: "应用所属的行业主题（注册页“行业主题”中所选的一项），原样填写", en: "the industry theme (行业主题) chosen on the registration page, written exactly as shown there")),
        Field("appType", "应用类型", "application type", .enumeration(["办公应用", "工具应用", "业务应用"]), required: true, example: "业务应用"),
        Field("stage", "接入阶段", "stage", .enumeration(["接入审核", "上线"]), example: "接入审核"),
        Field("visibility", "可见范围", "visibility", .string(.plain), required: true,
              guidance: Text(zh: "哪些单位或部门的人员能看到并使用本应用（平台通讯录中的节点）", en: "the units or departments whose staff can see and use the application (nodes of the platform's directory)")),
        Field("logo", "应用图标", "logo", .string(.file), required: true, example: "assets/logo.png"),
        Field("homeUrl", "应用首页地址", "home address", .string(.url), example: "https://app.example.com/"),
        Field("healthUrl", "健康检查地址", "health-check address", .string(.url), example: "https://app.example.com/health"),
        Field("tlsVersions", "TLS版本", "TLS versions", .array(.string(.plain)), required: true, example: "1.2"),
        Field("handlesWorkSecrets", "处理工作秘密", "handles work secrets", .boolean, example: "false"),
        Field("handlesStateSecrets", "处理国家秘密", "handles state secrets", .boolean, example: "false"),
        Field("releaseType", "接入形式", "access form", .string(.plain), example: "H5"),
        // An integer 760–950 or "自适应": two JSON types, so shanghai-page-width checks it, not the type rule.
        Field("pageWidth", "页面框架（宽度）", "page width", .any, example: "自适应"),
        Field("reports", "测评报告", "assessment reports", .object([
            Field("softwareTest", "软件测试报告", "software test report", .string(.file), example: "materials/软件测试报告.pdf"),
            Field("mlps", "等保测评报告", "MLPS assessment report", .object([
                Field("file", "等保测评报告文件", "MLPS report file", .string(.file), required: true, example: "materials/等保测评报告.pdf"),
                Field("level", "等保级别", "MLPS level", .integer, required: true, example: "2"),
            ])),
            Field("securityTest", "安全测试报告", "security test report", .string(.file), example: "materials/安全测试报告.pdf"),
            Field("crypto", "密码应用测评报告", "cryptography assessment report", .string(.file), example: "materials/密码应用测评报告.pdf"),
            Field("integrationConfirmation", "联调确认单", "integration confirmation", .string(.file), example: "materials/联调确认单.pdf"),
            Field("functionalTest", "功能测试报告", "functional test report", .string(.file), example: "materials/功能测试报告.pdf"),
        ]), required: true),
    ])

    static let waiver = FieldKind.object([
        Field("rule", "规则", "rule", .string(.plain), example: "icon-line-style"),
        Field("path", "位置", "location (JSON Pointer)", .string(.plain), example: "/service/icon"),
        Field("reason", "理由", "reason", .string(.plain)),
        Field("statement", "情况说明", "statement", .string(.file), example: "materials/情况说明.pdf"),
    ])

    /// The whole manifest.
    public static let root = Field("", "清单", "manifest", .object([
        Field("$schema", "JSON Schema", "JSON Schema", .any),
        Field("manifestVersion", "清单版本", "manifest version", .integer, example: "1"),
        Field("application", "应用注册（编目）", "application catalog record", application),
        Field("developer", "开发商信息", "developer", developer),
        Field("service", "服务侧发布", "service-side release", service),
        Field("governance", "治理侧发布", "governance-side release", governance),
        Field("shanghai", "一网协同接入", "一网协同 onboarding", shanghai),
        Field("waivers", "情况说明（豁免）", "waivers", .array(waiver)),
    ]))

    /// The field at a pointer (array indices step into the item kind), or nil when unknown.
    public static func field(at pointer: JSONPointer) -> Field? {
        var current = root
        for token in pointer.tokens {
            switch current.kind {
            case .object(let fields):
                guard let next = fields.first(where: { $0.key == token }) else { return nil }
                current = next
            case .array(let item):
                current = Field(token, current.label.zh, current.label.en, item)
            default:
                return nil
            }
        }
        return current
    }

    /// How messages name a field: its portal label and its pointer, 服务名称（/service/name）.
    public static func name(of pointer: JSONPointer, _ language: Language) -> String {
        let label = field(at: pointer)?.label(language) ?? pointer.last ?? ""
        return language == .zh ? "\(label)（\(pointer)）" : "\(label) (\(pointer))"
    }
}
