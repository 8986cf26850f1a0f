import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The prober of `--online`: DNS, TCP, TLS and HTTP/1.1 against the live servers, every
/// answer remembered for the run and every step bounded in time and bytes.
public final class NetworkProber: AddressProbing, @unchecked Sendable {
    public struct Settings: Sendable {
        /// The most one address's fetch may take, redirects included.
        public var timeout: Double = 10
        /// The most the separate legacy-protocol handshake may take.
        public var legacyTimeout: Double = 3
        /// `--resolve`: `host:port` (lowercased) → the addresses to use instead of DNS.
        public var pinned: [String: [String]] = [:]
        public var caFile: String?
        public var userAgent = "shangjia"
        public var proxy: ProxySettings?
        public var maximumConnections = 8
        /// Certificates are judged at this moment (seconds since 1970): the start of `--today`.
        public var verifyTime = 0
        /// Whether an IP address (4 or 16 bytes) is public; the prober connects to no other,
        /// except those pinned with `--resolve`.
        public var isPublic: @Sendable ([UInt8]) -> Bool = { _ in false }
        public var limits = ProbeLimits()
        public var maximumRedirects = 5

        public init() {}
    }

    public enum Problem: Error, Equatable {
        case unreadableCAFile(String)
    }

    private let settings: Settings
    private let contexts: TLSContexts
    private let connections: DispatchSemaphore
    private let fetches = OncePerKey<String, Fetch>()
    private let legacyAnswers = OncePerKey<String, LegacySupport>()

    public init(settings: Settings) throws(Problem) {
        self.settings = settings
        do {
            contexts = try TLSContexts(caFile: settings.caFile)
        } catch {
            switch error { case .unreadableCAFile(let file): throw .unreadableCAFile(file) }
        }
        connections = DispatchSemaphore(value: max(1, settings.maximumConnections))
        // OpenSSL writes to sockets with write(2): a peer that hangs up must not kill the process.
        signal(SIGPIPE, SIG_IGN)
    }

    public func fetch(_ url: String) -> Fetch {
        let key = HTTPAddress(url)?.canonical ?? url
        return fetches.value(for: key) { self.performFetch(url) }
    }

    public func legacyProtocols(host: String, port: Int) -> LegacySupport {
        legacyAnswers.value(for: "\(host.lowercased()):\(port)") { self.performLegacyHandshake(host: host.lowercased(), port: port) }
    }

    public func prefetch(_ urls: [String]) {
        for url in urls {
            DispatchQueue.global().async { _ = self.fetch(url) }
        }
    }

    // MARK: - Fetch

    private func performFetch(_ url: String) -> Fetch {
        guard let first = HTTPAddress(url), first.isHTTPS else {
            return Fetch(failure: Failure(.unsupportedAddress, url: url))
        }
        connections.wait()
        defer { connections.signal() }
        let started = Deadline.now()
        let deadline = Deadline(secondsFromNow: settings.timeout)
        var fetch = Fetch()
        var current = first
        for hop in 0...settings.maximumRedirects {
            let exchange = self.exchange(current, before: deadline)
            if hop == 0 { fetch.tls = exchange.tls }
            guard case .success(let response) = exchange.response else {
                if case .failure(let failure) = exchange.response { fetch.failure = failure }
                return fetch
            }
            if hop > 0, let problem = exchange.tls?.verifyErrors.first {
                fetch.failure = Failure(.untrustedRedirectTarget, url: current.canonical, detail: problem.text)
                return fetch
            }
            fetch.responses.append(response)
            guard [301, 302, 303, 307, 308].contains(response.status), let location = response.header("location") else {
                fetch.seconds = Double(Deadline.now() - started) / 1e9
                return fetch
            }
            guard let next = current.resolving(location) else {
                fetch.failure = Failure(.badRedirect, url: response.url, detail: location.escapingControls)
                return fetch
            }
            guard next.isHTTPS else {
                fetch.failure = Failure(.insecureRedirect, url: response.url, detail: next.canonical)
                return fetch
            }
            current = next
        }
        fetch.failure = Failure(.tooManyRedirects, url: current.canonical, detail: "\(settings.maximumRedirects)")
        return fetch
    }

    /// One request on a connection of its own.
    private func exchange(_ address: HTTPAddress, before deadline: Deadline) -> (tls: TLSFacts?, response: Result<Response, Failure>) {
        let channel: TLSChannel
        switch connect(address, context: contexts.main, before: deadline) {
        case .failed(let failure): return (nil, .failure(failure))
        case .established(let established): channel = established
        }
        let facts = channel.facts
        return (facts, HTTP.get(address, over: channel, userAgent: settings.userAgent, limits: settings.limits, before: deadline))
    }

    /// Resolves (or takes the `--resolve` pin), refuses non-public addresses, connects
    /// (through the proxy when one applies) and completes a TLS handshake.
    private func connect(_ address: HTTPAddress, context: OpaquePointer, before deadline: Deadline) -> TLSChannel.HandshakeOutcome {
        let url = address.canonical
        let proxy = settings.proxy.flatMap { $0.applies(to: address.host) ? $0 : nil }
        var targets: [SocketAddress] = []
        if let pinned = settings.pinned["\(address.host):\(address.port)"] {
            targets = pinned.compactMap { SocketAddress(numeric: $0, port: address.port) }
        } else {
            switch Resolver.resolve(address.host, port: address.port, before: deadline) {
            case .success(let resolved):
                if let closed = resolved.first(where: { !settings.isPublic($0.ip) }) {
                    return .failed(Failure(.nonPublicAddress(address: closed.text), url: url, detail: address.host))
                }
                targets = resolved
            case .failure(var failure):
                // Through a proxy, a name this machine cannot resolve is the proxy's to resolve.
                if proxy == nil {
                    failure.url = url
                    return .failed(failure)
                }
            }
        }
        let socket: Socket
        if let proxy {
            let proxyAddresses: [SocketAddress]
            switch Resolver.resolve(proxy.host, port: proxy.port, before: deadline) {
            case .failure(let failure): return .failed(Failure(.proxyFailed, url: url, detail: "\(proxy.host): \(failure.detail)"))
            case .success(let resolved): proxyAddresses = resolved
            }
            switch Socket.connect(to: proxyAddresses, url: url, before: deadline) {
            case .failure(let failure): return .failed(Failure(.proxyFailed, url: url, detail: "\(proxy.host):\(proxy.port): \(failure.detail)"))
            case .success(let connected): socket = connected
            }
            if let failure = proxy.tunnel(to: address, over: socket, userAgent: settings.userAgent, before: deadline) { return .failed(failure) }
        } else {
            switch Socket.connect(to: targets, url: url, before: deadline) {
            case .failure(let failure): return .failed(failure)
            case .success(let connected): socket = connected
            }
        }
        return TLSChannel.handshake(over: socket, context: context, host: address.host, verifyTime: settings.verifyTime, url: url, before: deadline)
    }

    // MARK: - Legacy protocols

    private func performLegacyHandshake(host: String, port: Int) -> LegacySupport {
        guard let address = HTTPAddress("https://\(host.contains(":") ? "[\(host)]" : host):\(port)/") else { return .unknown("bad host") }
        connections.wait()
        defer { connections.signal() }
        switch connect(address, context: contexts.legacy, before: Deadline(secondsFromNow: settings.legacyTimeout)) {
        case .established(let channel): return .accepted(channel.negotiatedVersion)
        case .failed(let failure):
            switch failure.kind {
            // A server that answers the old ClientHello with an alert or a hang-up refuses it.
            case .noCommonProtocol, .handshakeFailed: return .refused
            default: return .unknown(failure.detail.isEmpty ? "\(failure.kind)" : failure.detail)
            }
        }
    }
}

/// A value per key computed once: the first caller computes it, callers meanwhile wait for it.
final class OncePerKey<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private final class Slot: @unchecked Sendable {
        var value: Value?
        let ready = DispatchGroup()
    }

    private var slots: [Key: Slot] = [:]
    private let lock = DispatchQueue(label: "shangjia.online.once")

    func value(for key: Key, compute: () -> Value) -> Value {
        let (slot, owner) = lock.sync { () -> (Slot, Bool) in
            if let slot = slots[key] { return (slot, false) }
            let slot = Slot()
            slot.ready.enter()
            slots[key] = slot
            return (slot, true)
        }
        if owner {
            slot.value = compute()
            slot.ready.leave()
        } else {
            slot.ready.wait()
        }
        return slot.value!
    }
}

extension NetworkProber {
    /// `127.0.0.1`, `::1`: an address `--resolve` can pin a name to.
    public static func isNumericAddress(_ text: String) -> Bool { SocketAddress(numeric: text, port: 0) != nil }
}
