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
    /// `.build`, `node_modules` and what `excluding` matches (by the path relative to
    /// `directory`) skipped; symbolic links to folders not followed (no cycles).
    /// The folders directly below `directory` are walked on up to `jobs` threads: a folder of
    /// hundreds of applications is thousands of folders to list.
    static func manifests(under directory: String, excluding excludes: [Glob] = [], jobs: Int = 1) -> [String] {
        let walk = Walk(root: directory, excludes: excludes)
        let top = walk.listing(of: directory)
        let below = parallelMap(top.folders, jobs: jobs) { folder in
            var found: [String] = []
            var pending = [folder]
            while let next = pending.popLast() {
                let listed = walk.listing(of: next)
                found += listed.manifests
                pending += listed.folders
            }
            return found
        }
        return (top.manifests + below.joined()).sorted()
    }

    private struct Walk {
        let root: String
        let excludes: [Glob]
        /// Bytes of `root/` that every path found starts with.
        let prefixLength: Int

        init(root: String, excludes: [Glob]) {
            self.root = root
            self.excludes = excludes
            prefixLength = root.utf8.count + (root.hasSuffix("/") ? 0 : 1)
        }

        func excluded(_ path: String) -> Bool {
            guard !excludes.isEmpty else { return false }
            let relative = String(decoding: path.utf8.dropFirst(prefixLength), as: UTF8.self)
            return excludes.contains { $0.matches(relative) }
        }

        /// One folder's manifests and the subfolders worth walking.
        func listing(of folder: String) -> (manifests: [String], folders: [String]) {
            var listed: (manifests: [String], folders: [String]) = ([], [])
            guard let handle = opendir(folder) else { return listed }
            defer { closedir(handle) }
            let separator = folder.hasSuffix("/") ? "" : "/"
            while let entry = readdir(handle) {
                // The name is judged as bytes: most entries are files that are no manifest, and
                // they cost no String and no path.
                let reported = entry.pointee.d_type
                let isFile = Int(reported) == DT_REG || Int(reported) == DT_LNK
                let named: (EntryName, String?) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let bytes = UnsafeRawBufferPointer(rebasing: raw[..<(raw.firstIndex(of: 0) ?? raw.count)])
                    let nameKind = EntryName(bytes)
                    let wanted = nameKind == .manifest || nameKind == .other && !isFile
                    return (nameKind, wanted ? String(decoding: bytes, as: UTF8.self) : nil)
                }
                guard let name = named.1 else { continue }
                let path = folder + separator + name
                switch entryKind(reported, path: path) {
                case DT_DIR: if !excluded(path) { listed.folders.append(path) }
                case DT_REG, DT_LNK:
                    if named.0 == .manifest, Int(reported) == DT_REG || kind(of: path) == .file, !excluded(path) {
                        listed.manifests.append(path)
                    }
                default: break
                }
            }
            return listed
        }
    }

    /// What a folder entry's name says: hidden or `node_modules` (never walked), a manifest's
    /// name (`manifest.json`, `*.shangjia.json`), or anything else.
    private enum EntryName {
        case skipped, manifest, other

        init(_ name: UnsafeRawBufferPointer) {
            if name.first == UInt8(ascii: ".") || name.elementsEqual("node_modules".utf8) {
                self = .skipped
            } else if name.elementsEqual("manifest.json".utf8) || name.count > 14 && name.suffix(14).elementsEqual(".shangjia.json".utf8) {
                self = .manifest
            } else {
                self = .other
            }
        }
    }

    /// The entry's type as the directory reports it, so walking a tree costs no stat an entry;
    /// file systems that do not say (DT_UNKNOWN) are asked with lstat.
    fileprivate static func entryKind(_ reported: UInt8, path: String) -> Int {
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

    /// Why a file could not be read or written, said in both languages (never an enum dump).
    enum FileError: Error {
        case system(Int32)
        case notRegularFile
        case tooLarge(Int)

        static var current: FileError { .system(errno) }

        var reason: Text {
            switch self {
            case .notRegularFile: return Text(zh: "不是普通文件", en: "not a regular file")
            case .tooLarge(let size): return Text(zh: "文件过大（\(size) 字节）", en: "the file is too large (\(size) bytes)")
            case .system(let code):
                let english = String(cString: strerror(code))
                switch code {
                case ENOENT: return Text(zh: "没有这个文件或目录", en: english)
                case EACCES, EPERM: return Text(zh: "没有权限", en: english)
                case EISDIR: return Text(zh: "这是一个目录", en: english)
                case ENOTDIR: return Text(zh: "路径中有一段不是目录", en: english)
                case ENOSPC: return Text(zh: "磁盘空间不足", en: english)
                case EROFS: return Text(zh: "文件系统只读", en: english)
                default: return Text(zh: english, en: english)
                }
            }
        }
    }

    static func read(_ path: String, limit: Int = maximumManifestBytes) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw .current }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
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

    /// Standard input to its end (a manifest piped in), up to `limit` bytes.
    static func readStandardInput(limit: Int = maximumManifestBytes) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw .current }
            if count == 0 { return bytes }
            bytes += buffer.prefix(count)
            if bytes.count > limit { throw .tooLarge(bytes.count) }
        }
    }

    /// Writes through a temporary file in the same folder and renames it into place, so a
    /// reader never sees half a report. From the string's own storage: a large report is not
    /// copied again to be written.
    static func writeAtomically(_ text: String, to path: String) throws(FileError) {
        var text = text
        try text.withUTF8 { bytes in Result { () throws(FileError) in try writeAtomically(bytes, to: path) } }.get()
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
        try bytes.withUnsafeBufferPointer { bytes in Result { () throws(FileError) in try writeAtomically(bytes, to: path) } }.get()
    }

    private static func writeAtomically(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(FileError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .current }
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if count <= 0 { break }
            written += count
        }
        close(fd)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            let failure = FileError.current
            unlink(temporary)
            throw failure
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
