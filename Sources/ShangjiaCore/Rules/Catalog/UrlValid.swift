struct UrlValid: Rule {
    static let description = RuleDescription(
        id: "url-valid",
        title: Text(zh: "地址是完整的网址", en: "Addresses are well-formed URLs"),
        severity: .error, targets: [.service, .governance, .shanghai], source: nil,
        rationale: Text(zh: "每个地址（移动端、PC端、健康、测试、首页、压测）须是带协议和主机的完整网址，不含空格，也不在网址里写用户名和密码：审核方和探测程序按原样访问，残缺的地址打不开，写进网址的口令会随链接泄露。主机按浏览器的读法检查，例如 256.1.1.1 这样的数字主机浏览器会拒绝。",
                        en: "Each address (mobile, PC, health, test, home, load test) must be a complete URL with a scheme and a host, with no spaces and no user name or password in it: reviewers and probes open it as written, a broken address does not open, and a password in a URL leaks with every copy of the link. The host is read as a browser reads it, so a numeric host such as 256.1.1.1, which a browser rejects, fails."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5/index.html?from=zlb#/home", "testUrl": "https://test.ybfw.hangzhou.gov.cn:8443/"}}"#),
            RuleExample(#"{"shanghai": {"homeUrl": "https://[2400:3200::1]/", "healthUrl": ""}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"mobileUrl": "ybfw.hangzhou.gov.cn/h5", "healthUrl": "https://ybfw.hangzhou.gov.cn/health check"}}"#,
                        at: ["/service/mobileUrl", "/service/healthUrl"]),
            RuleExample(#"{"governance": {"mobileUrl": "https://admin:secret@ybfw.hangzhou.gov.cn/", "loadTest": {"url": "https://256.1.1.1/api"}}}"#,
                        at: ["/governance/mobileUrl", "/governance/loadTest/url"]),
            RuleExample(#"{"shanghai": {"homeUrl": "https:///index.html", "healthUrl": "https://xt.sh.gov.cn:70000/health"}}"#,
                        at: ["/shanghai/homeUrl", "/shanghai/healthUrl"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.addresses.written.compactMap { address in
            guard case .failure(let problem) = address.parsed else { return nil }
            let name = context.name(address.field.pointer)
            let (message, hint) = Self.explain(problem, name: name)
            return context.finding(at: address.field.pointer, message, hint: hint)
        }
    }

    /// The message never shows the whole value: it may hold a password.
    private static func explain(_ problem: AddressURL.Problem, name: String) -> (Text, Text?) {
        switch problem {
        case .space(let position):
            return (Text(zh: "\(name) 的第 \(position) 个字符是空白，网址中不能有空格",
                         en: "\(name) has white space at character \(position); a URL has no spaces"),
                    Text(zh: "删去空白；确需空格时写成 %20", en: "remove it, or write %20 where a space is meant"))
        case .forbiddenCharacter(let character):
            return (Text(zh: "\(name) 含不能出现在网址中的字符 \(character.shown)", en: "\(name) contains \(character.shown), which a URL cannot hold"),
                    Text(zh: "反斜杠改为 /，删去控制字符", en: "use / instead of a backslash and remove control characters"))
        case .notAbsolute:
            return (Text(zh: "\(name) 不是完整网址：缺少 https:// 这样的协议头", en: "\(name) is not an absolute URL: it lacks a scheme such as https://"),
                    Text(zh: "写成 https://域名/路径", en: "write it as https://host/path"))
        case .userInfo:
            return (Text(zh: "\(name) 在网址中写了用户名或密码（@ 之前的部分）", en: "\(name) carries a user name or password (the part before @)"),
                    Text(zh: "从网址中删去账号信息；审核用的测试账号填在 materials.testAccount", en: "remove the credentials from the URL; a test account for reviewers goes in materials.testAccount"))
        case .noHost:
            return (Text(zh: "\(name) 没有主机名", en: "\(name) has no host"),
                    Text(zh: "写成 https://域名/路径", en: "write it as https://host/path"))
        case .badPort(let port):
            return (Text(zh: "\(name) 的端口 “\(port)” 无效：应为 0–65535 的数字", en: "\(name) has an invalid port '\(port)': it must be a number from 0 to 65535"), nil)
        case .badHost(let host):
            return (Text(zh: "\(name) 的主机 “\(host)” 不是有效的域名或 IP 地址，浏览器无法打开", en: "\(name) has a host '\(host)' that is no valid domain or IP address; a browser cannot open it"), nil)
        }
    }
}
