import ShangjiaJSON

struct MonitoringPages: Rule {
    static let description = RuleDescription(
        id: "monitoring-pages",
        title: Text(zh: "埋点页面的标识、名称和地址合规", en: "Monitored pages have valid ids, names and addresses"),
        severity: .error, targets: [.governance], source: "《浙政钉应用IRS上架流程》第三步 2 埋点",
        rationale: Text(zh: "流量分析埋点按页面上报 page_id、page_name 和 page_url。页面名称只用汉字、字母和下划线，不以下划线开头，不能含手机号或身份证号等个人信息；同一应用内页面标识不重复；页面地址属于应用自己的域名（治理侧各地址的主机之一）。",
                        en: "Traffic analytics reports each page by page_id, page_name and page_url. A page name has only 汉字, letters and underscores, does not start with an underscore, and carries no personal data such as a mobile or ID-card number; page ids are unique within the application; each page address is on the application's own hosts (those of the governance addresses)."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/m/", "monitoring": {"pages": [{"id": "home", "name": "首页", "url": "https://ybfw.hangzhou.gov.cn/m/#/home"}, {"id": "detail", "name": "办件_详情", "url": "https://ybfw.hangzhou.gov.cn/m/#/detail"}]}}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/m/", "monitoring": {"pages": [{"id": "home", "name": "_首页", "url": "https://ybfw.hangzhou.gov.cn/m/#/home"}, {"id": "home", "name": "张三13905710002", "url": "https://cdn.example.net/home"}, {"id": "list", "name": "列表 页"}]}}}"#,
                        at: ["/governance/monitoring/pages/0/name", "/governance/monitoring/pages/1/id", "/governance/monitoring/pages/1/name",
                             "/governance/monitoring/pages/1/url", "/governance/monitoring/pages/2/name"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let pages = context.manifest[.governanceMonitoringPages]?.arrayValue else { return [] }
        let addresses = context.addresses.valid.filter { $0.field.target == .governance && $0.field.pointer != AddressField.loadTest.pointer }
        var findings: [Finding] = []
        var firstIndex: [String: Int] = [:]
        for (index, page) in pages.enumerated() where page.members != nil {
            if let id = context.manifest.string(.governanceMonitoringPagesId(index)), !id.isBlank {
                if let first = firstIndex[id] {
                    let pointer = JSONPointer.governanceMonitoringPagesId(index)
                    findings.append(context.finding(at: pointer,
                        zh: "\(context.name(pointer)) “\(id)” 与第 \(first + 1) 个页面重复", en: "\(context.name(pointer)) '\(id)' repeats page \(first + 1)",
                        hint: Text(zh: "每个页面用不同的 page_id", en: "give each page its own page_id"), related: [.field(.governanceMonitoringPagesId(first))]))
                } else {
                    firstIndex[id] = index
                }
            }
            if let name = context.manifest.string(.governanceMonitoringPagesName(index)), !name.isBlank, let problem = Self.nameProblem(name) {
                let pointer = JSONPointer.governanceMonitoringPagesName(index)
                findings.append(context.finding(at: pointer, zh: "\(context.name(pointer)) “\(name)” \(problem.zh)", en: "\(context.name(pointer)) '\(name)' \(problem.en)",
                    hint: Text(zh: "页面名称只用汉字、字母和下划线，如“办件_详情”", en: "use only 汉字, letters and underscores, such as 办件_详情")))
            }
            if let url = context.manifest.string(.governanceMonitoringPagesUrl(index)), !url.isBlank, let finding = hostFinding(url, at: .governanceMonitoringPagesUrl(index), addresses: addresses, context) {
                findings.append(finding)
            }
        }
        return findings
    }

    /// Why a page name is refused, or nil.
    static func nameProblem(_ name: String) -> Text? {
        let digits = name.split { !$0.isASCIIDigit }
        if digits.contains(where: { $0.count == 11 && $0.first == "1" }) {
            return Text(zh: "含有手机号，不能把个人信息写进埋点", en: "contains a mobile number: analytics must carry no personal data")
        }
        if name.split(whereSeparator: { !($0.isASCIIDigit || $0 == "X" || $0 == "x") }).contains(where: { $0.count == 18 && $0.prefix(17).allSatisfy(\.isASCIIDigit) }) {
            return Text(zh: "含有身份证号，不能把个人信息写进埋点", en: "contains an ID-card number: analytics must carry no personal data")
        }
        let invalid = name.characters { $0.isHanzi || $0.isASCIILetter || $0 == "_" }
        if !invalid.isEmpty {
            return Text(zh: "含有不允许的字符 \(invalid.shown)（只能用汉字、字母和下划线）", en: "has characters other than 汉字, letters and underscores: \(invalid.shown)")
        }
        if name.hasPrefix("_") { return Text(zh: "以下划线开头", en: "starts with an underscore") }
        return nil
    }

    /// A page address that is not an address, or whose host is none of the application's.
    private func hostFinding(_ url: String, at pointer: JSONPointer, addresses: [(field: AddressField, url: AddressURL)], _ context: RuleContext) -> Finding? {
        guard case .success(let page) = AddressURL.parse(url) else {
            return context.finding(at: pointer, zh: "\(context.name(pointer)) “\(url)” 不是有效的地址", en: "\(context.name(pointer)) '\(url)' is not a valid address",
                                   hint: Text(zh: "写完整的页面地址，如 https://域名/路径#/页面", en: "write the page's full address, such as https://host/path#/page"))
        }
        guard !addresses.isEmpty, !addresses.contains(where: { $0.url.host == page.host }) else { return nil }
        var seen = Set<String>()
        let hosts = addresses.map(\.url.writtenHost).filter { seen.insert($0).inserted }
        return context.finding(at: pointer,
            zh: "\(context.name(pointer)) 的主机 “\(page.writtenHost)” 不是应用地址的主机（\(hosts.joined(separator: "、"))）",
            en: "\(context.name(pointer)) has the host '\(page.writtenHost)', none of the application's hosts (\(hosts.joined(separator: ", ")))",
            hint: Text(zh: "埋点页面是应用自己的页面，地址在应用的域名下", en: "monitored pages are the application's own, on its own hosts"),
            related: addresses.map { .field($0.field.pointer) })
    }
}
