import ShangjiaCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CLI's own disk access: finding manifests, reading them and the config, writing
/// `--output` atomically. Rules never come here; they get a `FileInspector`.
enum FileAccess {
    /// Manifests larger than this are not read (a manifest is a few kilobytes).
    static let maximumManifestBytes = 64 << 20

    enum Kind { case file, directory, other, missing }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Every `manifest.json` and `*.shangjia.json` below `directory`, sorted; hidden folders,
    /// `.build` and `node_modules` skipped; symbolic links to folders not followed (no cycles).
    /// The folders directly below `directory` are walked on up to `jobs` threads: a folder of
    /// hundreds of applications is thousands of folders to list.
    static func manifests(under directory: String, jobs: Int = 1) -> [String] {
        let top = listing(of: directory)
        let below = parallelMap(top.folders, jobs: jobs) { folder in
            var found: [String] = []
            var pending = [folder]
            while let next = pending.popLast() {
                let listed = listing(of: next)
                found += listed.manifests
                pending += listed.folders
            }
            return found
        }
        return (top.manifests + below.joined()).sorted()
    }

    /// One folder's manifests and the subfolders worth walking.
    private static func listing(of folder: String) -> (manifests: [String], folders: [String]) {
        var listed: (manifests: [String], folders: [String]) = ([], [])
        guard let handle = opendir(folder) else { return listed }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name.hasPrefix(".") || name == "node_modules" { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            switch entryKind(entry.pointee.d_type, path: path) {
            case DT_DIR: listed.folders.append(path)
            case DT_REG, DT_LNK:
                if name == "manifest.json" || name.hasSuffix(".shangjia.json"),
                   entry.pointee.d_type == DT_REG || kind(of: path) == .file { listed.manifests.append(path) }
            default: break
            }
        }
        return listed
    }

    /// The entry's type as the directory reports it, so walking a tree costs no stat an entry;
    /// file systems that do not say (DT_UNKNOWN) are asked with lstat.
    private static func entryKind(_ reported: UInt8, path: String) -> Int {
        guard Int(reported) == DT_UNKNOWN else { return Int(reported) }
        var info = stat()
        guard lstat(path, &info) == 0 else { return DT_UNKNOWN }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return DT_DIR
        case S_IFREG: return DT_REG
        case S_IFLNK: return DT_LNK
        default: return DT_UNKNOWN
        }
    }

    enum ReadError: Error {
        case unreadable(String)
        case tooLarge(Int)
    }

    static func read(_ path: String, limit: Int = maximumManifestBytes) throws(ReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw .unreadable("not a regular file") }
        guard Int(info.st_size) <= limit else { throw .tooLarge(Int(info.st_size)) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + total, $0.count - total, off_t(total)) }
            if count <= 0 { break }
            total += count
        }
        return Array(bytes.prefix(total))
    }

    /// Writes through a temporary file in the same folder and renames it into place, so a
    /// reader never sees half a report.
    static func writeAtomically(_ text: String, to path: String) throws(ReadError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        // From the string's own storage: a large report is not copied again to be written.
        var text = text
        let (written, total) = text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
                if count <= 0 { break }
                written += count
            }
            return (written, bytes.count)
        }
        close(fd)
        guard written == total, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .unreadable(String(cString: strerror(errno)))
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
