/// Message language: Chinese by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

/// A text in both languages. Every user-facing sentence of the product is one of these,
/// from a file inspector's reason to a rule's message.
public struct Text: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .zh ? zh : en
    }
}
