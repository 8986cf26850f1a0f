import ShangjiaCore
import ShangjiaInspect

/// A manifest to read: a file (named on the command line, or found under a directory) or
/// standard input.
enum ManifestSource: Equatable {
    case file(String, discovered: Bool)
    case standardInput

    /// The name findings carry.
    var name: String {
        switch self {
        case .file(let path, _): return path
        case .standardInput: return "<stdin>"
        }
    }
}

/// Where `--against` finds each manifest's previous version.
enum PreviousVersions {
    /// A file given on the command line (one manifest).
    case file([UInt8])
    /// A git revision: the manifest's content at it.
    case revision(String)
}

enum ManifestInputs {
    /// One manifest's input, or nil for a discovered `manifest.json` that is not a shangjia manifest.
    static func input(_ source: ManifestSource, against: PreviousVersions?) throws(UsageError) -> LintInput? {
        let bytes: [UInt8]
        switch source {
        case .standardInput:
            do { bytes = try FileAccess.readStandardInput() } catch { throw UsageError.cannotRead("-", error) }
        case .file(let path, let discovered):
            do { bytes = try FileAccess.read(path) } catch { throw UsageError.cannotRead(path, error) }
            if discovered, path == "manifest.json" || path.hasSuffix("/manifest.json"), !ManifestSniffer.mayBeShangjiaManifest(bytes) { return nil }
        }
        let previous: [UInt8]?
        switch against {
        case nil: previous = nil
        case .file(let bytes): previous = bytes
        case .revision(let revision):
            guard case .file(let path, _) = source else { previous = nil; break }
            previous = try GitHistory.content(of: path, at: revision)
        }
        // Paths inside a manifest are relative to its folder; from standard input, to the current one.
        return LintInput(file: source.name, bytes: bytes, files: FileInspector(root: FileAccess.directory(of: source.name)), previousBytes: previous)
    }
}

/// Tells a shangjia manifest from another `manifest.json` (a web app's) by its top-level keys,
/// without parsing the whole document.
enum ManifestSniffer {
    static let shangjiaKeys: Set<[UInt8]> = Set(["manifestVersion", "application", "developer", "service", "governance", "shanghai"].map { Array($0.utf8) })

    /// False only when the text is a JSON object (or array) whose top level has none of the
    /// shangjia keys; anything unclear (not JSON, an escaped key) is linted, so a broken
    /// manifest still gets its syntax finding.
    static func mayBeShangjiaManifest(_ bytes: [UInt8]) -> Bool {
        var depth = 0
        var expectingKey = false
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let start = index + 1
                var end = start
                var escaped = false
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                    if bytes[end] == UInt8(ascii: "\\") { escaped = true; end += 1 }
                    end += 1
                }
                if depth == 1 && expectingKey {
                    if escaped || shangjiaKeys.contains(Array(bytes[start..<min(end, bytes.count)])) { return true }
                    expectingKey = false
                }
                index = end + 1
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0 && byte == UInt8(ascii: "[") { return false }
                depth += 1
                expectingKey = depth == 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return false }
            case UInt8(ascii: ","):
                expectingKey = depth == 1
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: ":"):
                break
            default:
                if depth == 0 { return true }
            }
            index += 1
        }
        return true
    }
}
