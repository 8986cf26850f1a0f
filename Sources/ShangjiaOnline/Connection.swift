import Dispatch

#if canImport(Glibc)
import Glibc
private let systemConnect = Glibc.connect
private let systemSend = Glibc.send
private let systemReceive = Glibc.recv
private let noSignalFlag = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let systemConnect = Darwin.connect
private let systemSend = Darwin.send
private let systemReceive = Darwin.recv
private let noSignalFlag: Int32 = 0 // SO_NOSIGPIPE is set on the socket instead
#endif

/// A point on the monotonic clock by which a step must be done.
struct Deadline: Sendable {
    let nanoseconds: UInt64

    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    init(secondsFromNow seconds: Double) { nanoseconds = Deadline.now() + UInt64(max(0, seconds) * 1e9) }

    init(nanoseconds: UInt64) { self.nanoseconds = nanoseconds }

    /// Whole milliseconds left, for poll(2); 0 once passed.
    var remainingMilliseconds: Int32 {
        let now = Deadline.now()
        guard nanoseconds > now else { return 0 }
        return Int32(min(UInt64(Int32.max), (nanoseconds - now + 999_999) / 1_000_000))
    }

    var passed: Bool { Deadline.now() >= nanoseconds }

    func earlier(_ other: Deadline) -> Deadline { nanoseconds <= other.nanoseconds ? self : other }
}

/// One resolved address of a host, ready for connect(2).
struct SocketAddress: Sendable {
    let family: Int32
    /// The raw `sockaddr_in` / `sockaddr_in6`.
    let storage: [UInt8]
    /// 4 or 16 bytes.
    let ip: [UInt8]

    var text: String {
        if ip.count == 4 { return ip.map(String.init).joined(separator: ".") }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        var raw = ip
        _ = inet_ntop(AF_INET6, &raw, &buffer, socklen_t(buffer.count))
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// A numeric address (`127.0.0.1`, `::1`) on `port`, or nil when `text` is none.
    init?(numeric text: String, port: Int) {
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr = v4
            self.init(family: AF_INET, raw: address)
        } else if inet_pton(AF_INET6, text, &v6) == 1 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            address.sin6_addr = v6
            self.init(family: AF_INET6, raw: address)
        } else {
            return nil
        }
    }

    init<Raw>(family: Int32, raw: Raw) {
        self.family = family
        var copy = raw
        storage = withUnsafeBytes(of: &copy) { Array($0) }
        if family == AF_INET {
            ip = withUnsafeBytes(of: &copy) { Array($0[MemoryLayout<sockaddr_in>.offset(of: \sockaddr_in.sin_addr)!...].prefix(4)) }
        } else {
            ip = withUnsafeBytes(of: &copy) { Array($0[MemoryLayout<sockaddr_in6>.offset(of: \sockaddr_in6.sin6_addr)!...].prefix(16)) }
        }
    }
}

/// Why something failed, in the words of the library that said so.
struct Reason: Error {
    let words: String

    init(_ words: String) { self.words = words }
}

enum Resolver {
    /// The host's addresses for `port`, asked of the system resolver on a thread of its own so
    /// that a resolver that hangs costs at most the time left (the thread is then abandoned).
    static func resolve(_ host: String, port: Int, before deadline: Deadline) -> Result<[SocketAddress], Failure> {
        if let literal = SocketAddress(numeric: host, port: port) { return .success([literal]) }
        let answer = PendingLookUp(host: host, port: port)
        // A thread of its own, not a Dispatch worker: while probes wait on each other, the
        // shared pool may have no thread free, and a lookup must not wait for one.
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let context = Unmanaged.passRetained(answer)
        let started = pthread_create(&thread, nil, { context in
            Unmanaged<PendingLookUp>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context.toOpaque())
        guard started == 0 else {
            context.release()
            return .failure(Failure(.unresolvable, url: host, detail: "cannot start a lookup thread"))
        }
        pthread_detach(thread)
        let wait = DispatchTime.now() + .milliseconds(Int(deadline.remainingMilliseconds))
        guard answer.done.wait(timeout: wait) == .success else {
            return .failure(Failure(.timedOut(step: .resolving), url: host, detail: host))
        }
        switch answer.result {
        case .success(let addresses): return .success(addresses)
        case .failure(let reason): return .failure(Failure(.unresolvable, url: host, detail: reason.words))
        }
    }

    fileprivate static func lookUp(_ host: String, port: Int) -> Result<[SocketAddress], Reason> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_flags = AI_ADDRCONFIG
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0 else { return .failure(Reason(String(cString: gai_strerror(status)))) }
        defer { freeaddrinfo(list) }
        var addresses: [SocketAddress] = []
        var entry = list
        while let item = entry?.pointee {
            if item.ai_family == AF_INET, let raw = item.ai_addr {
                addresses.append(SocketAddress(family: AF_INET, raw: UnsafeRawPointer(raw).load(as: sockaddr_in.self)))
            } else if item.ai_family == AF_INET6, let raw = item.ai_addr {
                addresses.append(SocketAddress(family: AF_INET6, raw: UnsafeRawPointer(raw).load(as: sockaddr_in6.self)))
            }
            entry = item.ai_next
        }
        // The same address may come once per protocol; keep the first of each.
        var seen = Set<[UInt8]>()
        addresses = addresses.filter { seen.insert($0.ip).inserted }
        return addresses.isEmpty ? .failure(Reason("no address")) : .success(addresses)
    }
}

/// A lookup on its own thread; the waiting side gives up at its deadline and the thread
/// finishes alone.
private final class PendingLookUp: @unchecked Sendable {
    let host: String, port: Int
    var result: Result<[SocketAddress], Reason> = .failure(Reason(""))
    let done = DispatchSemaphore(value: 0)

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    func run() {
        result = Resolver.lookUp(host, port: port)
        done.signal()
    }
}

/// A non-blocking TCP socket whose every wait is bounded by a deadline.
final class Socket {
    let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Connects to the first of `addresses` that answers; each gets an equal share of the time left.
    static func connect(to addresses: [SocketAddress], url: String, before deadline: Deadline) -> Result<Socket, Failure> {
        var lastFailure = Failure(.connectionFailed, url: url, detail: "no address")
        for (index, address) in addresses.enumerated() {
            let share = (deadline.nanoseconds &- Deadline.now()) / UInt64(addresses.count - index)
            let attemptDeadline = Deadline(nanoseconds: Deadline.now() + min(share, deadline.nanoseconds &- Deadline.now()))
            switch connectOne(address, url: url, before: deadline.passed ? deadline : attemptDeadline) {
            case .success(let socket): return .success(socket)
            case .failure(let failure): lastFailure = failure
            }
            if deadline.passed { break }
        }
        return .failure(lastFailure)
    }

    private static func connectOne(_ address: SocketAddress, url: String, before deadline: Deadline) -> Result<Socket, Failure> {
        #if canImport(Glibc)
        let kind = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let kind = SOCK_STREAM
        #endif
        let descriptor = socket(address.family, kind, 0)
        guard descriptor >= 0 else { return .failure(Failure(.connectionFailed, url: url, detail: String(cString: strerror(errno)))) }
        let socket = Socket(descriptor: descriptor)
        #if canImport(Darwin)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let status = address.storage.withUnsafeBytes { raw in
            systemConnect(descriptor, raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(raw.count))
        }
        if status != 0 {
            guard errno == EINPROGRESS else { return .failure(connectFailure(errno, address: address, url: url)) }
            guard socket.wait(for: Int16(POLLOUT), before: deadline) else {
                return .failure(Failure(.timedOut(step: .connecting), url: url, detail: address.text))
            }
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length)
            if error != 0 { return .failure(connectFailure(error, address: address, url: url)) }
        }
        return .success(socket)
    }

    private static func connectFailure(_ code: Int32, address: SocketAddress, url: String) -> Failure {
        let words = "\(address.text): \(String(cString: strerror(code)))"
        return Failure(code == ECONNREFUSED ? .connectionRefused : .connectionFailed, url: url, detail: words)
    }

    /// Waits until the socket is ready for `events`; false when the deadline passed first.
    func wait(for events: Int16, before deadline: Deadline) -> Bool {
        var entry = pollfd(fd: descriptor, events: events, revents: 0)
        while true {
            let left = deadline.remainingMilliseconds
            if left == 0 { return false }
            let ready = poll(&entry, 1, left)
            if ready > 0 { return true }
            if ready == 0 { return false }
            if errno != EINTR { return true } // let the next read or write report the error
        }
    }

    /// Sends all of `bytes`; nil on success, else the failure.
    func send(_ bytes: [UInt8], url: String, step: Failure.Step, before deadline: Deadline) -> Failure? {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { raw in systemSend(descriptor, raw.baseAddress, raw.count, noSignalFlag) }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR {
                guard wait(for: Int16(POLLOUT), before: deadline) else { return Failure(.timedOut(step: step), url: url) }
            } else {
                return Failure(.connectionFailed, url: url, detail: String(cString: strerror(errno)))
            }
        }
        return nil
    }

    /// Up to `limit` bytes; an empty array at the end of the stream.
    func receive(limit: Int, url: String, step: Failure.Step, before deadline: Deadline) -> Result<[UInt8], Failure> {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemReceive(descriptor, $0.baseAddress, limit, 0) }
            if count >= 0 { return .success(Array(buffer.prefix(count))) }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else {
                return .failure(Failure(.connectionFailed, url: url, detail: String(cString: strerror(errno))))
            }
            guard wait(for: Int16(POLLIN), before: deadline) else { return .failure(Failure(.timedOut(step: step), url: url)) }
        }
    }
}
