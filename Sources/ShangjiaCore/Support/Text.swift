// `Text` and `Language` live in ShangjiaText, below Inspect and Core, so that a file
// inspector's reason and a rule's message are one type. Core re-exports them because they are
// part of its own interface (every `Finding`, `RuleDescription` and `UsageError` speaks `Text`):
// a module that imports ShangjiaCore gets the vocabulary with it.
@_exported import ShangjiaText

public enum English {
    /// "1 warning", "2 warnings": a count with its noun in the right number.
    public static func count(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
