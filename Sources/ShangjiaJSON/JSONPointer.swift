/// An RFC 6901 JSON Pointer such as `/service/materials/templates/3`.
public struct JSONPointer: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// Parses `/a/b~1c`; anything not starting with `/` (other than "") is nil.
    public init?(string: String) {
        if string.isEmpty { self.init([]); return }
        guard string.hasPrefix("/") else { return nil }
        let parts = string.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        // Most pointers have no escapes; unescaping only when there is a `~` keeps this cheap.
        self.init(parts.map { $0.contains("~") ? String($0).replacing("~1", with: "/").replacing("~0", with: "~") : String($0) })
    }

    public static let root = JSONPointer()

    public func appending(_ key: String) -> JSONPointer { JSONPointer(tokens + [key]) }

    public func appending(_ index: Int) -> JSONPointer { JSONPointer(tokens + [String(index)]) }

    public var parent: JSONPointer? { tokens.isEmpty ? nil : JSONPointer(Array(tokens.dropLast())) }

    public var last: String? { tokens.last }

    /// True when `self` equals `other` or lies below it.
    public func isWithin(_ other: JSONPointer) -> Bool {
        tokens.count >= other.tokens.count && Array(tokens.prefix(other.tokens.count)) == other.tokens
    }

    public var description: String {
        tokens.map { "/" + ($0.contains("~") || $0.contains("/") ? $0.replacing("~", with: "~0").replacing("/", with: "~1") : $0) }.joined()
    }

    /// Token by token, without building the strings (sorting 300,000 findings stays cheap).
    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.tokens.lexicographicallyPrecedes(rhs.tokens) }
}

extension JSONValue {
    /// The value at `pointer`, or nil when any step is missing.
    public func value(at pointer: JSONPointer) -> JSONValue? {
        var current = self
        for token in pointer.tokens {
            switch current.kind {
            case .object:
                guard let next = current[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), index >= 0, index < items.count, String(index) == token else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The deepest existing value on the way to `pointer` (the value itself when it exists).
    public func nearestExisting(_ pointer: JSONPointer) -> JSONValue {
        var current = self
        for token in pointer.tokens {
            switch current.kind {
            case .object:
                guard let next = current[token] else { return current }
                current = next
            case .array(let items):
                guard let index = Int(token), index >= 0, index < items.count else { return current }
                current = items[index]
            default:
                return current
            }
        }
        return current
    }
}
