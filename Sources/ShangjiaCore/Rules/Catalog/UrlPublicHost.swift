struct UrlPublicHost: Rule {
    static let description = RuleDescription(
        id: "url-public-host",
        title: Text(zh: "地址使用公网域名", en: "Addresses use a public domain"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《浙政钉应用开发部署》§6、§7；DB31DSJ/Z 003—2026 §8.3 b",
        rationale: Text(zh: "用户和审核方从互联网访问应用：内网主机名（无点号、localhost、.local、.lan、.internal、.intranet、.corp、.home.arpa）和非公网 IP 从外面打不开。浙政钉要求应用地址经域名解析并部署 SSL 证书，一网协同要求 HTTPS 安全域名，因此治理侧和一网协同的地址直接写 IP 是错误；服务侧是警告。主机按浏览器的读法判断，0x7f.1、2130706433 都是 127.0.0.1。",
                        en: "Users and reviewers reach the application from the Internet: intranet names (no dot, localhost, .local, .lan, .internal, .intranet, .corp, .home.arpa) and non-public IPs cannot be opened from outside. 浙政钉 requires addresses resolved through a domain name with an SSL certificate and 一网协同 requires an HTTPS secure domain, so an IP address as host is an error for those targets and a warning on the service side. Hosts are read as a browser reads them: 0x7f.1 and 2130706433 are both 127.0.0.1."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5", "healthUrl": "https://ybfw.hangzhou.gov.cn./health"}}"#),
            RuleExample(#"{"shanghai": {"homeUrl": "https://xt.sh.gov.cn/", "healthUrl": "https://localhost.sh.gov.cn/health"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"mobileUrl": "https://60.191.22.33/h5", "testUrl": "https://test.intranet/"}}"#, at: ["/service/mobileUrl", "/service/testUrl"]),
            RuleExample(#"{"governance": {"mobileUrl": "https://2130706433/h5", "healthUrl": "https://ybfw.corp/health", "loadTest": {"url": "https://60.191.22.33/api"}}}"#,
                        at: ["/governance/mobileUrl", "/governance/healthUrl", "/governance/loadTest/url"]),
            RuleExample(#"{"shanghai": {"homeUrl": "https://[fd00::1]/", "healthUrl": "https://0x7f.1/health"}}"#, at: ["/shanghai/homeUrl", "/shanghai/healthUrl"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.addresses.valid.compactMap { address in
            let pointer = address.field.pointer
            if let reason = address.url.host.intranetReason {
                let name = context.name(pointer), host = Self.shown(address.url)
                return context.finding(at: pointer,
                    zh: "\(name) 的主机 \(host.zh) 是\(reason.zh)，从互联网无法访问", en: "\(name) has the host \(host.en): \(reason.en), which the Internet cannot reach",
                    hint: Text(zh: "改用已备案的公网域名", en: "use a registered public domain name"))
            }
            guard case .ip = address.url.host else { return nil }
            // A public IP: 浙政钉 and 一网协同 ask for a (secure) domain name; 服务侧 only prefers one.
            let required = address.field.target != .service, name = context.name(pointer), host = Self.shown(address.url)
            return context.finding(at: pointer,
                zh: "\(name) 的主机 \(host.zh) 是 IP 地址，\(required ? "须" : "应")使用域名",
                en: "\(name) has the IP address \(host.en) as its host; it \(required ? "must" : "should") use a domain name",
                hint: Text(zh: "优先使用业主单位的二级域名，并为它部署 SSL 证书", en: "prefer a subdomain of the owner unit's domain, with an SSL certificate"),
                severity: required ? .error : .warning)
        }
    }

    /// The host as written, with the address a browser reads from it when that differs (2130706433 → 127.0.0.1).
    private static func shown(_ url: AddressURL) -> Text {
        if case .ip(let address) = url.host, address.isIPv4, address.dotted != url.writtenHost {
            return Text(zh: "“\(url.writtenHost)”（即 \(address.dotted)）", en: "'\(url.writtenHost)' (\(address.dotted))")
        }
        return Text(zh: "“\(url.writtenHost)”", en: "'\(url.writtenHost)'")
    }
}
