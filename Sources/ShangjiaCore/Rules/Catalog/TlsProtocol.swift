import ShangjiaOnline

struct TlsProtocol: Rule {
    static let description = RuleDescription(
        id: "tls-protocol",
        title: Text(zh: "只用 TLS 1.2/1.3", en: "TLS 1.2 or 1.3 only"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "DB31DSJ/Z 003—2026 §8.3 b",
        rationale: Text(zh: """
            一网协同要求应用只启用 TLS 1.2 或 1.3，关闭 SSLv3、TLS 1.0、1.1 等旧版本。本规则（仅在 --online 时运行）检查服务器实际协商的协议：\
            不支持 TLS 1.2/1.3 是错误；另做一次只允许 TLS 1.0–1.1 的握手，服务器仍接受旧协议时，对一网协同是错误，对浙里办、浙政钉是警告\
            （旧协议不安全）。这次握手超时则无从判断，不报告。
            """,
                        en: """
            一网协同 requires TLS 1.2 or 1.3 only, with SSLv3, TLS 1.0, 1.1 and older versions turned off. With --online this rule checks \
            what the server really negotiates: no TLS 1.2/1.3 is an error; a separate handshake allowing only TLS 1.0–1.1 tells whether the \
            old protocols are still accepted, an error for 一网协同 and a warning for 浙里办 and 浙政钉 (they are unsafe). When that \
            handshake times out nothing can be said, and nothing is reported.
            """),
        online: true,
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"homeUrl": "https://xt.sh.gov.cn/"}}"#,
                        probes: { RecordedProber(fetches: ["https://xt.sh.gov.cn/": OnlineExamples.page("https://xt.sh.gov.cn/")],
                                                 legacy: ["xt.sh.gov.cn:443": .refused]) }),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"homeUrl": "https://xt.sh.gov.cn/", "healthUrl": "https://old.sh.gov.cn/health"}}"#,
                        at: ["/shanghai/homeUrl", "/shanghai/healthUrl"],
                        probes: { RecordedProber(fetches: [
                            "https://xt.sh.gov.cn/": OnlineExamples.page("https://xt.sh.gov.cn/"),
                            "https://old.sh.gov.cn/health": Fetch(failure: Failure(.noCommonProtocol, url: "https://old.sh.gov.cn/health",
                                                                                    detail: "tlsv1 alert protocol version")),
                        ], legacy: ["xt.sh.gov.cn:443": .accepted("TLSv1.1"), "old.sh.gov.cn:443": .accepted("TLSv1")]) }),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let prober = context.prober else { return [] }
        return context.addresses.probed.compactMap { address in
            let fetch = prober.fetch(address.url)
            let name = "\(context.name(address.field.pointer)) \(address.host):\(address.port)"
            // The legacy handshake only where a server answered TLS at all: an address that does not
            // resolve or connect is url-reachable's, and asking again would cost its time twice.
            if let failure = fetch.failure, failure.kind == .noCommonProtocol, fetch.responses.isEmpty {
                let offered = if case .accepted(let version) = prober.legacyProtocols(host: address.host, port: address.port) { Text(zh: "，只接受 \(version) 等旧协议", en: "; it accepts only old protocols such as \(version)") } else { Text(zh: "", en: "") }
                return context.finding(at: address.field.pointer,
                    zh: "\(name) 不支持 TLS 1.2 或 1.3\(offered.zh)", en: "\(name) supports neither TLS 1.2 nor TLS 1.3\(offered.en)",
                    hint: Text(zh: "在服务器上启用 TLS 1.2 和 1.3", en: "enable TLS 1.2 and 1.3 on the server"))
            }
            guard fetch.tls != nil, case .accepted(let version) = prober.legacyProtocols(host: address.host, port: address.port) else { return nil }
            let shanghai = address.field.target == .shanghai
            return context.finding(at: address.field.pointer,
                zh: "\(name) 仍接受旧协议 \(version)\(shanghai ? "，一网协同要求只启用 TLS 1.2/1.3" : "，旧协议不安全")",
                en: "\(name) still accepts the old protocol \(version)\(shanghai ? "; 一网协同 requires TLS 1.2/1.3 only" : ", which is unsafe")",
                hint: Text(zh: "在服务器配置中关闭 TLS 1.0 和 1.1（如 nginx：ssl_protocols TLSv1.2 TLSv1.3;）",
                           en: "turn TLS 1.0 and 1.1 off in the server's configuration (nginx: ssl_protocols TLSv1.2 TLSv1.3;)"),
                severity: shanghai ? nil : .warning)
        }
    }
}
