/// An RFC 6901 JSON Pointer such as `/service/materials/templates/3`.
public struct JSONPointer: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// Parses a pointer a user wrote (a waiver's path), `/a/b~1c`; anything not starting with `/`
    /// (other than "") is nil. It splits the UTF-8 bytes at `/` (RFC 6901 reads code points, not
    /// characters) and unescapes only a token that has a `~`. Code names fields by the catalog's
    /// constants (FieldPointers.swift), never by parsing a string.
    public init?(string: String) {
        var text = string
        let tokens = text.withUTF8 { bytes -> [String]? in
            guard let first = bytes.first else { return [] }
            guard first == UInt8(ascii: "/") else { return nil }
            var tokens: [String] = []
            tokens.reserveCapacity(bytes.count { $0 == UInt8(ascii: "/") })
            var start = 1
            for end in 1...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                tokens.append(Self.unescaped(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                start = end + 1
            }
            return tokens
        }
        guard let tokens else { return nil }
        self.init(tokens)
    }

    /// `~1` → `/`, then `~0` → `~`; a `~` before anything else stays.
    private static func unescaped(_ token: UnsafeBufferPointer<UInt8>) -> String {
        guard token.contains(UInt8(ascii: "~")) else { return String(decoding: token, as: UTF8.self) }
        var bytes: [UInt8] = [], index = 0
        while index < token.count {
            if token[index] == UInt8(ascii: "~"), index + 1 < token.count, token[index + 1] == UInt8(ascii: "0") || token[index + 1] == UInt8(ascii: "1") {
                bytes.append(token[index + 1] == UInt8(ascii: "0") ? UInt8(ascii: "~") : UInt8(ascii: "/"))
                index += 2
            } else {
                bytes.append(token[index])
                index += 1
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
        text.reserveCapacity(tokens.reduce(0) { $0 + 1 + $1.utf8.count })
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
}
