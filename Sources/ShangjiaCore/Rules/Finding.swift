import ShangjiaJSON

public enum Severity: String, Sendable, Comparable, CaseIterable {
    case error, warning, info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var label: Text {
        switch self {
        case .error: return Text(zh: "错误", en: "error")
        case .warning: return Text(zh: "警告", en: "warning")
        case .info: return Text(zh: "提示", en: "info")
        }
    }
}

/// Another place a finding involves: a field of the same manifest or a referenced file.
public struct RelatedLocation: Sendable, Hashable {
    /// A referenced file, as the manifest names it.
    public let file: String?
    /// A field of the same manifest.
    public let pointer: JSONPointer?
    /// Where the related field sits in the manifest, set when the finding is made (reporters
    /// run after the manifest is gone).
    public internal(set) var position: SourcePosition?

    /// The same place whether or not its position was set yet (the position follows from the pointer).
    public static func == (lhs: RelatedLocation, rhs: RelatedLocation) -> Bool { lhs.file == rhs.file && lhs.pointer == rhs.pointer }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(pointer)
    }

    public static func field(_ pointer: JSONPointer) -> RelatedLocation { RelatedLocation(file: nil, pointer: pointer, position: nil) }
    public static func file(_ name: String) -> RelatedLocation { RelatedLocation(file: name, pointer: nil, position: nil) }
}

/// One problem, located in the manifest, with its message already in the chosen language.
public struct Finding: Sendable, Hashable {
    public let rule: String
    public var severity: Severity
    public let message: String
    /// The manifest, as the user named it.
    public let file: String
    /// Where in the manifest: the field the finding is about.
    public let pointer: JSONPointer
    public let line: Int
    public let column: Int
    public let source: String?
    public let hint: String?
    public let related: [RelatedLocation]
    public var waived = false
    public var waiverReason: String?
    /// Already in the `--baseline` report: kept, shown apart, counted in nothing (like waived).
    public var baselined = false
    /// Set when this finding stands for that many findings of its rule that are not listed
    /// (see `LintOptions.findingsPerRule`); they all count in the totals.
    public var omitted = 0

    public init(rule: String, severity: Severity, message: String, file: String, pointer: JSONPointer, position: SourcePosition,
                source: String?, hint: String? = nil, related: [RelatedLocation] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.pointer = pointer
        self.line = position.line
        self.column = position.column
        self.source = source
        self.hint = hint
        self.related = related
    }

    /// The report order: file, line, column, rule id, then pointer and message so that ties are total.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.pointer != rhs.pointer { return lhs.pointer < rhs.pointer }
        return lhs.message < rhs.message
    }
}
