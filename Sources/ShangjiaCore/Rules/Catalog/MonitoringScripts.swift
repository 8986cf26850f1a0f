import ShangjiaOnline

struct MonitoringScripts: Rule {
    static let description = RuleDescription(
        id: "monitoring-scripts",
        title: Text(zh: "页面带有两个监控 SDK", en: "The page carries both monitoring SDKs"),
        severity: .warning, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第三步 2、4 注意 4；《浙政钉应用开发部署》§8",
        rationale: Text(zh: """
            浙政钉的 H5 类应用（H5、小程序+PC、H5改革门户）每个页面都要接入稳定性监控和流量分析两个 SDK，缺少埋点的应用不予上架。\
            本规则（仅在 --online 时运行）取回移动端地址的页面（跟随重定向），在页面及其加载的同源脚本（最多 20 个，每个 1 MiB 以内）中\
            查找稳定性监控 SDK（wpkReporter、wpk-bid 或 wpkgate-emas.ding.zj.gov.cn）和流量分析 SDK（aplus_queue 或 alog-api.ding.zj.gov.cn）。\
            只看首页：由脚本动态加入的 SDK 可能查不到，此时请对照实际页面核实。
            """,
                        en: """
            浙政钉's H5-type applications (H5, 小程序+PC, H5改革门户) must carry the stability-monitoring SDK and the traffic-analytics \
            SDK on every page; an application without them is not listed. With --online this rule fetches the mobile address's page \
            (after redirects) and looks in it and in the same-origin scripts it loads (up to 20, 1 MiB each) for the stability SDK \
            (wpkReporter, wpk-bid or wpkgate-emas.ding.zj.gov.cn) and the traffic SDK (aplus_queue or alog-api.ding.zj.gov.cn). Only the \
            first page is read: an SDK added by a script at run time can be missed, so check the live page when this fires.
            """),
        online: true,
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "H5", "mobileUrl": "https://ybfw.hangzhou.gov.cn/h5/"}}"#,
                        probes: { RecordedProber(fetches: [
                            "https://ybfw.hangzhou.gov.cn/h5/": OnlineExamples.page("https://ybfw.hangzhou.gov.cn/h5/",
                                body: #"<script src="/static/monitor.js"></script><script>aplus_queue.push({})</script>"#),
                            "https://ybfw.hangzhou.gov.cn/static/monitor.js": OnlineExamples.page("https://ybfw.hangzhou.gov.cn/static/monitor.js",
                                body: "const sdk = new wpkReporter({bid: 'hz-ybfw'})"),
                        ]) }),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "H5", "mobileUrl": "https://ybfw.hangzhou.gov.cn/h5/"}}"#, at: ["/governance/mobileUrl"],
                        probes: { RecordedProber(fetches: [
                            "https://ybfw.hangzhou.gov.cn/h5/": OnlineExamples.page("https://ybfw.hangzhou.gov.cn/h5/",
                                body: #"<script src="https://wpkgate-emas.ding.zj.gov.cn/static/wpk-jssdk.1.0.2/wpkReporter.js"></script>"#),
                        ]) }),
        ])

    /// Either marker shows an SDK is wired in: its object, its configuration key or its gateway.
    static let stabilityMarkers = ["wpkReporter", "wpk-bid", "wpkgate-emas.ding.zj.gov.cn"]
    static let trafficMarkers = ["aplus_queue", "alog-api.ding.zj.gov.cn"]
    static let scriptLimit = 20

    func check(_ context: RuleContext) -> [Finding] {
        guard let prober = context.prober, let type = context.manifest.string(.governanceReleaseType),
              ["H5", "小程序+PC", "H5改革门户"].contains(type),
              let address = context.addresses.probed.first(where: { $0.field.pointer == .governanceMobileUrl }),
              let page = prober.fetch(address.url).final, page.status < 400 else { return [] }
        var stability = Self.carries(page.body, Self.stabilityMarkers), traffic = Self.carries(page.body, Self.trafficMarkers)
        if let origin = HTTPAddress(page.url) {
            for script in ScriptSources.sameOrigin(in: page.body, of: origin).prefix(Self.scriptLimit) where !(stability && traffic) {
                guard let loaded = prober.fetch(script).final, loaded.status < 400 else { continue }
                stability = stability || Self.carries(loaded.body, Self.stabilityMarkers)
                traffic = traffic || Self.carries(loaded.body, Self.trafficMarkers)
            }
        }
        var missing: [Text] = []
        if !stability { missing.append(Text(zh: "稳定性监控 SDK（wpkReporter）", en: "the stability-monitoring SDK (wpkReporter)")) }
        if !traffic { missing.append(Text(zh: "流量分析 SDK（aplus_queue）", en: "the traffic-analytics SDK (aplus_queue)")) }
        guard !missing.isEmpty else { return [] }
        return [context.finding(at: address.field.pointer,
            zh: "\(address.url) 的页面及其同源脚本中找不到\(missing.map(\.zh).joined(separator: "和"))",
            en: "neither the page at \(address.url) nor its same-origin scripts carry \(missing.map(\.en).joined(separator: " or "))",
            hint: Text(zh: "按浙政钉埋点文档在每个页面引入缺少的 SDK", en: "add the missing SDK to every page, as 浙政钉's analytics guide describes"),
            related: [.field(.governanceReleaseType)])]
    }

    static func carries(_ body: [UInt8], _ markers: [String]) -> Bool {
        body.withUnsafeBufferPointer { bytes in markers.contains { bytes.containsBytes(of: $0) } }
    }
}

/// The `src` of a page's `<script>` elements, as absolute URLs of the page's own origin.
enum ScriptSources {
    static func sameOrigin(in html: [UInt8], of page: HTTPAddress) -> [String] {
        var found: [String] = [], seen = Set<String>()
        for source in sources(in: html) {
            guard let address = page.resolving(source), address.scheme == page.scheme, address.host == page.host, address.port == page.port,
                  seen.insert(address.canonical).inserted else { continue }
            found.append(address.canonical)
        }
        return found
    }

    /// Every `src` attribute value of a `<script …>` start tag, entities `&amp;` decoded.
    static func sources(in html: [UInt8]) -> [String] {
        let lower = html.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let open = Array("<script".utf8)
        var values: [String] = []
        var index = 0
        while index + open.count <= lower.count {
            guard lower[index] == UInt8(ascii: "<"), lower[index..<index + open.count].elementsEqual(open) else {
                index += 1
                continue
            }
            var cursor = index + open.count
            let tagEnd = lower[cursor...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
            while cursor < tagEnd {
                // An attribute name, then optionally `=` and a value.
                while cursor < tagEnd, isSpace(lower[cursor]) || lower[cursor] == UInt8(ascii: "/") { cursor += 1 }
                let nameStart = cursor
                while cursor < tagEnd, !isSpace(lower[cursor]), lower[cursor] != UInt8(ascii: "=") { cursor += 1 }
                let name = lower[nameStart..<cursor]
                while cursor < tagEnd, isSpace(lower[cursor]) { cursor += 1 }
                guard cursor < tagEnd, lower[cursor] == UInt8(ascii: "=") else { continue }
                cursor += 1
                while cursor < tagEnd, isSpace(lower[cursor]) { cursor += 1 }
                var valueStart = cursor, valueEnd: Int
                if cursor < tagEnd, lower[cursor] == UInt8(ascii: "\"") || lower[cursor] == UInt8(ascii: "'") {
                    let quote = lower[cursor]
                    valueStart = cursor + 1
                    valueEnd = lower[valueStart..<tagEnd].firstIndex(of: quote) ?? tagEnd
                    cursor = min(valueEnd + 1, tagEnd)
                } else {
                    valueEnd = lower[cursor..<tagEnd].firstIndex(where: isSpace) ?? tagEnd
                    cursor = valueEnd
                }
                if name.elementsEqual("src".utf8) {
                    values.append(String(decoding: html[valueStart..<valueEnd], as: UTF8.self).replacingAmpersands)
                }
            }
            index = tagEnd
        }
        return values
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
}

private extension String {
    var replacingAmpersands: String {
        guard containsBytes(of: "&amp;") else { return self }
        return split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&")
    }
}
