#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Real files under a manifest's folder. Only regular files inside the folder tree are read, never
/// written; each inspection is cached by normalized path so a file named twice is read once.
public final class FileInspector: FileInspecting, @unchecked Sendable {
    private let folder: String
    /// Inspections of one inspector run one at a time: they share its open folder descriptors.
    /// (An inspector serves one manifest, which is linted on one thread, so nothing waits.)
    private let state = Locked(State())

    private struct State {
        var cache: [PathBytes: FileInspection] = [:]
        /// The manifest's folder ("") and subfolders reached from it without a symlink, open, by path.
        var folders: [PathBytes: Int32] = [:]
        /// The folder with every symlink resolved, for the paths that go through one; nil until needed.
        var resolvedRoot: String??
        var filesRead = 0

        mutating func closeFolders() {
            for descriptor in folders.values { close(descriptor) }
            folders.removeAll()
        }
    }

    /// `root` is the manifest's folder.
    public init(root: String) {
        folder = root
    }

    deinit {
        state.withLock { $0.closeFolders() }
    }

    /// Also closes the folders, so that linting thousands of manifests keeps a few descriptors open.
    public func forgetCache() {
        state.withLock { state in
            state.cache.removeAll()
            state.closeFolders()
        }
    }

    /// How many inspections actually touched the file system (the rest came from the cache).
    var filesRead: Int { state.withLock { $0.filesRead } }

    public func inspect(_ relativePath: String) -> FileInspection {
        guard let key = RelativePath.normalized(relativePath) else {
            return FileInspection(path: relativePath, problem: .escapesFolder)
        }
        return state.withLock { state in
            if let cached = state.cache[PathBytes(key)] { return cached.renamed(relativePath) }
            let inspection = inspectUncached(key, &state)
            state.filesRead += 1
            state.cache[PathBytes(key)] = inspection
            return inspection.renamed(relativePath)
        }
    }

    /// Every folder on the way is opened relative to the last without following a symlink, so a
    /// file reached that way is inside the tree by construction, and a regular file costs four
    /// system calls: fstatat, openat, one read, close. A symlink anywhere on the path, or a
    /// folder that cannot be opened, goes the way of `inspectResolving`.
    private func inspectUncached(_ key: String, _ state: inout State) -> FileInspection {
        let (parent, name) = splitLast(key)
        guard !key.isEmpty, let directory = folderDescriptor(parent, &state) else {
            return inspectResolving(key, &state)
        }
        var status = stat()
        // withCString lends the String's own bytes; passing `name` itself would copy them to an array each call.
        guard name.withCString({ fstatat(directory, $0, &status, AT_SYMLINK_NOFOLLOW) }) == 0 else {
            return errno == ENOENT ? FileInspection(path: key, problem: .missing) : inspectResolving(key, &state)
        }
        guard status.st_mode & S_IFMT != S_IFLNK else { return inspectResolving(key, &state) }
        // Only a regular file is opened: opening a device can have side effects.
        if let kind = nonRegularKind(status.st_mode) { return FileInspection(path: key, problem: .notRegular(kind)) }
        // O_NONBLOCK: should the path turn into a FIFO meanwhile, opening it still does not block
        // (and reading it finds nothing, as reading a path turned into a folder fails).
        let descriptor = name.withCString { openat(directory, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { return inspectResolving(key, &state) }
        defer { close(descriptor) }
        return Self.read(descriptor, size: Int64(status.st_size), as: key)
    }

    /// The open descriptor of the folder at `path` ("" for the manifest's), opened on first use
    /// from its parent's without following a symlink; nil when that fails (missing, a file, a symlink).
    private func folderDescriptor(_ path: String, _ state: inout State) -> Int32? {
        if let open = state.folders[PathBytes(path)] { return open }
        let descriptor: Int32
        if path.isEmpty {
            descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        } else {
            let (parentPath, name) = splitLast(path)
            guard let parent = folderDescriptor(parentPath, &state) else { return nil }
            descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard descriptor >= 0 else { return nil }
        state.folders[PathBytes(path)] = descriptor
        return descriptor
    }

    /// The path resolved whole, symlinks followed: inside the tree it is read, outside it is
    /// `.symlinkOutside`; anything not a regular file is judged without being opened.
    private func inspectResolving(_ key: String, _ state: inout State) -> FileInspection {
        func failure(_ problem: FileAccessProblem) -> FileInspection { FileInspection(path: key, problem: problem) }
        if state.resolvedRoot == nil { state.resolvedRoot = resolvedPath(folder) }
        guard let root = state.resolvedRoot! else { return failure(.missing) }
        let joined = key.isEmpty ? root : root == "/" ? "/" + key : root + "/" + key
        var status = stat()
        guard stat(joined, &status) == 0, nonRegularKind(status.st_mode) == nil else {
            return failure(diagnose(joined, root: root, error: errno))
        }
        let descriptor = open(joined, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return failure(diagnose(joined, root: root, error: errno)) }
        defer { close(descriptor) }
        // Where the descriptor really points, symlinks and races included, before a byte is read.
        guard let opened = openedPath(descriptor) ?? resolvedPath(joined), Self.isInside(opened, root: root) else {
            return failure(.symlinkOutside)
        }
        // What was opened, not what the path named a moment ago: a symlink may have been swapped.
        guard fstat(descriptor, &status) == 0 else { return failure(.unreadable(errorText(errno))) }
        if let kind = nonRegularKind(status.st_mode) { return failure(.notRegular(kind)) }
        return Self.read(descriptor, size: Int64(status.st_size), as: key)
    }

    /// Why a path that is not a plain regular file cannot be read, judged without opening it;
    /// `error` is what the failed call said.
    private func diagnose(_ joined: String, root: String, error: Int32) -> FileAccessProblem {
        guard let resolved = resolvedPath(joined) else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(errorText(errno))
        }
        guard Self.isInside(resolved, root: root) else { return .symlinkOutside }
        var status = stat()
        guard lstat(resolved, &status) == 0 else { return .unreadable(errorText(errno)) }
        return nonRegularKind(status.st_mode).map { .notRegular($0) } ?? .unreadable(errorText(error))
    }

    /// The content of an open regular file of `size` bytes, once it is known to be inside the tree.
    private static func read(_ descriptor: Int32, size: Int64, as key: String) -> FileInspection {
        guard size > 0 else { return FileInspection(path: key, problem: .empty) }
        let (content, image, recognized) = ContentInspector.inspect(FileByteSource(descriptor: descriptor, size: size))
        return FileInspection(path: key, problem: nil, size: size, content: content, image: image, recognized: recognized)
    }

    private static func isInside(_ resolved: String, root: String) -> Bool {
        root == "/" || resolved == root || resolved.hasPrefix(root + "/")
    }
}

/// The same content inspection over in-memory files (for tests and rule examples). A path not in
/// the dictionary is `.missing`; a `..` leaving the folder is still `.escapesFolder`.
public final class MemoryFileInspector: FileInspecting, @unchecked Sendable {
    private let files: [String: [UInt8]]
    private let cache = Locked([String: FileInspection]())

    public init(files: [String: [UInt8]]) {
        var normalized: [String: [UInt8]] = [:]
        for (path, bytes) in files {
            if let key = RelativePath.normalized(path) { normalized[key] = bytes }
        }
        self.files = normalized
    }

    public func forgetCache() {
        cache.withLock { $0.removeAll() }
    }

    /// Cached like `FileInspector`: several rules ask about the same icon.
    public func inspect(_ relativePath: String) -> FileInspection {
        guard let key = RelativePath.normalized(relativePath) else {
            return FileInspection(path: relativePath, problem: .escapesFolder)
        }
        if let cached = cache.withLock({ $0[key] }) { return cached.renamed(relativePath) }
        let inspection = inspectUncached(key)
        cache.withLock { $0[key] = inspection }
        return inspection.renamed(relativePath)
    }

    private func inspectUncached(_ key: String) -> FileInspection {
        guard let bytes = files[key] else { return FileInspection(path: key, problem: .missing) }
        guard !bytes.isEmpty else { return FileInspection(path: key, problem: .empty) }
        let (content, image, recognized) = ContentInspector.inspect(MemoryByteSource(bytes: bytes))
        return FileInspection(path: key, problem: nil, size: Int64(bytes.count), content: content, image: image, recognized: recognized)
    }
}

public enum RelativePath {
    /// The path with `.`, empty and inner `..` components resolved lexically; nil when it is
    /// absolute or its `..` leaves the root.
    public static func normalized(_ path: String) -> String? {
        if isPlain(path) { return path }
        guard !path.hasPrefix("/") else { return nil }
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard components.popLast() != nil else { return nil }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// Already normal: not absolute, no empty, `.` or `..` component. Most paths a manifest
    /// names are, and several rules ask about each, so this is checked before any splitting.
    private static func isPlain(_ path: String) -> Bool {
        var path = path // withUTF8 is mutating; a native String is contiguous already, so nothing is copied
        return path.withUTF8 { bytes in
            var previous = UInt8(ascii: "/")
            for byte in bytes {
                // A component starting with "." may be "." or ".."; "//" is an empty component.
                if previous == UInt8(ascii: "/") && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) { return false }
                previous = byte
            }
            return previous != UInt8(ascii: "/")
        }
    }
}

/// An open file whose first `headLength` bytes are read once, up front: the sniffers' several
/// looks at a small file (prefix, ZIP tail, central directory) then cost a single read.
private struct FileByteSource: ByteSource {
    static let headLength = ContentInspector.prefixLength
    let descriptor: Int32
    let size: Int64
    private let head: [UInt8]

    init(descriptor: Int32, size: Int64) {
        self.descriptor = descriptor
        self.size = size
        head = Self.readBytes(descriptor, at: 0, count: Int(min(size, Int64(Self.headLength))))
    }

    func read(at offset: Int64, count: Int) -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        let wanted = Int(min(Int64(count), size - offset))
        if offset + Int64(wanted) <= Int64(head.count) { return Array(head[Int(offset)..<Int(offset) + wanted]) }
        return Self.readBytes(descriptor, at: offset, count: wanted)
    }

    private static func readBytes(_ descriptor: Int32, at offset: Int64, count: Int) -> [UInt8] {
        var filled = 0
        let buffer = [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            while filled < count {
                let got = pread(descriptor, raw.baseAddress! + filled, count - filled, off_t(offset) + off_t(filled))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                filled += got
            }
            initialized = filled
        }
        return buffer
    }
}

/// A path as the file system compares it: byte for byte. (As a `String` key, two spellings of
/// "é" would be one entry, and hashing would normalize every Chinese file name first.) It keeps
/// the String, not a copy of its bytes: every lookup makes a key.
private struct PathBytes: Hashable {
    let path: String

    init(_ path: String) { self.path = path }

    static func == (left: PathBytes, right: PathBytes) -> Bool {
        var left = left.path, right = right.path // withUTF8 is mutating; nothing is copied
        return left.utf8.count == right.utf8.count
            && (left.isEmpty || left.withUTF8 { left in right.withUTF8 { memcmp(left.baseAddress!, $0.baseAddress!, left.count) == 0 } })
    }

    func hash(into hasher: inout Hasher) {
        var path = path // withUTF8 is mutating; a native String is contiguous already, so nothing is copied
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// "a/b/c" → ("a/b", "c"); "c" → ("", "c"). Split at the last slash byte, never a Character walk.
private func splitLast(_ path: String) -> (parent: String, name: String) {
    var bytes = path // withUTF8 is mutating; a native String is contiguous already, so nothing is copied
    return bytes.withUTF8 { bytes in
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(decoding: bytes[..<slash], as: UTF8.self), String(decoding: bytes[(slash + 1)...], as: UTF8.self))
    }
}

private func nonRegularKind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "directory"
    case S_IFIFO: "FIFO"
    case S_IFCHR: "character device"
    case S_IFBLK: "block device"
    case S_IFSOCK: "socket"
    default: "special file"
    }
}

private func resolvedPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
}

/// Where an open descriptor really points (Linux /proc), to catch a directory swapped for a
/// symlink between resolving and opening; nil where /proc is unavailable.
private func openedPath(_ descriptor: Int32) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

private func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

/// A value behind a mutex.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(_ value: Value) {
        self.value = value
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body(&value)
    }
}
