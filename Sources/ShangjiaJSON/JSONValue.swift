#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A position in the source text: 1-based line and column, columns counted in Unicode
/// code points (SARIF `unicodeCodePoints`), a leading BOM not counted.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A JSON number keeps its text, so that `50` and `50.0` stay distinguishable.
public struct JSONNumber: Hashable, Sendable {
    public let text: String

    public init(text: String) { self.text = text }

    public var double: Double { Double(text) ?? .nan }

    /// The value as an integer when the text is an integer literal that fits.
    public var integer: Int? {
        if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            guard let value = Double(text), abs(value) < 9.0e15 else { return nil }
            return Int(exactly: value)
        }
        return Int(text)
    }
}

/// One member of an object. Members keep their order and duplicates; lookups take the last.
public struct JSONMember: Sendable {
    public let key: String
    public let keyPosition: SourcePosition
    public let value: JSONValue
}

/// A JSON value with the position of its first character.
public struct JSONValue: Sendable {
    // Not `indirect`: arrays and objects already live in their arrays' buffers, and boxing
    // every case cost one allocation per scalar.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    public let kind: Kind
    public let position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition = .start) {
        self.kind = kind
        self.position = position
    }

    public var isNull: Bool { if case .null = kind { return true } else { return false } }

    public var stringValue: String? { if case .string(let s) = kind { return s } else { return nil } }

    public var boolValue: Bool? { if case .bool(let b) = kind { return b } else { return nil } }

    public var numberValue: JSONNumber? { if case .number(let n) = kind { return n } else { return nil } }

    public var arrayValue: [JSONValue]? { if case .array(let a) = kind { return a } else { return nil } }

    public var members: [JSONMember]? { if case .object(let m) = kind { return m } else { return nil } }

    /// The value of the last member named `key` (the last duplicate wins). Names are compared
    /// as code units (RFC 8259 §8.3), their lengths first: rules look up thousands of names a manifest.
    public subscript(key: String) -> JSONValue? {
        guard let members else { return nil }
        var key = key // withUTF8 is mutating; a native String is contiguous already, so nothing is copied
        return key.withUTF8 { wanted in
            // By index: iterating the members would copy each one (its name and value retained) just to look at it.
            for index in members.indices.reversed() where members[index].key.utf8.count == wanted.count {
                var name = members[index].key
                if wanted.isEmpty || name.withUTF8({ memcmp($0.baseAddress!, wanted.baseAddress!, wanted.count) == 0 }) {
                    return members[index].value
                }
            }
            return nil
        }
    }

    /// The JSON type's name as users know it.
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
