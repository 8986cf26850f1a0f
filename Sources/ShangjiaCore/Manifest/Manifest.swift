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
    /// Member positions by key for very large objects, so that placing a finding at each of
    /// 300,000 keys stays linear instead of scanning the object for every one.
    private let largeObjects: [JSONPointer: [String: Int]]
    /// Parsed once here: url-valid, url-https, url-public-host and load-test all judge them.
    let writtenAddresses: [WrittenAddress]

    public init(file: String, text: String, document: JSONDocument) {
        self.file = file
        self.text = text
        self.document = document
        largeObjects = Manifest.indexLargeObjects(document.root)
        var targets: [Target] = []
        for target in [Target.service, .governance, .shanghai] where Manifest.isPresent(document.root[target.rawValue]) {
            targets.append(target)
        }
        if targets.contains(.service) || targets.contains(.governance) { targets.insert(.application, at: 0) }
        self.targets = targets
        writtenAddresses = WrittenAddress.all(in: document.root, targets: targets)
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
        var pending: [(JSONValue, [String])] = [(root, [])]
        while let (value, tokens) = pending.popLast() {
            switch value.kind {
            case .object(let members):
                if members.count > largeObjectSize {
                    var index: [String: Int] = [:]
                    for (offset, member) in members.enumerated() { index[member.key] = offset }
                    indexes[JSONPointer(tokens)] = index
                }
                pending += members.lazy.filter { $0.value.members != nil || $0.value.arrayValue != nil }.map { ($0.value, tokens + [$0.key]) }
            case .array(let items):
                pending += items.enumerated().lazy.filter { $0.element.members != nil || $0.element.arrayValue != nil }.map { ($0.element, tokens + [String($0.offset)]) }
            default:
                break
            }
        }
        return indexes
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
