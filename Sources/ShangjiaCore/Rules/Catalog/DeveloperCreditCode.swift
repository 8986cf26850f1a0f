struct DeveloperCreditCode: Rule {
    /// GB 32100—2015: the 31 characters of a code (no I, O, S, V, Z) and the weights of its first 17.
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    static let description = RuleDescription(
        id: "developer-credit-code",
        title: Text(zh: "统一社会信用代码有效", en: "The unified social credit code is valid"),
        severity: .error, targets: [], source: nil,
        rationale: Text(zh: "开发商的统一社会信用代码按 GB 32100 编制：18 位，由数字和除 I、O、S、V、Z 外的大写字母组成，第 3–8 位是行政区划码（数字），最后一位是按加权求和（模 31）算出的校验码。抄错一位即可被发现。",
                        en: "The developer's unified social credit code follows GB 32100: 18 characters, digits and capital letters other than I, O, S, V and Z, characters 3–8 being the division code (digits), the last being a check character computed from a weighted sum modulo 31. A single mistyped character is caught."),
        nonTriggeringExamples: [
            RuleExample(#"{"developer": {"creditCode": "91330106MA2H4K5L67"}, "shanghai": {}}"#),
            RuleExample(#"{"developer": {"creditCode": "12330000002482061M"}, "service": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"developer": {"creditCode": "91330106MA2H4K5L68"}, "service": {}}"#, at: ["/developer/creditCode"]),
            RuleExample(#"{"developer": {"creditCode": "91330106MA2H4K5I6"}, "governance": {}}"#, at: ["/developer/creditCode"]),
            RuleExample(#"{"developer": {"creditCode": "91330106ma2h4k5l67"}, "shanghai": {}}"#, at: ["/developer/creditCode"]),
            RuleExample(#"{"developer": {"creditCode": "9133A106MA2H4K5L63"}, "shanghai": {}}"#, at: ["/developer/creditCode"]),
        ])

    /// The check character for the first 17 characters (all of the alphabet).
    static func checkCharacter(of body: [Character]) -> Character {
        let sum = zip(body, weights).reduce(0) { $0 + alphabet.firstIndex(of: $1.0)! * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let code = context.manifest.string(.developerCreditCode), !code.isBlank else { return [] }
        // Named only in a message: most codes are valid.
        var field: String { context.name(.developerCreditCode) }
        let characters = Array(code)
        let invalid = code.characters(failing: Self.alphabet.contains)
        if !invalid.isEmpty {
            return [context.finding(at: .developerCreditCode,
                zh: "\(field) “\(code)” 含有不允许的字符 \(invalid.shown)；只能用数字和除 I、O、S、V、Z 外的大写字母",
                en: "\(field) '\(code)' has characters outside the code alphabet: \(invalid.shown); only digits and capital letters other than I, O, S, V, Z",
                hint: Text(zh: "对照营业执照重新填写（字母用大写，O 与 0、I 与 1 勿混）", en: "copy it again from the business licence (capital letters; do not confuse O with 0 or I with 1)"))]
        }
        guard characters.count == 18 else {
            return [context.finding(at: .developerCreditCode,
                zh: "\(field) “\(code)” 有 \(characters.count) 个字符，应为 18 个", en: "\(field) '\(code)' has \(characters.count) characters, not 18",
                hint: Text(zh: "对照营业执照重新填写", en: "copy it again from the business licence"))]
        }
        let division = characters[2..<8]
        guard division.allSatisfy(\.isASCIIDigit) else {
            return [context.finding(at: .developerCreditCode,
                zh: "\(field) “\(code)” 的第 3–8 位 \(String(division)) 应为数字（登记管理机关的行政区划码，GB/T 2260）",
                en: "\(field) '\(code)' has \(String(division)) as characters 3–8, which must be digits (the registering authority's GB/T 2260 division code)",
                hint: Text(zh: "对照营业执照重新填写（O 与 0、I 与 1 勿混）", en: "copy it again from the business licence (do not confuse O with 0 or I with 1)"))]
        }
        let expected = Self.checkCharacter(of: Array(characters.prefix(17)))
        guard characters[17] != expected else { return [] }
        return [context.finding(at: .developerCreditCode,
            zh: "\(field) “\(code)” 的校验码不对：按前 17 位应为 \(expected)，实际是 \(characters[17])",
            en: "\(field) '\(code)' has a wrong check character: the first 17 give \(expected), not \(characters[17])",
            hint: Text(zh: "某一位抄错了，对照营业执照逐位核对", en: "a character is mistyped; compare it with the business licence one by one"))]
    }
}
