import ShangjiaCore

/// Escaping for XML and HTML text and attribute values (JUnit, HTML).
enum Markup {
    static func escape(_ text: String) -> String { escape(text, attribute: false) }

    /// An attribute value: parsers turn a literal newline or tab in one into a space.
    static func attribute(_ text: String) -> String { escape(text, attribute: true) }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where attribute: out += "&#10;"
            case "\r" where attribute: out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // XML 1.0 forbids the other C0 controls even as character references.
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r": out += "\u{FFFD}"
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Stable identities of findings for CI systems that track them across runs
/// (GitLab `fingerprint`, SARIF `partialFingerprints`).
enum Fingerprint {
    /// One a finding, in order: FNV-1a 64 of the file, rule, pointer and how many findings with
    /// those three came before. The same finding gets the same value on every machine and run
    /// and in either `--lang` (the message is left out); the line too, so edits above keep it.
    static func all(_ findings: [Finding]) -> [String] {
        var seen: [[String]: Int] = [:]
        return findings.map { finding in
            let key = [finding.file, finding.rule, finding.pointer.description]
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return hex(fnv1a64(key + [String(occurrence)]))
        }
    }

    /// Components are joined with NUL so that ("ab", "c") and ("a", "bc") differ.
    static func fnv1a64(_ components: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in components.joined(separator: "\u{0}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Paths as CI systems want them: relative to the repository (the working directory), with
/// forward slashes, and as RFC 3986 URI references for SARIF.
enum ArtifactPath {
    /// The manifest path as given, without a leading `./`.
    static func repoRelative(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2).drop { $0 == "/" } }
        return String(path)
    }

    /// A file named inside a manifest (relative to its folder), as a repository path.
    static func referenced(_ relativePath: String, byManifest manifest: String) -> String {
        let manifestPath = repoRelative(manifest)
        let folder = manifestPath.lastIndex(of: "/").map { String(manifestPath[...$0]) } ?? ""
        var components: [Substring] = []
        for component in (folder + relativePath).split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case ".": continue
            case "" where !components.isEmpty: continue
            case ".." where !components.isEmpty && components.last != "..": components.removeLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// A URI reference: relative paths stay relative (GitHub resolves them against the
    /// repository root), absolute ones become `file://` URIs; every byte outside the RFC 3986
    /// unreserved set and `/` is percent-encoded (non-ASCII names, spaces, `%`, `:`).
    static func uri(_ path: String) -> String {
        let encoded = percentEncoded(path)
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = String(byte, radix: 16, uppercase: true)
                out += "%" + (digits.count == 1 ? "0" : "") + digits
            }
        }
        return out
    }
}

extension LintReport {
    /// The description of a rule of this run by id.
    func rule(_ id: String) -> RuleDescription? { rules.first { $0.id == id } }
}
