import ShangjiaOnline

struct PageResponseTime: Rule {
    static let maxSeconds = IntegerParameter("maxSeconds", default: 5,
        Text(zh: "主文档加载的最长秒数", en: "the most seconds the main document may take"))

    static let description = RuleDescription(
        id: "page-response-time",
        title: Text(zh: "页面 5 秒内加载", en: "Pages load within 5 s"),
        severity: .warning, targets: [.service, .governance, .shanghai],
        source: "DB31DSJ/Z 003—2026 §6.3.3 a",
        rationale: Text(zh: """
            一网协同要求页面在 5 秒内打开。本规则（仅在 --online 时运行）对移动端、PC 端和首页地址计时：从开始连接到收完主文档的最后一个字节，\
            重定向计算在内。只计主文档，不含图片和脚本，所以这是页面加载时间的下限：超过即说明页面必然慢于要求。
            """,
                        en: """
            一网协同 requires pages to open within 5 seconds. With --online this rule times the mobile, PC and home addresses from the \
            start of the connection to the last byte of the main document, redirects included. Only the document is timed, not its \
            images and scripts, so this is a lower bound of the page's load time: over it, the page is certainly slower than required.
            """),
        parameters: [maxSeconds],
        online: true,
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"homeUrl": "https://xt.sh.gov.cn/"}}"#,
                        probes: { RecordedProber(fetches: ["https://xt.sh.gov.cn/": OnlineExamples.page("https://xt.sh.gov.cn/", seconds: 1.2)]) }),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"homeUrl": "https://xt.sh.gov.cn/"}}"#, at: ["/shanghai/homeUrl"],
                        probes: { RecordedProber(fetches: ["https://xt.sh.gov.cn/": OnlineExamples.page("https://xt.sh.gov.cn/", seconds: 6.04)]) }),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let prober = context.prober else { return [] }
        let limit = context[Self.maxSeconds]
        return context.addresses.probed.compactMap { address in
            guard address.field.isPage, let seconds = prober.fetch(address.url).seconds, seconds > Double(limit) else { return nil }
            let shown = Self.tenths(seconds)
            return context.finding(at: address.field.pointer,
                zh: "\(context.name(address.field.pointer)) \(address.url) 的主文档用了 \(shown) 秒才加载完，超过 \(limit) 秒",
                en: "the main document of \(context.name(address.field.pointer)) \(address.url) took \(shown) s to load, more than \(limit) s",
                hint: Text(zh: "减少首屏服务端处理时间、启用压缩和缓存", en: "cut the server's time to first render; enable compression and caching"))
        }
    }

    /// 6.04 → "6.0": tenths are what a person reads, and the report stays stable across runs.
    static func tenths(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
