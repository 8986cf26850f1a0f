import ShangjiaJSON

struct ShanghaiTls: Rule {
    static let description = RuleDescription(
        id: "shanghai-tls",
        title: Text(zh: "只支持 TLS 1.2 或 1.3", en: "Only TLS 1.2 or 1.3"),
        severity: .error, targets: [.shanghai],
        source: "DB31DSJ/Z 003—2026 §8.3 b)",
        rationale: Text(zh: "应用链接须是 HTTPS 安全域名，HTTPS 只用 TLS 1.2 或 TLS 1.3；SSLv3、TLS 1.0、1.1 等旧版本须关闭。版本写作 “1.2”、“1.3”。未填写由 required-field 报告。",
                        en: "Addresses must be HTTPS on a secure domain using TLS 1.2 or TLS 1.3 only; SSLv3, TLS 1.0, 1.1 and other old versions must be turned off. Versions are written \"1.2\" and \"1.3\". An absent list is reported by required-field."),
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"tlsVersions": ["1.2", "1.3"]}}"#),
            RuleExample(#"{"shanghai": {"tlsVersions": ["1.3"]}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"tlsVersions": ["1.0", "1.1", "1.2"]}}"#, at: ["/shanghai/tlsVersions/0", "/shanghai/tlsVersions/1"]),
            RuleExample(#"{"shanghai": {"tlsVersions": ["SSLv3", "TLSv1.3"]}}"#, at: ["/shanghai/tlsVersions/0", "/shanghai/tlsVersions/1"]),
        ])

    static let allowed = ["1.2", "1.3"]

    /// An allowed version written another way ("TLSv1.3", "TLS 1.2"), so the hint can name its plain form.
    static func spelling(of version: String) -> String? {
        var plain = Substring(version.lowercased())
        if plain.hasPrefix("tls") { plain = plain.dropFirst(3) }
        plain = plain.drop { $0 == " " || $0 == "v" }
        return allowed.first { $0 == plain }
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let versions = context.manifest[.shanghaiTlsVersions]?.arrayValue else { return [] }
        return versions.enumerated().compactMap { index, item in
            guard let version = item.stringValue, !Self.allowed.contains(version) else { return nil }
            let pointer = JSONPointer.shanghaiTlsVersions.appending(index)
            // An allowed version spelt another way is a matter of writing, not of security.
            if let plain = Self.spelling(of: version) {
                return context.finding(at: pointer,
                    zh: "\(context.name(pointer))写作 “\(version)”：版本号只写数字", en: "\(context.name(pointer)) is written “\(version)”: versions are written as numbers",
                    hint: Text(zh: "版本号写作 “\(plain)”", en: "write the version as “\(plain)”"))
            }
            return context.finding(at: pointer,
                zh: "\(context.name(pointer))为 “\(version)”：只允许 TLS “1.2” 或 “1.3”",
                en: "\(context.name(pointer)) is “\(version)”: only TLS “1.2” or “1.3” is allowed",
                hint: Text(zh: "在服务器上关闭旧版本，清单中只写 “1.2”、“1.3”", en: "turn the older versions off on the server and list only “1.2” and “1.3”"))
        }
    }
}
