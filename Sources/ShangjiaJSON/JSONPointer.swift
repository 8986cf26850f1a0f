/// An RFC 6901 JSON Pointer such as `/service/materials/templates/3`.
public struct JSONPointer: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// Parses `/a/b~1c`; anything not starting with `/` (other than "") is nil. Rules look values
    /// up by pointer strings all the time, so this splits the UTF-8 bytes at `/` (RFC 6901 reads
    /// code points, not characters) and unescapes only a token that has a `~`.
    public init?(string: String) {
        let utf8 = string.utf8
        guard let first = utf8.first else { self.init([]); return }
        guard first == UInt8(ascii: "/") else { return nil }
        var tokens: [String] = []
        var start = utf8.index(after: utf8.startIndex)
        while true {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "/")) ?? utf8.endIndex
            tokens.append(Self.unescaped(utf8[start..<end]))
            guard end != utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        self.init(tokens)
    }

    /// `~1` → `/`, then `~0` → `~`; a `~` before anything else stays.
    private static func unescaped(_ token: Substring.UTF8View) -> String {
        guard token.contains(UInt8(ascii: "~")) else { return String(Substring(token)) }
        var bytes: [UInt8] = [], index = token.startIndex
        while index != token.endIndex {
            let byte = token[index]
            index = token.index(after: index)
            if byte == UInt8(ascii: "~"), index != token.endIndex, token[index] == UInt8(ascii: "0") || token[index] == UInt8(ascii: "1") {
                bytes.append(token[index] == UInt8(ascii: "0") ? UInt8(ascii: "~") : UInt8(ascii: "/"))
                index = token.index(after: index)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
        var text = ""
        for token in tokens {
            text += "/"
            guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { text += token; continue }
            for scalar in token.unicodeScalars {
                switch scalar {
                case "~": text += "~0"
                case "/": text += "~1"
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        return text
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
