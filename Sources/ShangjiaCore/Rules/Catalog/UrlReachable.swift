import ShangjiaOnline

struct UrlReachable: Rule {
    static let description = RuleDescription(
        id: "url-reachable",
        title: Text(zh: "地址可以访问", en: "Addresses answer"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《IRS应用注册与上架经验》服务侧应用发布 1；《IRS应用发布》用户手册 §3.2；《浙政钉应用IRS上架流程》第三步 4",
        rationale: Text(zh: """
            填写的地址必须已经部署、能够访问：审核人员会打开它，健康地址还会被每天定时探测以考核可用性。本规则（仅在 --online 时运行）\
            真正访问每个地址：解析域名（只连接公网地址，防止借清单探测审核方内网）、建立连接、完成 TLS 握手、发出 GET，\
            最多跟随 5 次重定向，要求在 --timeout 内得到小于 400 的状态码，健康地址须返回 2xx，重定向不得转到 http://。\
            测试环境地址访问失败只作警告。证书和协议问题由 tls-certificate、tls-protocol 报告。
            """,
                        en: """
            An address must already be deployed and reachable: reviewers open it, and the health address is probed daily for the \
            availability assessment. With --online this rule really fetches each address: it resolves the name (connecting to public \
            addresses only, so a manifest cannot be used to probe the reviewer's intranet), connects, completes TLS, sends GET, follows \
            at most 5 redirects, and wants a status below 400 within --timeout; the health address must answer 2xx; no redirect may \
            lead to http://. A test address that fails is a warning. Certificate and protocol problems are tls-certificate's and tls-protocol's.
            """),
        online: true,
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5/", "healthUrl": "https://ybfw.hangzhou.gov.cn/health"}}"#,
                        probes: { RecordedProber(fetches: [
                            "https://ybfw.hangzhou.gov.cn/h5/": OnlineExamples.page("https://ybfw.hangzhou.gov.cn/h5/"),
                            "https://ybfw.hangzhou.gov.cn/health": Fetch(responses: [Response(url: "https://ybfw.hangzhou.gov.cn/health", status: 200)],
                                                                         tls: OnlineExamples.goodTLS, seconds: 0.1),
                        ]) }),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://app.example.gov.cn/", "healthUrl": "https://app.example.gov.cn/health"}}"#,
                        at: ["/governance/mobileUrl", "/governance/healthUrl"],
                        probes: { RecordedProber(fetches: [
                            "https://app.example.gov.cn/": Fetch(responses: [Response(url: "https://app.example.gov.cn/", status: 301,
                                                                                      headers: [("location", "http://app.example.gov.cn/")])],
                                                                 failure: Failure(.insecureRedirect, url: "https://app.example.gov.cn/", detail: "http://app.example.gov.cn/"),
                                                                 tls: OnlineExamples.goodTLS),
                            "https://app.example.gov.cn/health": Fetch(responses: [Response(url: "https://app.example.gov.cn/health", status: 503)],
                                                                       tls: OnlineExamples.goodTLS, seconds: 0.2),
                        ]) }),
            RuleExample(#"{"shanghai": {"homeUrl": "https://oa.example.sh.cn/"}}"#, at: ["/shanghai/homeUrl"],
                        probes: { RecordedProber(fetches: [
                            "https://oa.example.sh.cn/": Fetch(failure: Failure(.nonPublicAddress(address: "10.8.0.12"), url: "https://oa.example.sh.cn/", detail: "oa.example.sh.cn")),
                        ]) }),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let prober = context.prober else { return [] }
        return context.addresses.probed.compactMap { address in
            let fetch = prober.fetch(address.url)
            var name: String { context.name(address.field.pointer) }
            // A test environment may be down between tests; the others must answer.
            let severity: Severity? = address.field.isTest ? .warning : nil
            if let failure = fetch.failure {
                // The address's own server offering no TLS 1.2/1.3 is tls-protocol's finding.
                if failure.kind == .noCommonProtocol, fetch.responses.isEmpty { return nil }
                let via = failure.url == HTTPAddress(address.url)?.canonical ? Text(zh: "", en: "") : Text(zh: "（访问 \(failure.url) 时）", en: " (at \(failure.url))")
                return context.finding(at: address.field.pointer,
                    zh: "\(name) \(address.url) 无法访问：\(failure.described.zh)\(via.zh)",
                    en: "\(name) \(address.url) cannot be reached: \(failure.described.en)\(via.en)",
                    hint: hint(for: failure), severity: severity)
            }
            guard let final = fetch.final else { return nil }
            let redirected = final.url == fetch.responses.first?.url ? Text(zh: "", en: "") : Text(zh: "（重定向到 \(final.url) 后）", en: " (after redirecting to \(final.url))")
            if final.status >= 400 {
                return context.finding(at: address.field.pointer,
                    zh: "\(name) \(address.url) 返回 HTTP \(final.status)\(redirected.zh)，须返回小于 400 的状态码",
                    en: "\(name) \(address.url) answers HTTP \(final.status)\(redirected.en); it must answer below 400",
                    hint: Text(zh: "确认应用已部署在该地址并对外开放", en: "make sure the application is deployed at this address and open to the public"),
                    severity: severity)
            }
            if address.field.isHealth, !(200..<300).contains(final.status) {
                return context.finding(at: address.field.pointer,
                    zh: "健康地址 \(address.url) 返回 HTTP \(final.status)\(redirected.zh)，须返回 2xx",
                    en: "the health address \(address.url) answers HTTP \(final.status)\(redirected.en); it must answer 2xx",
                    hint: Text(zh: "健康检查接口应直接返回 200，不要重定向", en: "let the health endpoint answer 200 itself, without redirecting"))
            }
            return nil
        }
    }

    private func hint(for failure: Failure) -> Text {
        switch failure.kind {
        case .nonPublicAddress:
            return Text(zh: "上架地址必须能从互联网访问：在公网 DNS 中解析到公网地址；本工具不连接内网地址（测试时可用 --resolve 指定）",
                        en: "a listed address must be reachable from the internet: publish a public address in DNS; the tool never connects to private addresses (use --resolve when testing)")
        case .insecureRedirect:
            return Text(zh: "让重定向指向 https:// 地址，并为目标部署证书", en: "redirect to an https:// address, with a certificate for its host")
        case .timedOut:
            return Text(zh: "检查服务器和防火墙；网络慢时可用 --timeout 放宽时限", en: "check the server and the firewall; on a slow network raise --timeout")
        case .unresolvable:
            return Text(zh: "检查域名拼写和公网 DNS 解析", en: "check the host's spelling and its public DNS record")
        default:
            return Text(zh: "确认应用已部署并能从互联网用浏览器打开该地址", en: "make sure the application is deployed and opens in a browser from the internet")
        }
    }
}

/// Recorded server answers shared by the online rules' examples.
enum OnlineExamples {
    static let goodCertificate = Certificate(subject: "/CN=ybfw.hangzhou.gov.cn", issuer: "/C=CN/O=Example Trust/CN=Example TLS CA",
                                             notAfter: UTCTime(year: 2027, month: 6, day: 30, hour: 15, minute: 59, second: 59),
                                             keyType: "RSA", keyBits: 2048, signatureDigest: "SHA256", selfSigned: false)

    static let goodTLS = TLSFacts(protocolVersion: "TLSv1.3", leaf: goodCertificate)

    static func page(_ url: String, body: String = "<!doctype html><title>服务</title>", seconds: Double = 0.3) -> Fetch {
        Fetch(responses: [Response(url: url, status: 200, headers: [("content-type", "text/html")], body: Array(body.utf8))],
              tls: goodTLS, seconds: seconds)
    }
}
