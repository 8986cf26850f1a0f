import ShangjiaJSON

/// A tunable setting of a rule, settable in `--config`. Each is a static constant declared once
/// next to its rule (`static let maxBytes = IntegerParameter(...)`), listed in the rule's
/// description (for the rule book, `rules --format json` and config validation) and read as
/// `context[Self.maxBytes]`: a misspelt name does not compile. A config's value is decoded and
/// range-checked once, when the config is read.
public protocol RuleParameter: Sendable {
    var name: String { get }
    var description: Text { get }
    var defaultValue: ParameterValue { get }
    /// What a config may set (in config errors and `rules --format json`): "an integer from 0 to 100".
    var allowed: Text { get }
    /// A config's value, or why it is wrong (its type or its range).
    func decode(_ value: JSONValue) -> Result<ParameterValue, ParameterProblem>
}

/// A parameter's value whatever its type: what configs store and the rule book shows.
public enum ParameterValue: Sendable, Hashable {
    case integer(Int)
    case strings([String])
}

/// Why a config's value for a parameter is refused, without the rule and parameter it belongs to.
public struct ParameterProblem: Error, Sendable, Equatable {
    public let message: Text
}

/// A whole number within a range (sizes, counts, seconds, percentages), and perhaps no larger than
/// another parameter of the same rule (a warning threshold within its limit, a minimum within its maximum).
public struct IntegerParameter: RuleParameter {
    public let name: String
    public let defaultInteger: Int
    public let range: ClosedRange<Int>
    /// The name of the rule's parameter this one may not exceed, checked when a config sets this one.
    public let atMost: String?
    public let description: Text

    public init(_ name: String, default defaultInteger: Int, in range: ClosedRange<Int> = 0...Int.max,
                atMost bound: IntegerParameter? = nil, _ description: Text) {
        precondition(range.contains(defaultInteger), "parameter \(name): default \(defaultInteger) outside \(range)")
        precondition(bound.map { defaultInteger <= $0.defaultInteger } ?? true, "parameter \(name): default above \(bound?.name ?? "")")
        self.name = name
        self.defaultInteger = defaultInteger
        self.range = range
        self.atMost = bound?.name
        self.description = description
    }

    public var defaultValue: ParameterValue { .integer(defaultInteger) }

    public var allowed: Text {
        let range = range.upperBound == Int.max
            ? Text(zh: "不小于 \(range.lowerBound)", en: "of at least \(range.lowerBound)")
            : Text(zh: "\(range.lowerBound)–\(range.upperBound)", en: "from \(range.lowerBound) to \(range.upperBound)")
        let bound = atMost.map { Text(zh: " 且不大于 \($0)", en: ", at most \($0)") } ?? Text(zh: "", en: "")
        return Text(zh: "\(range.zh)\(bound.zh) 的整数", en: "an integer \(range.en)\(bound.en)")
    }

    public func decode(_ value: JSONValue) -> Result<ParameterValue, ParameterProblem> {
        guard let number = value.numberValue?.integer else {
            return .failure(ParameterProblem(message: Text(zh: "应为\(allowed.zh)，而不是\(Self.kind(of: value).zh)",
                                                           en: "must be \(allowed.en), not \(Self.kind(of: value).en)")))
        }
        guard range.contains(number) else {
            return .failure(ParameterProblem(message: Text(zh: "为 \(number)，应为\(allowed.zh)", en: "is \(number); it must be \(allowed.en)")))
        }
        return .success(.integer(number))
    }

    /// How a refused value is named: "a string", "-1.5".
    static func kind(of value: JSONValue) -> Text {
        if let number = value.numberValue { return Text(zh: number.text, en: number.text) }
        if value.stringValue != nil { return Text(zh: "字符串", en: "a string") }
        if value.arrayValue != nil { return Text(zh: "数组", en: "an array") }
        if value.members != nil { return Text(zh: "对象", en: "an object") }
        if value.boolValue != nil { return Text(zh: "布尔值", en: "a boolean") }
        return Text(zh: "null", en: "null")
    }
}

/// A list of words (names to quote, words to avoid).
public struct StringListParameter: RuleParameter {
    public let name: String
    public let defaultStrings: [String]
    public let description: Text

    public init(_ name: String, default defaultStrings: [String], _ description: Text) {
        self.name = name
        self.defaultStrings = defaultStrings
        self.description = description
    }

    public var defaultValue: ParameterValue { .strings(defaultStrings) }

    public var allowed: Text { Text(zh: "字符串数组", en: "an array of strings") }

    public func decode(_ value: JSONValue) -> Result<ParameterValue, ParameterProblem> {
        guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
            return .failure(ParameterProblem(message: Text(zh: "应为\(allowed.zh)", en: "must be \(allowed.en)")))
        }
        return .success(.strings(items.compactMap(\.stringValue)))
    }
}

extension RuleContext {
    /// The configured value of one of this rule's parameters, or its default.
    public subscript(_ parameter: IntegerParameter) -> Int {
        if case .integer(let value)? = settings.parameters[parameter.name] { return value }
        return parameter.defaultInteger
    }

    public subscript(_ parameter: StringListParameter) -> [String] {
        if case .strings(let value)? = settings.parameters[parameter.name] { return value }
        return parameter.defaultStrings
    }
}

extension RuleSettings {
    /// Sets a parameter by its typed constant (tests, and `Configuration` once a value is decoded).
    public subscript(_ parameter: IntegerParameter) -> Int? {
        get { if case .integer(let value)? = parameters[parameter.name] { value } else { nil } }
        set { parameters[parameter.name] = newValue.map { .integer($0) } }
    }

    public subscript(_ parameter: StringListParameter) -> [String]? {
        get { if case .strings(let value)? = parameters[parameter.name] { value } else { nil } }
        set { parameters[parameter.name] = newValue.map { .strings($0) } }
    }
}
