// Written from FieldCatalog by FieldPointerTests (SHANGJIA_UPDATE_GOLDEN=1 swift test --filter FieldPointerTests); do not edit.
import ShangjiaJSON

/// Every field of the catalog as a pointer: rules name fields by these, so a misspelt field does not compile.
extension JSONPointer {
    /// 清单版本
    public static let manifestVersion = JSONPointer(["manifestVersion"])
    /// 应用注册（编目）
    public static let application = JSONPointer(["application"])
    /// 应用注册（编目） › 应用名称
    public static let applicationName = JSONPointer(["application", "name"])
    /// 应用注册（编目） › 区域
    public static let applicationRegion = JSONPointer(["application", "region"])
    /// 应用注册（编目） › 建设层级
    public static let applicationLevel = JSONPointer(["application", "level"])
    /// 应用注册（编目） › 应用简介
    public static let applicationSummary = JSONPointer(["application", "summary"])
    /// 应用注册（编目） › 应用状态
    public static let applicationStatus = JSONPointer(["application", "status"])
    /// 应用注册（编目） › 计划上线时间
    public static let applicationPlannedLaunchDate = JSONPointer(["application", "plannedLaunchDate"])
    /// 应用注册（编目） › 上线时间
    public static let applicationLaunchDate = JSONPointer(["application", "launchDate"])
    /// 应用注册（编目） › 停用时间
    public static let applicationRetiredDate = JSONPointer(["application", "retiredDate"])
    /// 应用注册（编目） › 网络环境
    public static let applicationNetworks = JSONPointer(["application", "networks"])
    /// 应用注册（编目） › 建设方案
    public static let applicationConstructionPlan = JSONPointer(["application", "constructionPlan"])
    /// 应用注册（编目） › 使用强制类组件
    public static let applicationMandatoryComponents = JSONPointer(["application", "mandatoryComponents"])
    /// 应用注册（编目） › 应用数据已编目
    public static let applicationDataCatalogued = JSONPointer(["application", "dataCatalogued"])
    /// 应用注册（编目） › 应用领域
    public static let applicationDomains = JSONPointer(["application", "domains"])
    /// 应用注册（编目） › 建设模式
    public static let applicationConstructionMode = JSONPointer(["application", "constructionMode"])
    /// 应用注册（编目） › 建设依据
    public static let applicationBasis = JSONPointer(["application", "basis"])
    /// 应用注册（编目） › 建设依据（其他，请注明）
    public static let applicationBasisOther = JSONPointer(["application", "basisOther"])
    /// 应用注册（编目） › 是否统建应用
    public static let applicationUnifiedApp = JSONPointer(["application", "unifiedApp"])
    /// 应用注册（编目） › 是否协同
    public static let applicationCollaborative = JSONPointer(["application", "collaborative"])
    /// 应用注册（编目） › 是否重大任务
    public static let applicationMajorTask = JSONPointer(["application", "majorTask"])
    /// 应用注册（编目） › 是否核心业务
    public static let applicationCoreBusiness = JSONPointer(["application", "coreBusiness"])
    /// 应用注册（编目） › 是否多跨场景
    public static let applicationCrossScenario = JSONPointer(["application", "crossScenario"])
    /// 应用注册（编目） › 是否体系贯通
    public static let applicationSystemIntegration = JSONPointer(["application", "systemIntegration"])
    /// 应用注册（编目） › 业主单位
    public static let applicationOwner = JSONPointer(["application", "owner"])
    /// 应用注册（编目） › 业主单位 › 业主单位
    public static let applicationOwnerUnit = JSONPointer(["application", "owner", "unit"])
    /// 应用注册（编目） › 业主单位 › 编目提交人
    public static let applicationOwnerSubmitter = JSONPointer(["application", "owner", "submitter"])
    /// 应用注册（编目） › 业主单位 › 编目提交人 › 提交人姓名
    public static let applicationOwnerSubmitterName = JSONPointer(["application", "owner", "submitter", "name"])
    /// 应用注册（编目） › 业主单位 › 编目提交人 › 提交人手机号
    public static let applicationOwnerSubmitterPhone = JSONPointer(["application", "owner", "submitter", "phone"])
    /// 应用注册（编目） › 业主单位 › 编目提交人 › 提交人在编
    public static let applicationOwnerSubmitterIsStaff = JSONPointer(["application", "owner", "submitter", "isStaff"])
    /// 开发商信息
    public static let developer = JSONPointer(["developer"])
    /// 开发商信息 › 开发商名称
    public static let developerName = JSONPointer(["developer", "name"])
    /// 开发商信息 › 统一社会信用代码
    public static let developerCreditCode = JSONPointer(["developer", "creditCode"])
    /// 开发商信息 › 开发商联系方式
    public static let developerContacts = JSONPointer(["developer", "contacts"])
    /// 开发商信息 › 开发商联系方式 › 联系人姓名
    public static func developerContactsName(_ index: Int) -> JSONPointer { JSONPointer(["developer", "contacts", String(index), "name"]) }
    /// 开发商信息 › 开发商联系方式 › 联系人手机号
    public static func developerContactsPhone(_ index: Int) -> JSONPointer { JSONPointer(["developer", "contacts", String(index), "phone"]) }
    /// 服务侧发布
    public static let service = JSONPointer(["service"])
    /// 服务侧发布 › 发布端
    public static let serviceChannels = JSONPointer(["service", "channels"])
    /// 服务侧发布 › 发布类型
    public static let serviceReleaseType = JSONPointer(["service", "releaseType"])
    /// 服务侧发布 › 存量关联
    public static let serviceLegacyLink = JSONPointer(["service", "legacyLink"])
    /// 服务侧发布 › 服务名称
    public static let serviceName = JSONPointer(["service", "name"])
    /// 服务侧发布 › 服务介绍
    public static let serviceIntro = JSONPointer(["service", "intro"])
    /// 服务侧发布 › 图标
    public static let serviceIcon = JSONPointer(["service", "icon"])
    /// 服务侧发布 › 服务用户类型
    public static let serviceUserType = JSONPointer(["service", "userType"])
    /// 服务侧发布 › 支持国产操作系统
    public static let serviceDomesticOS = JSONPointer(["service", "domesticOS"])
    /// 服务侧发布 › 移动端地址
    public static let serviceMobileUrl = JSONPointer(["service", "mobileUrl"])
    /// 服务侧发布 › PC端地址
    public static let servicePcUrl = JSONPointer(["service", "pcUrl"])
    /// 服务侧发布 › PC端地址与移动端相同
    public static let servicePcSameAsMobile = JSONPointer(["service", "pcSameAsMobile"])
    /// 服务侧发布 › 健康地址
    public static let serviceHealthUrl = JSONPointer(["service", "healthUrl"])
    /// 服务侧发布 › 测试环境地址
    public static let serviceTestUrl = JSONPointer(["service", "testUrl"])
    /// 服务侧发布 › 适用范围
    public static let serviceScope = JSONPointer(["service", "scope"])
    /// 服务侧发布 › 上架端
    public static let serviceListingEnds = JSONPointer(["service", "listingEnds"])
    /// 服务侧发布 › 上架材料
    public static let serviceMaterials = JSONPointer(["service", "materials"])
    /// 服务侧发布 › 上架材料 › 上架申请材料
    public static let serviceMaterialsApplicationForm = JSONPointer(["service", "materials", "applicationForm"])
    /// 服务侧发布 › 上架材料 › 录屏
    public static let serviceMaterialsScreenRecording = JSONPointer(["service", "materials", "screenRecording"])
    /// 服务侧发布 › 上架材料 › 录屏 › 录屏文件
    public static let serviceMaterialsScreenRecordingFile = JSONPointer(["service", "materials", "screenRecording", "file"])
    /// 服务侧发布 › 上架材料 › 录屏 › 录屏系统
    public static let serviceMaterialsScreenRecordingPlatforms = JSONPointer(["service", "materials", "screenRecording", "platforms"])
    /// 服务侧发布 › 上架材料 › 录屏 › 录屏上架端
    public static let serviceMaterialsScreenRecordingEnds = JSONPointer(["service", "materials", "screenRecording", "ends"])
    /// 服务侧发布 › 上架材料 › 截图
    public static let serviceMaterialsScreenshots = JSONPointer(["service", "materials", "screenshots"])
    /// 治理侧发布
    public static let governance = JSONPointer(["governance"])
    /// 治理侧发布 › 发布端
    public static let governanceChannels = JSONPointer(["governance", "channels"])
    /// 治理侧发布 › 发布类型
    public static let governanceReleaseType = JSONPointer(["governance", "releaseType"])
    /// 治理侧发布 › 代码托管
    public static let governanceCodeHosted = JSONPointer(["governance", "codeHosted"])
    /// 治理侧发布 › 应用标识
    public static let governanceAppId = JSONPointer(["governance", "appId"])
    /// 治理侧发布 › 服务名称
    public static let governanceName = JSONPointer(["governance", "name"])
    /// 治理侧发布 › 服务介绍
    public static let governanceIntro = JSONPointer(["governance", "intro"])
    /// 治理侧发布 › 图标
    public static let governanceIcon = JSONPointer(["governance", "icon"])
    /// 治理侧发布 › 服务用户类型
    public static let governanceUserType = JSONPointer(["governance", "userType"])
    /// 治理侧发布 › 支持国产操作系统
    public static let governanceDomesticOS = JSONPointer(["governance", "domesticOS"])
    /// 治理侧发布 › 移动端地址
    public static let governanceMobileUrl = JSONPointer(["governance", "mobileUrl"])
    /// 治理侧发布 › PC端地址
    public static let governancePcUrl = JSONPointer(["governance", "pcUrl"])
    /// 治理侧发布 › 健康地址
    public static let governanceHealthUrl = JSONPointer(["governance", "healthUrl"])
    /// 治理侧发布 › 适用范围
    public static let governanceScope = JSONPointer(["governance", "scope"])
    /// 治理侧发布 › 服务器出口IP
    public static let governanceEgressIps = JSONPointer(["governance", "egressIps"])
    /// 治理侧发布 › 是否统建
    public static let governanceUnified = JSONPointer(["governance", "unified"])
    /// 治理侧发布 › 所属区域
    public static let governanceRegion = JSONPointer(["governance", "region"])
    /// 治理侧发布 › 对超级高管开放
    public static let governanceOpenToSeniorLeaders = JSONPointer(["governance", "openToSeniorLeaders"])
    /// 治理侧发布 › 浙政钉免登
    public static let governanceSso = JSONPointer(["governance", "sso"])
    /// 治理侧发布 › VPN接入
    public static let governanceUsesVpn = JSONPointer(["governance", "usesVpn"])
    /// 治理侧发布 › 监控埋点
    public static let governanceMonitoring = JSONPointer(["governance", "monitoring"])
    /// 治理侧发布 › 监控埋点 › 稳定性监控
    public static let governanceMonitoringStability = JSONPointer(["governance", "monitoring", "stability"])
    /// 治理侧发布 › 监控埋点 › 流量分析埋点
    public static let governanceMonitoringAnalytics = JSONPointer(["governance", "monitoring", "analytics"])
    /// 治理侧发布 › 监控埋点 › 埋点页面
    public static let governanceMonitoringPages = JSONPointer(["governance", "monitoring", "pages"])
    /// 治理侧发布 › 监控埋点 › 埋点页面 › 页面标识（page_id）
    public static func governanceMonitoringPagesId(_ index: Int) -> JSONPointer { JSONPointer(["governance", "monitoring", "pages", String(index), "id"]) }
    /// 治理侧发布 › 监控埋点 › 埋点页面 › 页面名称（page_name）
    public static func governanceMonitoringPagesName(_ index: Int) -> JSONPointer { JSONPointer(["governance", "monitoring", "pages", String(index), "name"]) }
    /// 治理侧发布 › 监控埋点 › 埋点页面 › 页面地址（page_url）
    public static func governanceMonitoringPagesUrl(_ index: Int) -> JSONPointer { JSONPointer(["governance", "monitoring", "pages", String(index), "url"]) }
    /// 治理侧发布 › 压测
    public static let governanceLoadTest = JSONPointer(["governance", "loadTest"])
    /// 治理侧发布 › 压测 › 压测报告
    public static let governanceLoadTestReport = JSONPointer(["governance", "loadTest", "report"])
    /// 治理侧发布 › 压测 › 压测并发数
    public static let governanceLoadTestConcurrency = JSONPointer(["governance", "loadTest", "concurrency"])
    /// 治理侧发布 › 压测 › 压测地址
    public static let governanceLoadTestUrl = JSONPointer(["governance", "loadTest", "url"])
    /// 治理侧发布 › 上架材料
    public static let governanceMaterials = JSONPointer(["governance", "materials"])
    /// 治理侧发布 › 上架材料 › 上架模板材料
    public static let governanceMaterialsTemplates = JSONPointer(["governance", "materials", "templates"])
    /// 治理侧发布 › 上架材料 › 测试账号
    public static let governanceMaterialsTestAccount = JSONPointer(["governance", "materials", "testAccount"])
    /// 治理侧发布 › 上架材料 › 测试账号 › 测试账号
    public static let governanceMaterialsTestAccountAccount = JSONPointer(["governance", "materials", "testAccount", "account"])
    /// 一网协同接入
    public static let shanghai = JSONPointer(["shanghai"])
    /// 一网协同接入 › 应用名称
    public static let shanghaiName = JSONPointer(["shanghai", "name"])
    /// 一网协同接入 › 应用描述
    public static let shanghaiDescription = JSONPointer(["shanghai", "description"])
    /// 一网协同接入 › 应用分类
    public static let shanghaiCategory = JSONPointer(["shanghai", "category"])
    /// 一网协同接入 › 应用主题
    public static let shanghaiTheme = JSONPointer(["shanghai", "theme"])
    /// 一网协同接入 › 应用类型
    public static let shanghaiAppType = JSONPointer(["shanghai", "appType"])
    /// 一网协同接入 › 接入阶段
    public static let shanghaiStage = JSONPointer(["shanghai", "stage"])
    /// 一网协同接入 › 可见范围
    public static let shanghaiVisibility = JSONPointer(["shanghai", "visibility"])
    /// 一网协同接入 › 应用图标
    public static let shanghaiLogo = JSONPointer(["shanghai", "logo"])
    /// 一网协同接入 › 应用首页地址
    public static let shanghaiHomeUrl = JSONPointer(["shanghai", "homeUrl"])
    /// 一网协同接入 › 健康检查地址
    public static let shanghaiHealthUrl = JSONPointer(["shanghai", "healthUrl"])
    /// 一网协同接入 › TLS版本
    public static let shanghaiTlsVersions = JSONPointer(["shanghai", "tlsVersions"])
    /// 一网协同接入 › 处理工作秘密
    public static let shanghaiHandlesWorkSecrets = JSONPointer(["shanghai", "handlesWorkSecrets"])
    /// 一网协同接入 › 处理国家秘密
    public static let shanghaiHandlesStateSecrets = JSONPointer(["shanghai", "handlesStateSecrets"])
    /// 一网协同接入 › 接入形式
    public static let shanghaiReleaseType = JSONPointer(["shanghai", "releaseType"])
    /// 一网协同接入 › 页面框架（宽度）
    public static let shanghaiPageWidth = JSONPointer(["shanghai", "pageWidth"])
    /// 一网协同接入 › 测评报告
    public static let shanghaiReports = JSONPointer(["shanghai", "reports"])
    /// 一网协同接入 › 测评报告 › 软件测试报告
    public static let shanghaiReportsSoftwareTest = JSONPointer(["shanghai", "reports", "softwareTest"])
    /// 一网协同接入 › 测评报告 › 等保测评报告
    public static let shanghaiReportsMlps = JSONPointer(["shanghai", "reports", "mlps"])
    /// 一网协同接入 › 测评报告 › 等保测评报告 › 等保测评报告文件
    public static let shanghaiReportsMlpsFile = JSONPointer(["shanghai", "reports", "mlps", "file"])
    /// 一网协同接入 › 测评报告 › 等保测评报告 › 等保级别
    public static let shanghaiReportsMlpsLevel = JSONPointer(["shanghai", "reports", "mlps", "level"])
    /// 一网协同接入 › 测评报告 › 安全测试报告
    public static let shanghaiReportsSecurityTest = JSONPointer(["shanghai", "reports", "securityTest"])
    /// 一网协同接入 › 测评报告 › 密码应用测评报告
    public static let shanghaiReportsCrypto = JSONPointer(["shanghai", "reports", "crypto"])
    /// 一网协同接入 › 测评报告 › 联调确认单
    public static let shanghaiReportsIntegrationConfirmation = JSONPointer(["shanghai", "reports", "integrationConfirmation"])
    /// 一网协同接入 › 测评报告 › 功能测试报告
    public static let shanghaiReportsFunctionalTest = JSONPointer(["shanghai", "reports", "functionalTest"])
    /// 情况说明（豁免）
    public static let waivers = JSONPointer(["waivers"])
    /// 情况说明（豁免） › 规则
    public static func waiversRule(_ index: Int) -> JSONPointer { JSONPointer(["waivers", String(index), "rule"]) }
    /// 情况说明（豁免） › 位置
    public static func waiversPath(_ index: Int) -> JSONPointer { JSONPointer(["waivers", String(index), "path"]) }
    /// 情况说明（豁免） › 理由
    public static func waiversReason(_ index: Int) -> JSONPointer { JSONPointer(["waivers", String(index), "reason"]) }
    /// 情况说明（豁免） › 情况说明
    public static func waiversStatement(_ index: Int) -> JSONPointer { JSONPointer(["waivers", String(index), "statement"]) }
}
