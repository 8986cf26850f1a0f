/// A small ordered JSON writer: reports, `schema` and `init` need a fixed key order and
/// byte-identical output, which a dictionary-based encoder does not promise.
public indirect enum JSONOutput: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONOutput])
    /// An array whose items are made one at a time as they are written, so that a report of
    /// 30,000 manifests never holds all their trees at once.
    case generated(count: Int, item: @Sendable (Int) -> JSONOutput)
    case object([(String, JSONOutput)])

    /// Pretty-printed with two-space indents and a final newline.
    public func rendered() -> String {
        // Written as bytes: appending to a String checks its form at every append, and a report
        // of 300 applications is thousands of small pieces.
        var out: [UInt8] = []
        write(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): JSONOutput.quote(text, into: &out)
        case .int(let number): out += String(number).utf8
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items): JSONOutput.writeArray(count: items.count, { items[$0] }, into: &out, indent: indent)
        case .generated(let count, let item): JSONOutput.writeArray(count: count, item, into: &out, indent: indent)
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out += "{\n".utf8
            for (index, (key, value)) in members.enumerated() {
                JSONOutput.indent(indent + 2, into: &out)
                JSONOutput.quote(key, into: &out)
                out += ": ".utf8
                value.write(into: &out, indent: indent + 2)
                out += (index == members.count - 1 ? "\n" : ",\n").utf8
            }
            JSONOutput.indent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeArray(count: Int, _ item: (Int) -> JSONOutput, into out: inout [UInt8], indent: Int) {
        guard count > 0 else { out += "[]".utf8; return }
        out += "[\n".utf8
        for index in 0..<count {
            JSONOutput.indent(indent + 2, into: &out)
            item(index).write(into: &out, indent: indent + 2)
            out += (index == count - 1 ? "\n" : ",\n").utf8
        }
        JSONOutput.indent(indent, into: &out)
        out.append(UInt8(ascii: "]"))
    }

    private static func indent(_ width: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
    }

    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        guard needsEscaping(text) else {
            out += text.utf8
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let digits = String(scalar.value, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).utf8
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether `text` has a character `quote` escapes: most report strings have none and are
    /// copied whole. (U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.)
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            if previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
