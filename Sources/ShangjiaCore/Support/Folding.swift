/// What makes two values look the same on screen though they differ: full-width forms typed
/// with a Chinese input method (`（`, `Ｈ５`, the ideographic space). Folding maps them to what
/// NFKC maps them to (ASCII), for the ranges a manifest's values meet; no tables are built.
public enum Folding {
    /// `text` with full-width ASCII forms (U+FF01–FF5E) and U+3000 folded to ASCII, or nil when
    /// nothing changes (the common case costs one scan and no allocation).
    public static func halfWidth(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: isFullWidth) else { return nil }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: folded.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: folded.append(" ")
            default: folded.append(scalar)
            }
        }
        return String(folded)
    }

    static func isFullWidth(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000
    }

    /// A message shows a value as written, but never a raw control character (a `\n` that a
    /// JSON escape made of `"materials\new.pdf"`): those are written as escapes.
    public static func visibleControls(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text of a file that did not read as JSON, for the snippet under its finding: bytes
    /// that are not UTF-8 as `\xB6` and control characters other than tab and line breaks as
    /// `\u0000`, so neither mojibake nor a raw NUL reaches the terminal.
    public static func displayText(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        func append(_ escape: String) { out.append(contentsOf: escape.unicodeScalars) }
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || scalar.value == 0x7F {
                    append(visibleControls(String(scalar)))
                } else {
                    out.append(scalar)
                }
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    let digits = String(byte, radix: 16, uppercase: true)
                    append("\\x" + (digits.count == 1 ? "0" : "") + digits)
                }
                offset += length
            case .emptyInput:
                return String(out)
            }
        }
    }
}
