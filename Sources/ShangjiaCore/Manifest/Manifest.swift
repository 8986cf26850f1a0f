import ShangjiaJSON

/// One parsed manifest: its text, its value tree with positions, and the targets its
/// sections select. Rules read it; nothing writes it.
public struct Manifest: Sendable {
    /// The path as the user named it (reports show this).
    public let file: String
    public let text: String
    public let document: JSONDocument
    public var root: JSONValue { document.root }
    public let targets: [Target]

    public init(file: String, text: String, document: JSONDocument) {
        self.file = file
        self.text = text
        self.document = document
        var targets: [Target] = []
        for target in [Target.service, .governance, .shanghai] where Manifest.isPresent(document.root[target.rawValue]) {
            targets.append(target)
        }
        if targets.contains(.service) || targets.contains(.governance) { targets.insert(.application, at: 0) }
        self.targets = targets
    }

    /// `null` is the same as absent.
    static func isPresent(_ value: JSONValue?) -> Bool {
        guard let value else { return false }
        return !value.isNull
    }

    public func applies(_ target: Target) -> Bool { targets.contains(target) }

    public subscript(pointer: JSONPointer) -> JSONValue? {
        guard let value = root.value(at: pointer), !value.isNull else { return nil }
        return value
    }

    public subscript(path: String) -> JSONValue? {
        guard let pointer = JSONPointer(string: path) else { return nil }
        return self[pointer]
    }

    public func string(_ path: String) -> String? { self[path]?.stringValue }

    public func bool(_ path: String) -> Bool? { self[path]?.boolValue }

    /// The strings of an array, skipping items of another type.
    public func strings(_ path: String) -> [String] { self[path]?.arrayValue?.compactMap(\.stringValue) ?? [] }

    /// Where a finding at `pointer` sits: the value's position, or for a missing value the
    /// position of its nearest existing ancestor.
    public func position(of pointer: JSONPointer) -> SourcePosition {
        root.nearestExisting(pointer).position
    }
}

extension String {
    /// "Empty" per the spec: only whitespace, ideographic space (U+3000) included.
    public var isBlank: Bool { unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}

extension JSONValue {
    /// "Empty" per the spec: "", whitespace only, [] or {}. `false` and `0` are values.
    public var isEmptyValue: Bool {
        switch kind {
        case .null: return true
        case .string(let text): return text.isBlank
        case .array(let items): return items.isEmpty
        case .object(let members): return members.isEmpty
        case .bool, .number: return false
        }
    }
}
