#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the config a run uses when `--config` is not given.
enum ConfigDiscovery {
    static let names = [".shangjia.json", "shangjia.config.json"]

    /// The first config file in the current folder or an ancestor, named relative to the current
    /// folder (`../.shangjia.json`); the search stops at the folder holding `.git` (the
    /// repository's root), so a config outside the repository never applies.
    static func find() -> String? {
        guard var folder = currentDirectory() else { return nil }
        var prefix = ""
        while true {
            for name in names where FileAccess.kind(of: folder + "/" + name) == .file { return prefix + name }
            if FileAccess.kind(of: folder + "/.git") != .missing || folder == "/" || folder.isEmpty { return nil }
            folder = FileAccess.directory(of: folder)
            prefix += "../"
        }
    }

    private static func currentDirectory() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let found = buffer.withUnsafeMutableBufferPointer { getcwd(UnsafeMutableRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), $0.count) }
        guard found != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }
}
