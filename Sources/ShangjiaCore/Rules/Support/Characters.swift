import ShangjiaJSON

/// The character classes of the spec's Semantics. A character is a grapheme cluster; it
/// belongs to a class only as a single scalar, so a letter with a combining mark is none.
extension Character {
    /// 汉字: the Unicode property Unified_Ideograph.
    var isHanzi: Bool { unicodeScalars.count == 1 && unicodeScalars.first!.properties.isUnifiedIdeograph }

    /// A–Z, a–z only: full-width Ａ is not a letter here, unlike `isLetter`.
    var isASCIILetter: Bool { asciiValue.map { (65...90).contains($0) || (97...122).contains($0) } ?? false }

    /// 0–9 only: full-width ０ is not a digit here.
    var isASCIIDigit: Bool { asciiValue.map { (48...57).contains($0) } ?? false }

    /// A full-width form of an ASCII character (U+FF01–U+FF5E) or the ideographic space: the
    /// usual slip of a Chinese input method, worth its own hint.
    var isFullWidthForm: Bool {
        unicodeScalars.contains { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }
    }

    /// How a message shows the character: quoted, or as code points when it would be
    /// invisible or would combine with the quote (spaces, controls, marks, joiners).
    var shown: String {
        switch unicodeScalars.first!.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .nonspacingMark, .spacingMark, .enclosingMark:
            return unicodeScalars.map { scalar in
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }.joined(separator: " ")
        default:
            return "“\(self)”"
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the UTF-8 of `fragment` occurs in these bytes.
    func containsBytes(of fragment: String) -> Bool {
        var fragment = fragment
        return fragment.withUTF8 { needle in
            guard let first = needle.first else { return true }
            guard count >= needle.count else { return false }
            for start in 0...(count - needle.count) where self[start] == first && self[start..<start + needle.count].elementsEqual(needle) {
                return true
            }
            return false
        }
    }
}

extension String {
    /// Whether `fragment` occurs in the text, compared byte for byte in UTF-8. Keyword lists are
    /// whole scalars, so this is the answer `contains` gives for them, without its Character walk.
    func containsBytes(of fragment: String) -> Bool {
        var text = self
        return text.withUTF8 { $0.containsBytes(of: fragment) }
    }

    /// The distinct characters that fail `allowed`, in order of first appearance.
    func characters(failing allowed: (Character) -> Bool) -> [Character] {
        var seen = Set<Character>()
        return Array(filter { !allowed($0) && seen.insert($0).inserted })
    }
}

extension Array where Element == Character {
    /// “！”、U+0020 for a message.
    var shown: String { map(\.shown).joined(separator: "、") }
}

extension Manifest {
    /// 服务侧 and 治理侧 share their 服务名称 and 服务介绍 rules: the string at each of `pointers` whose
    /// section is present, with its pointer; missing, non-string and blank values are left to
    /// required-field and manifest-field-type.
    func releaseStrings(_ pointers: [JSONPointer]) -> [(pointer: JSONPointer, value: String)] {
        pointers.compactMap { pointer in
            guard let section = pointer.tokens.first.flatMap(Target.init(rawValue:)), applies(section),
                  let value = string(pointer), !value.isBlank else { return nil }
            return (pointer, value)
        }
    }
}

extension RuleContext {
    /// A finding for each of `pointers` (of the present release sections) whose string is longer than
    /// `limit` characters (grapheme clusters, as written: the portal counts what it is given).
    func releaseLengthFindings(_ pointers: [JSONPointer], limit: Int) -> [Finding] {
        manifest.releaseStrings(pointers).compactMap { field in
            guard field.value.count > limit else { return nil }
            return finding(at: field.pointer,
                zh: "\(name(field.pointer))有 \(field.value.count) 个字符，上限 \(limit)",
                en: "\(name(field.pointer)) has \(field.value.count) characters; the limit is \(limit)",
                hint: Text(zh: "删减 \(field.value.count - limit) 个字符", en: "remove \(English.count(field.value.count - limit, "character"))"))
        }
    }
}

// Byte searches for fixed words (plaintext-secret's key fragments, placeholder-value's words). Plain
// loops, no closures: every key of a manifest (300,000 in the hostile tests) is looked at.
extension UnsafeBufferPointer<UInt8> {
    func contains(bytesOf text: StaticString) -> Bool {
        let needle = text.utf8Start, length = text.utf8CodeUnitCount
        var start = 0
        while start + length <= count {
            if hasBytes(needle, length, at: start) { return true }
            start += 1
        }
        return false
    }

    func ends(with text: StaticString) -> Bool {
        text.utf8CodeUnitCount <= count && hasBytes(text.utf8Start, text.utf8CodeUnitCount, at: count - text.utf8CodeUnitCount)
    }

    private func hasBytes(_ bytes: UnsafePointer<UInt8>, _ length: Int, at start: Int) -> Bool {
        var offset = 0
        while offset < length {
            if self[start + offset] != bytes[offset] { return false }
            offset += 1
        }
        return true
    }
}
