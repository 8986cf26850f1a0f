import ShangjiaJSON

struct PlaintextSecret: Rule {
    /// Fragments of a key that name a secret, found anywhere in the key once ASCII letters are
    /// lowercased and ASCII separators left out (passWord, password2, dbPassword, api_key, X-API-KEY).
    static let secretFragments: [StaticString] = ["password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "privatekey", "accesskey",
                                                  "密码", "口令", "密钥"]
    /// A last word that makes the key describe a secret rather than hold it (tokenUrl, passwordPolicy).
    static let describingWords: [StaticString] = ["url", "uri", "endpoint", "type", "name", "policy", "hint", "expiry", "expires", "length"]

    static let description = RuleDescription(
        id: "plaintext-secret",
        title: Text(zh: "清单中没有明文密钥", en: "No plaintext secret in the manifest"),
        severity: .error, targets: [], source: nil,
        rationale: Text(zh: "清单会进入代码仓库、CI 日志和评审报告，不能写入密码、口令、令牌、API 密钥或 PEM 格式的密钥证书。键名不分大小写，含这些词的较长键名（passWord、password2、dbPassword、api_key）同样算；以 url、policy、name 等结尾、描述密钥而非存放密钥的键名除外。测试账号只填账号，密码另行提供。报告中不会复述这些值。",
                        en: "The manifest ends up in repositories, CI logs and review reports, so it holds no password, token, API key or PEM key or certificate. Keys are read case-insensitively and as part of longer keys (passWord, password2, dbPassword, api_key), except keys ending in url, policy, name and the like, which describe a secret rather than hold it. Give the test account's name only and hand its password over separately. Reports never repeat such values."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"materials": {"testAccount": {"account": "test_user"}}, "tokenUrl": "https://sso.example.gov.cn/token", "passwordPolicy": "8 位以上", "token": ""}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"materials": {"testAccount": {"account": "test_user", "password": "Abc@12345"}}}}"#,
                        at: ["/governance/materials/testAccount/password"]),
            RuleExample(#"{"service": {"apiKey": "sk-123", "auth": {"client_secret": 42, "登录密码": "x", "dbPassWord2": "x"}, "cert": "-----BEGIN PRIVATE KEY-----\nMIIE"}}"#,
                        at: ["/service/apiKey", "/service/auth/client_secret", "/service/auth/登录密码", "/service/auth/dbPassWord2", "/service/cert"]),
        ])

    /// Whether a key names a secret value (case-insensitive, also as part of a longer key).
    static func isSecretKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[count] = byte + 0x20
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: buffer[count] = byte
                    default: continue
                    }
                    count += 1
                }
                let folded = UnsafeBufferPointer(rebasing: buffer[..<count])
                for fragment in secretFragments where folded.contains(bytesOf: fragment) {
                    for word in describingWords where folded.ends(with: word) { return false }
                    return true
                }
                return false
            }
        }
    }

    func check(_ context: RuleContext) -> [Finding] {
        var found: [(pointer: JSONPointer, key: String?)] = []
        var path: [String] = []
        visit(context.manifest.root, at: &path, secretKey: nil, into: &found)
        var seen = Set<JSONPointer>()
        return found.filter { seen.insert($0.pointer).inserted }.map { item in
            let field = context.name(item.pointer)
            if let key = item.key {
                return context.finding(at: item.pointer,
                    zh: "\(field) 在键 “\(key)” 下写了明文密钥（值不在此显示）", en: "\(field) holds a plaintext secret under the key '\(key)' (value not shown)",
                    hint: Text(zh: "从清单中删去该值，密码、令牌等另行安全提供", en: "remove the value; hand passwords and tokens over by a secure channel"))
            }
            return context.finding(at: item.pointer,
                zh: "\(field) 是 PEM 格式的密钥或证书（以 -----BEGIN 开头，值不在此显示）", en: "\(field) is a PEM key or certificate (starts with -----BEGIN; value not shown)",
                hint: Text(zh: "不要把密钥或证书内容写进清单", en: "keep keys and certificates out of the manifest"))
        }
    }

    /// Collects every non-empty string or number under a secret key (`key` set) and every PEM block
    /// (`key` nil). `path` is the tokens down to `value`; a pointer is built only for what is found.
    private func visit(_ value: JSONValue, at path: inout [String], secretKey: String?, into found: inout [(pointer: JSONPointer, key: String?)]) {
        switch value.kind {
        case .object(let members):
            for member in members {
                path.append(member.key)
                visit(member.value, at: &path, secretKey: secretKey ?? (Self.isSecretKey(member.key) ? member.key : nil), into: &found)
                path.removeLast()
            }
        case .array(let items):
            forEachItem(of: items, at: &path) { visit($0, at: &$1, secretKey: secretKey, into: &found) }
        case .string(let text):
            if let secretKey, !text.isBlank {
                found.append((JSONPointer(path), secretKey))
            } else if Self.isPEM(text) {
                found.append((JSONPointer(path), nil))
            }
        case .number:
            if let secretKey { found.append((JSONPointer(path), secretKey)) }
        case .null, .bool:
            break
        }
    }

    /// Whether a string is a PEM block: `-----BEGIN` after any leading whitespace.
    private static func isPEM(_ text: String) -> Bool {
        // A character is whitespace by its first scalar: a value that starts with neither a space
        // nor `-`, as nearly all do, needs no look at its characters.
        guard let first = text.unicodeScalars.first, first == "-" || first.isWhiteSpace else { return false }
        return text.drop(while: \.isWhitespace).hasPrefix("-----BEGIN")
    }
}
