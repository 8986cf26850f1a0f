import ShangjiaJSON

struct PlaintextSecret: Rule {
    /// Words of a key that name a secret, matched whole (so `tokenized` or `secretary` are not).
    static let secretWords: Set<String> = ["password", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "tokens", "apikey"]
    /// Word pairs that name a secret: apiKey, api_key, privateKey, accessKey.
    static let secretPairs: [(String, String)] = [("api", "key"), ("private", "key"), ("access", "key")]
    /// Chinese key fragments, matched anywhere in the key.
    static let secretFragments = ["密码", "口令", "密钥"]
    /// A last word that makes the key describe a secret rather than hold it (tokenUrl, passwordPolicy).
    static let describingWords: Set<String> = ["url", "uri", "endpoint", "type", "name", "policy", "hint", "expiry", "expires", "length"]

    static let description = RuleDescription(
        id: "plaintext-secret",
        title: Text(zh: "清单中没有明文密钥", en: "No plaintext secret in the manifest"),
        severity: .error, targets: [], source: nil,
        rationale: Text(zh: "清单会进入代码仓库、CI 日志和评审报告，不能写入密码、口令、令牌、API 密钥或 PEM 格式的密钥证书。测试账号只填账号，密码另行提供。报告中不会复述这些值。",
                        en: "The manifest ends up in repositories, CI logs and review reports, so it holds no password, token, API key or PEM key or certificate. Give the test account's name only and hand its password over separately. Reports never repeat such values."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"materials": {"testAccount": {"account": "test_user"}}, "tokenized": "yes", "passwordPolicy": "8 位以上", "token": ""}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"materials": {"testAccount": {"account": "test_user", "password": "Abc@12345"}}}}"#,
                        at: ["/governance/materials/testAccount/password"]),
            RuleExample(#"{"service": {"apiKey": "sk-123", "auth": {"client_secret": 42, "登录密码": "x"}, "cert": "-----BEGIN PRIVATE KEY-----\nMIIE"}}"#,
                        at: ["/service/apiKey", "/service/auth/client_secret", "/service/auth/登录密码", "/service/cert"]),
        ])

    /// Whether a key names a secret value.
    static func isSecretKey(_ key: String) -> Bool { catalogKeySecrecy[key] ?? namesSecret(key) }

    /// `isSecretKey` for every key of the field catalog, worked out once: nearly every key of a
    /// manifest is one of them, and splitting a key into words costs some ten dictionary lookups.
    private static let catalogKeySecrecy: [String: Bool] = {
        var secrecy: [String: Bool] = [:]
        func collect(_ kind: FieldKind) {
            switch kind {
            case .object(let fields):
                for field in fields {
                    secrecy[field.key] = namesSecret(field.key)
                    collect(field.kind)
                }
            case .array(let item):
                collect(item)
            case .string, .boolean, .integer, .enumeration, .any:
                break
            }
        }
        collect(FieldCatalog.root.kind)
        return secrecy
    }()

    private static func namesSecret(_ key: String) -> Bool {
        // The fragments are Chinese: an ASCII key, as nearly all are, holds none.
        if key.utf8.contains(where: { $0 >= 0x80 }), secretFragments.contains(where: key.containsBytes) { return true }
        let words = self.words(of: key)
        guard let last = words.last, !describingWords.contains(last) else { return false }
        return words.contains(where: secretWords.contains)
            || zip(words, words.dropFirst()).contains { pair in secretPairs.contains { $0 == pair } }
    }

    /// The lowercased words of a key: split at non-alphanumerics and at camelCase humps (APIKey → api, key).
    static func words(of key: String) -> [String] {
        let characters = KeyCharacter.all(of: key)
        var words: [String] = []
        var wordStart: String.Index?
        for (index, character) in characters.enumerated() {
            guard character.isWordPart else {
                if let start = wordStart { words.append(key[start..<character.position].lowercased()) }
                wordStart = nil
                continue
            }
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let hump = character.isUppercase && (previous?.isLowercase == true || previous?.isNumber == true
                || (previous?.isUppercase == true && next?.isLowercase == true))
            if hump, let start = wordStart { words.append(key[start..<character.position].lowercased()) }
            if hump || wordStart == nil { wordStart = character.position }
        }
        if let start = wordStart { words.append(key[start...].lowercased()) }
        return words
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
                    Text(zh: "\(field) 在键 “\(key)” 下写了明文密钥（值不在此显示）", en: "\(field) holds a plaintext secret under the key '\(key)' (value not shown)"),
                    hint: Text(zh: "从清单中删去该值，密码、令牌等另行安全提供", en: "remove the value; hand passwords and tokens over by a secure channel"))
            }
            return context.finding(at: item.pointer,
                Text(zh: "\(field) 是 PEM 格式的密钥或证书（以 -----BEGIN 开头，值不在此显示）", en: "\(field) is a PEM key or certificate (starts with -----BEGIN; value not shown)"),
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

/// A character of a key as `PlaintextSecret.words(of:)` sees it, with its position in the key.
private struct KeyCharacter {
    let position: String.Index
    let isWordPart, isUppercase, isLowercase, isNumber: Bool

    /// The characters of `key`. In an ASCII key each byte is one character (but CR LF, which is
    /// neither letter nor digit either way), so bytes are classified without grapheme breaking or
    /// Unicode property lookups.
    static func all(of key: String) -> [KeyCharacter] {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
            return key.indices.map { index in
                let character = key[index]
                return KeyCharacter(position: index, isWordPart: character.isLetter || character.isNumber,
                                    isUppercase: character.isUppercase, isLowercase: character.isLowercase, isNumber: character.isNumber)
            }
        }
        return key.utf8.indices.map { index in
            let byte = key.utf8[index]
            let upper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte), lower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            let digit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            return KeyCharacter(position: index, isWordPart: upper || lower || digit, isUppercase: upper, isLowercase: lower, isNumber: digit)
        }
    }
}
