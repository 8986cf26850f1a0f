import ShangjiaCore

/// `shangjia rules` as text: a header, one aligned row a rule, and a legend for the target letters.
enum RuleList {
    static func text(_ rules: [RuleDescription], language: Language) -> String {
        let header = language == .zh ? ["规则", "级别", "适用", "标题"] : ["RULE", "SEVERITY", "TARGETS", "TITLE"]
        let rows = rules.map { [$0.id, $0.severity.rawValue, $0.targetLetters, $0.title(language) + ($0.online ? (language == .zh ? "（联网）" : " (online)") : "")] }
        var widths = [0, 0, 0]
        for row in [header] + rows {
            for column in 0..<3 { widths[column] = max(widths[column], width(row[column])) }
        }
        var out = ""
        for row in [header] + rows {
            out += (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - width(row[$0])) }.joined(separator: "  ") + "  " + row[3] + "\n"
        }
        let legend = Target.allCases.map { "\($0.letter) = \($0.label(language))" }.joined(separator: language == .zh ? "；" : "; ")
        out += "\n" + (language == .zh ? "适用：\(legend)；* = 全部。shangjia explain <规则> 查看详情。" : "Targets: \(legend); * = any. shangjia explain <rule> shows one.") + "\n"
        return out
    }

    /// Terminal cells: CJK characters take two.
    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
