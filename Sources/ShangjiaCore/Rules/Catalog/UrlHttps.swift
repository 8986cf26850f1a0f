struct UrlHttps: Rule {
    static let description = RuleDescription(
        id: "url-https",
        title: Text(zh: "地址使用 https", en: "Addresses use https"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《IRS应用注册与上架经验》服务侧应用发布 1、治理侧应用发布（浙政钉）3；《浙政钉应用开发部署》§6、§7；DB31DSJ/Z 003—2026 §8.3 b",
        rationale: Text(zh: "浙里办、浙政钉的移动端、健康和测试环境地址都要求 https；浙政钉对未部署 SSL 证书的应用地址一律拒绝上架；一网协同要求应用链接为 HTTPS 安全域名。压测地址与应用同域，也应是 https。",
                        en: "浙里办 and 浙政钉 require https for the mobile, health and test addresses; 浙政钉 rejects any application address served without an SSL certificate; 一网协同 requires HTTPS links on a secure domain. The load-test address shares the application's domain and must be https as well."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"mobileUrl": "HTTPS://ybfw.hangzhou.gov.cn/h5", "testUrl": "https://test.ybfw.hangzhou.gov.cn/"}}"#),
            RuleExample(#"{"governance": {"mobileUrl": "http //bad"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"mobileUrl": "http://ybfw.hangzhou.gov.cn/h5", "healthUrl": "https://ybfw.hangzhou.gov.cn/health"}}"#, at: ["/service/mobileUrl"]),
            RuleExample(#"{"governance": {"healthUrl": "http://ybfw.hangzhou.gov.cn/health", "loadTest": {"url": "ws://ybfw.hangzhou.gov.cn/api"}}}"#,
                        at: ["/governance/healthUrl", "/governance/loadTest/url"]),
            RuleExample(#"{"shanghai": {"homeUrl": "http://xt.sh.gov.cn/", "healthUrl": "ftp://xt.sh.gov.cn/health"}}"#, at: ["/shanghai/homeUrl", "/shanghai/healthUrl"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.addresses.valid.compactMap { address in
            guard address.url.scheme != "https" else { return nil }
            let name = context.name(address.field.pointer)
            return context.finding(at: address.field.pointer,
                zh: "\(name) 使用 \(address.url.scheme) 协议，须为 https", en: "\(name) uses \(address.url.scheme); it must be https",
                hint: Text(zh: "为该域名部署受信任的 SSL 证书，地址改为 https://", en: "deploy a trusted SSL certificate for the host and use https://"))
        }
    }
}
