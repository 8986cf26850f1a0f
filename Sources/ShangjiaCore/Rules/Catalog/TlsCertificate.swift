import ShangjiaOnline

struct TlsCertificate: Rule {
    static let warnDays = IntegerParameter("warnDays", default: 30,
        Text(zh: "到期前多少天开始警告", en: "warn when the certificate expires within this many days"))

    static let description = RuleDescription(
        id: "tls-certificate",
        title: Text(zh: "证书可信且有效", en: "The certificate is trusted and valid"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《浙政钉应用开发部署》§6",
        rationale: Text(zh: """
            浙政钉只接受由受信任 CA 签发的 SSL 证书，自签名证书会被拒绝，证书过期后应用在钉钉内无法打开。本规则（仅在 --online 时运行）\
            只用服务器发来的证书链验证（移动端 WebView 不会自行补全缺失的中间证书），信任系统根证书或 --ca-file，按 --today 当天 00:00（UTC+8）判断有效期：\
            链不完整、根不受信任、自签名、证书不含该域名、已过期或尚未生效都是错误；30 天内到期是警告；\
            RSA 密钥短于 2048 位、用 SHA-1 或 MD5 签名也是错误。同一主机和端口上的每个地址都会报告。
            """,
                        en: """
            浙政钉 accepts only SSL certificates from a trusted CA: self-signed ones are refused, and once a certificate expires the \
            application no longer opens inside 钉钉. With --online this rule verifies the chain the server sends and nothing else (a mobile \
            WebView does not fetch a missing intermediate), against the system's roots or --ca-file, at 00:00 (UTC+8) of --today: an \
            incomplete chain, an untrusted root, a self-signed certificate, one that does not name the host, one expired or not yet valid \
            are errors; expiring within 30 days is a warning; an RSA key under 2048 bits or a SHA-1 or MD5 signature is an error. Every \
            address served by the host and port is reported.
            """),
        parameters: [warnDays],
        online: true,
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5/"}}"#,
                        probes: { RecordedProber(fetches: ["https://ybfw.hangzhou.gov.cn/h5/": OnlineExamples.page("https://ybfw.hangzhou.gov.cn/h5/")]) }),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5/", "healthUrl": "https://ybfw.hangzhou.gov.cn/health"}}"#,
                        at: ["/governance/mobileUrl", "/governance/mobileUrl", "/governance/healthUrl", "/governance/healthUrl"],
                        probes: {
                            let expired = Certificate(subject: "/CN=ybfw.hangzhou.gov.cn", issuer: "/CN=ybfw.hangzhou.gov.cn",
                                                      notAfter: UTCTime(year: 2026, month: 3, day: 1), keyType: "RSA", keyBits: 2048,
                                                      signatureDigest: "SHA256", selfSigned: true)
                            let tls = TLSFacts(protocolVersion: "TLSv1.2", verifyErrors: [
                                VerifyError(code: VerifyError.selfSigned, depth: 0, text: "self-signed certificate"),
                                VerifyError(code: VerifyError.certificateExpired, depth: 0, text: "certificate has expired"),
                            ], leaf: expired)
                            return RecordedProber(fetches: [
                                "https://ybfw.hangzhou.gov.cn/h5/": Fetch(responses: [Response(url: "https://ybfw.hangzhou.gov.cn/h5/", status: 200)], tls: tls, seconds: 0.2),
                                "https://ybfw.hangzhou.gov.cn/health": Fetch(responses: [Response(url: "https://ybfw.hangzhou.gov.cn/health", status: 200)], tls: tls, seconds: 0.1),
                            ])
                        }),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let prober = context.prober else { return [] }
        var findings: [Finding] = []
        for address in context.addresses.probed {
            guard let tls = prober.fetch(address.url).tls else { continue }
            let name = "\(context.name(address.field.pointer)) \(address.host):\(address.port)"
            for problem in problems(tls, host: address.host, today: context.today, warnDays: context[Self.warnDays]) {
                findings.append(context.finding(at: address.field.pointer,
                    zh: "\(name) 的证书\(problem.text.zh)", en: "the certificate of \(name) \(problem.text.en)",
                    hint: problem.hint, severity: problem.severity))
            }
        }
        return findings
    }

    struct Problem {
        let text: Text
        let hint: Text
        var severity: Severity?
    }

    /// Each distinct problem once, in the order a fix would take them: trust, name, dates, strength.
    func problems(_ tls: TLSFacts, host: String, today: CalendarDate, warnDays: Int) -> [Problem] {
        var problems: [Problem] = []
        let codes = Set(tls.verifyErrors.map(\.code))
        let reissue = Text(zh: "向受信任的 CA 申请证书并完整部署证书链", en: "get a certificate from a trusted CA and deploy it with its full chain")
        if codes.contains(VerifyError.selfSigned) || tls.leaf?.selfSigned == true {
            problems.append(Problem(text: Text(zh: "是自签名证书，不被信任", en: "is self-signed and not trusted"), hint: reissue))
        } else if codes.contains(VerifyError.issuerNotFoundLocally) || codes.contains(VerifyError.leafCannotBeVerified) {
            problems.append(Problem(text: Text(zh: "无法验证到受信任的根证书：服务器没有发送中间证书，或签发者不受信任",
                                               en: "does not verify to a trusted root: the server sends no intermediate, or the issuer is not trusted"),
                                    hint: Text(zh: "在服务器上配置完整证书链（服务器证书加中间证书）", en: "configure the full chain on the server (its certificate plus the intermediates)")))
        } else if codes.contains(VerifyError.selfSignedInChain) {
            problems.append(Problem(text: Text(zh: "的证书链以不受信任的根证书结束", en: "chains to a root that is not trusted"), hint: reissue))
        }
        if codes.contains(VerifyError.hostnameMismatch) {
            problems.append(Problem(text: Self.namesOtherHosts(host, tls.leaf),
                                    hint: Text(zh: "为该域名签发证书（放在 subjectAltName 中）", en: "get a certificate that names this host in its subjectAltName")))
        }
        if let leaf = tls.leaf, let expiry = leaf.notAfter.dayInChina {
            let daysLeft = expiry.daysSinceEpoch - today.daysSinceEpoch
            if daysLeft < 0 {
                problems.append(Problem(text: Text(zh: "已于 \(expiry) 过期（\(-daysLeft) 天前）", en: "expired on \(expiry) (\(-daysLeft) days ago)"),
                                        hint: Text(zh: "立即续期并部署新证书：过期证书会让应用在钉钉中无法打开", en: "renew and deploy a new certificate now: an expired one stops the app opening in 钉钉")))
            } else if daysLeft <= warnDays {
                problems.append(Problem(text: Text(zh: "将于 \(expiry) 到期，只剩 \(daysLeft) 天", en: "expires on \(expiry), in \(daysLeft) days"),
                                        hint: Text(zh: "提前续期证书", en: "renew the certificate before it expires"), severity: .warning))
            }
        }
        if tls.verifyErrors.contains(where: { $0.code == VerifyError.certificateNotYetValid && $0.depth == 0 }) {
            problems.append(Problem(text: Text(zh: "在 \(today) 尚未生效", en: "is not yet valid on \(today)"),
                                    hint: Text(zh: "检查证书的生效时间和服务器时钟", en: "check the certificate's start date and the server's clock")))
        }
        if let leaf = tls.leaf, leaf.keyType == "RSA", leaf.keyBits < 2048 {
            problems.append(Problem(text: Text(zh: "使用 \(leaf.keyBits) 位 RSA 密钥，至少须 2048 位", en: "has a \(leaf.keyBits)-bit RSA key; at least 2048 bits are needed"),
                                    hint: Text(zh: "用 2048 位以上的 RSA 或 ECDSA 密钥重新签发证书", en: "reissue the certificate with an RSA key of 2048 bits or more, or ECDSA")))
        }
        if let leaf = tls.leaf, ["SHA1", "MD5"].contains(leaf.signatureDigest) {
            problems.append(Problem(text: Text(zh: "用 \(leaf.signatureDigest) 签名，该算法已不安全", en: "is signed with \(leaf.signatureDigest), which is no longer safe"),
                                    hint: Text(zh: "重新签发使用 SHA-256 的证书", en: "reissue the certificate with a SHA-256 signature")))
        }
        // Anything else OpenSSL found (an expired intermediate, a malformed chain) in its own words.
        var reported: Set<Int> = [VerifyError.selfSigned, VerifyError.issuerNotFoundLocally, VerifyError.leafCannotBeVerified,
                                  VerifyError.selfSignedInChain, VerifyError.hostnameMismatch]
        for error in tls.verifyErrors where !isStrength(error.code) && !(error.depth == 0 && isDate(error.code)) && reported.insert(error.code).inserted {
            problems.append(Problem(text: Text(zh: "验证失败：\(error.text)（证书链第 \(error.depth) 级）", en: "fails verification: \(error.text) (chain depth \(error.depth))"),
                                    hint: reissue))
        }
        return problems
    }

    /// The server's own validity dates, judged above from its notAfter with the date in the message.
    private func isDate(_ code: Int) -> Bool { code == VerifyError.certificateExpired || code == VerifyError.certificateNotYetValid }

    /// Key-size and digest errors the library reports at a security level; judged above instead.
    private func isStrength(_ code: Int) -> Bool { (66...68).contains(code) }

    /// "does not name HOST", with the names the certificate does hold (at most five, then a count),
    /// or its subject when it has no subjectAltName.
    static func namesOtherHosts(_ host: String, _ leaf: Certificate?) -> Text {
        guard let leaf, !leaf.names.isEmpty else {
            let subject = leaf?.subject ?? ""
            return Text(zh: "不包含域名 \(host)（证书主体 \(subject)）", en: "does not name \(host) (its subject is \(subject))")
        }
        let shown = leaf.names.prefix(5), more = leaf.names.count - shown.count
        return Text(zh: "不包含域名 \(host)（证书只用于 \(shown.joined(separator: "、"))\(more > 0 ? " 等 \(leaf.names.count) 个名称" : "")）",
                    en: "does not name \(host) (it names \(shown.joined(separator: ", "))\(more > 0 ? " and \(more) more" : ""))")
    }
}
