#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Real files under a manifest's folder. Only regular files inside the folder tree are read, never
/// written; each inspection is cached by normalized path so a file named twice is read once.
public final class FileInspector: FileInspecting, @unchecked Sendable {
    private let root: String?
    private let state = Locked(State())

    private struct State {
        var cache: [String: FileInspection] = [:]
        var filesRead = 0
    }

    /// `root` is the manifest's folder.
    public init(root: String) {
        self.root = resolvedPath(root)
    }

    public func forgetCache() {
        state.withLock { $0.cache.removeAll() }
    }

    /// How many inspections actually touched the file system (the rest came from the cache).
    var filesRead: Int { state.withLock { $0.filesRead } }

    public func inspect(_ relativePath: String) -> FileInspection {
        guard let key = RelativePath.normalized(relativePath) else {
            return FileInspection(path: relativePath, problem: .escapesFolder)
        }
        if let cached = state.withLock({ $0.cache[key] }) { return cached.renamed(relativePath) }
        let inspection = inspectUncached(key)
        return state.withLock { state in
            state.filesRead += 1
            let kept = state.cache[key] ?? inspection
            state.cache[key] = kept
            return kept.renamed(relativePath)
        }
    }

    private func inspectUncached(_ key: String) -> FileInspection {
        func failure(_ problem: FileAccessProblem) -> FileInspection { FileInspection(path: key, problem: problem) }
        guard let root else { return failure(.missing) }
        let joined = key.isEmpty ? root : root == "/" ? "/" + key : root + "/" + key
        guard let resolved = resolvedPath(joined) else {
            return failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(errorText(errno)))
        }
        guard isInside(resolved) else { return failure(.symlinkOutside) }
        // Judge the type before opening: opening a device can have side effects.
        var status = stat()
        guard lstat(resolved, &status) == 0 else { return failure(.unreadable(errorText(errno))) }
        if let kind = nonRegularKind(status.st_mode) { return failure(.notRegular(kind)) }
        // O_NONBLOCK: should the path turn into a FIFO meanwhile, opening it still does not block.
        let descriptor = open(resolved, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            return failure(errno == ENOENT ? .missing : errno == ELOOP ? .symlinkOutside : .unreadable(errorText(errno)))
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { return failure(.unreadable(errorText(errno))) }
        if let kind = nonRegularKind(status.st_mode) { return failure(.notRegular(kind)) }
        if let opened = openedPath(descriptor), !isInside(opened) { return failure(.symlinkOutside) }
        let size = Int64(status.st_size)
        guard size > 0 else { return FileInspection(path: key, problem: .empty) }
        let (content, image) = ContentInspector.inspect(FileByteSource(descriptor: descriptor, size: size))
        return FileInspection(path: key, problem: nil, size: size, content: content, image: image)
    }

    private func isInside(_ resolved: String) -> Bool {
        guard let root else { return false }
        return root == "/" || resolved == root || resolved.hasPrefix(root + "/")
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
        let (content, image) = ContentInspector.inspect(MemoryByteSource(bytes: bytes))
        return FileInspection(path: key, problem: nil, size: Int64(bytes.count), content: content, image: image)
    }
}

enum RelativePath {
    /// The path with `.`, empty and inner `..` components resolved lexically; nil when it is
    /// absolute or its `..` leaves the root.
    static func normalized(_ path: String) -> String? {
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
}

private struct FileByteSource: ByteSource {
    let descriptor: Int32
    let size: Int64

    func read(at offset: Int64, count: Int) -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: Int(min(Int64(count), size - offset)))
        let filled = buffer.withUnsafeMutableBytes { raw -> Int in
            var filled = 0
            while filled < raw.count {
                let got = pread(descriptor, raw.baseAddress! + filled, raw.count - filled, off_t(offset) + off_t(filled))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                filled += got
            }
            return filled
        }
        buffer.removeSubrange(filled...)
        return buffer
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
