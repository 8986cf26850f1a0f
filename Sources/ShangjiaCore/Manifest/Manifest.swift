import ShangjiaJSON

/// One parsed manifest: its value tree with positions, and the targets its
/// sections select. Rules read it; nothing writes it.
public final class Manifest: Sendable {
    /// The path as the user named it (reports show this).
    public let file: String
    public let document: JSONDocument
    public var root: JSONValue { document.root }
    public let targets: [Target]
    /// Member positions by key for very large objects, so that placing a finding at each of
    /// 300,000 keys stays linear instead of scanning the object for every one.
    private let largeObjects: [JSONPointer: [String: Int]]

    public init(file: String, document: JSONDocument) {
        self.file = file
        self.document = document
        largeObjects = Manifest.indexLargeObjects(document.root)
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

    public func string(_ pointer: JSONPointer) -> String? { self[pointer]?.stringValue }

    /// A date field's value: nil when absent, null or `""` (an empty date is absent, for every rule).
    public func date(_ pointer: JSONPointer) -> JSONValue? {
        guard let value = self[pointer], value.stringValue?.isEmpty != true else { return nil }
        return value
    }

    public func bool(_ pointer: JSONPointer) -> Bool? { self[pointer]?.boolValue }

    /// The strings of an array, skipping items of another type.
    public func strings(_ pointer: JSONPointer) -> [String] { self[pointer]?.arrayValue?.compactMap(\.stringValue) ?? [] }

    /// Where a finding at `pointer` sits: the value's position, or for a missing value the
    /// position of its nearest existing ancestor.
    public func position(of pointer: JSONPointer) -> SourcePosition {
        var current = root
        var walked: [String] = []
        for token in pointer.tokens {
            switch current.kind {
            case .object(let members):
                let index = largeObjects.isEmpty ? members.lastIndex { $0.key == token }
                    : largeObjects[JSONPointer(walked)].map { $0[token] } ?? members.lastIndex { $0.key == token }
                guard let index else { return current.position }
                current = members[index].value
            case .array(let items):
                guard let index = Int(token), items.indices.contains(index) else { return current.position }
                current = items[index]
            default:
                return current.position
            }
            walked.append(token)
        }
        return current.position
    }

    private static let largeObjectSize = 64

    /// Every object with more than `largeObjectSize` members, by pointer: key → index of its last occurrence.
    private static func indexLargeObjects(_ root: JSONValue) -> [JSONPointer: [String: Int]] {
        var indexes: [JSONPointer: [String: Int]] = [:]
        var path: [String] = []
        indexLargeObjects(root, at: &path, into: &indexes)
        return indexes
    }

    /// `path` holds the tokens down to `value`; a pointer is made only for a large object.
    private static func indexLargeObjects(_ value: JSONValue, at path: inout [String], into indexes: inout [JSONPointer: [String: Int]]) {
        switch value.kind {
        case .object(let members):
            if members.count > largeObjectSize {
                var index: [String: Int] = [:]
                for (offset, member) in members.enumerated() { index[member.key] = offset }
                indexes[JSONPointer(path)] = index
            }
            for member in members where member.value.isContainer {
                path.append(member.key)
                indexLargeObjects(member.value, at: &path, into: &indexes)
                path.removeLast()
            }
        case .array(let items):
            forEachItem(of: items, at: &path) { item, path in
                if item.isContainer { indexLargeObjects(item, at: &path, into: &indexes) }
            }
        default:
            break
        }
    }
}

extension String {
    /// "Empty" per the spec: only whitespace, ideographic space (U+3000) included.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.isWhiteSpace) }
}

extension Unicode.Scalar {
    /// The Unicode White_Space property, looked up only between U+0080 and U+3000 (its highest
    /// code point): ASCII and Chinese text, nearly every value, are answered at once.
    var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return value <= 0x3000 && properties.isWhitespace
    }
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

private extension JSONValue {
    var isContainer: Bool {
        switch kind {
        case .object, .array: true
        default: false
        }
    }
}
