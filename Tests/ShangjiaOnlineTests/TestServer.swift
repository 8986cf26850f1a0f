import COpenSSL
import Dispatch
import Foundation

/// A server on 127.0.0.1 (an ephemeral port) that the online tests start and stop themselves:
/// TLS with the committed test certificates, or raw bytes for servers that misbehave.
/// Tests never send traffic anywhere else.
final class TestServer: @unchecked Sendable {
    /// What the server does with one accepted connection.
    enum Mode {
        /// TLS, then for each request the handler's answer.
        case tls(TLSSetup, handler: @Sendable (Request) -> [Step])
        /// No TLS: the steps are played as soon as the connection is accepted.
        case raw([Step])
        /// An HTTP CONNECT proxy that tunnels every request to 127.0.0.1:`port`.
        case connectProxy(port: UInt16)
    }

    enum Step {
        case send([UInt8])
        case sleep(Double)
        case close
    }

    struct Request {
        let path: String
        let head: String
    }

    struct TLSSetup {
        /// PEM files in the fixtures: the certificate chain the server sends, and its key.
        var chain: [String]
        var key: String
        var lowest: Int32 = TLS1_2_VERSION
        var highest: Int32 = TLS1_3_VERSION

        static func leaf(_ name: String, withIntermediate: Bool = true) -> TLSSetup {
            TLSSetup(chain: withIntermediate ? ["\(name).pem", "intermediate.pem"] : ["\(name).pem"], key: "\(name).key")
        }
    }

    let port: UInt16
    private let listener: Int32
    private let mode: Mode
    private let context: OpaquePointer?
    private let lock = NSLock()
    private var acceptedCount = 0
    private var requestLog: [String] = []

    /// Connections accepted so far.
    var accepted: Int { lock.withLock { acceptedCount } }
    /// Request heads received (TLS mode), for asserting what the client sent.
    var requests: [String] { lock.withLock { requestLog } }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    init(_ mode: Mode) {
        self.mode = mode
        if case .tls(let setup, _) = mode {
            let context = SSL_CTX_new(TLS_server_method())!
            _ = shangjia_ctx_set_versions(context, setup.lowest, setup.highest)
            SSL_CTX_set_security_level(context, 0)
            _ = SSL_CTX_set_cipher_list(context, "ALL:@SECLEVEL=0")
            precondition(SSL_CTX_use_certificate_file(context, Self.fixture(setup.chain[0]), SSL_FILETYPE_PEM) == 1)
            for extra in setup.chain.dropFirst() {
                let bio = BIO_new_file(Self.fixture(extra), "r")
                let certificate = PEM_read_bio_X509(bio, nil, nil, nil)
                BIO_free(bio)
                precondition(SSL_CTX_ctrl(context, SSL_CTRL_EXTRA_CHAIN_CERT, 0, UnsafeMutableRawPointer(certificate)) == 1)
            }
            precondition(SSL_CTX_use_PrivateKey_file(context, Self.fixture(setup.key), SSL_FILETYPE_PEM) == 1)
            self.context = context
        } else {
            context = nil
        }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        listen(descriptor, 64)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) } }
        port = UInt16(bigEndian: address.sin_port)
        listener = descriptor
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// A port on 127.0.0.1 where nothing listens (bound, then closed).
    static func closedPort() -> UInt16 {
        let server = TestServer(.raw([]))
        let port = server.port
        server.stop()
        return port
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    deinit {
        if let context { SSL_CTX_free(context) }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            lock.withLock { acceptedCount += 1 }
            var timeout = timeval(tv_sec: 20, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            DispatchQueue.global().async { [self] in
                serve(connection)
                close(connection)
            }
        }
    }

    private func serve(_ connection: Int32) {
        switch mode {
        case .raw(let steps):
            play(steps, write: { bytes in bytes.withUnsafeBytes { _ = send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } })
        case .connectProxy(let port):
            tunnel(connection, to: port)
        case .tls(_, let handler):
            let ssl = SSL_new(context)!
            defer { SSL_free(ssl) }
            SSL_set_fd(ssl, connection)
            guard SSL_accept(ssl) == 1 else { return }
            guard let head = readHead(reading: { buffer in
                var count = 0
                return SSL_read_ex(ssl, buffer.baseAddress, buffer.count, &count) == 1 ? count : 0
            }) else { return }
            lock.withLock { requestLog.append(head) }
            let path = head.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
            play(handler(Request(path: path, head: head)), write: { bytes in
                var written = 0
                bytes.withUnsafeBytes { _ = SSL_write_ex(ssl, $0.baseAddress, $0.count, &written) }
            })
            SSL_shutdown(ssl)
        }
    }

    private func play(_ steps: [Step], write: ([UInt8]) -> Void) {
        for step in steps {
            switch step {
            case .send(let bytes): write(bytes)
            case .sleep(let seconds): Thread.sleep(forTimeInterval: seconds)
            case .close: return
            }
        }
    }

    /// Bytes up to the blank line that ends a request head.
    private func readHead(reading: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.suffix(4).elementsEqual(Array("\r\n\r\n".utf8)) {
            let count = buffer.withUnsafeMutableBufferPointer { reading($0) }
            guard count > 0 else { return nil }
            received += buffer.prefix(count)
            if received.count > 65536 { return nil }
        }
        return String(decoding: received, as: UTF8.self)
    }

    private func tunnel(_ client: Int32, to port: UInt16) {
        guard let head = readHead(reading: { recv(client, $0.baseAddress, $0.count, 0) }) else { return }
        lock.withLock { requestLog.append(head) }
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(upstream) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let answer = connected == 0 ? "HTTP/1.1 200 Connection established\r\n\r\n" : "HTTP/1.1 502 Bad Gateway\r\n\r\n"
        _ = Array(answer.utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard connected == 0 else { return }
        var fds = [pollfd(fd: client, events: Int16(POLLIN), revents: 0), pollfd(fd: upstream, events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 16384)
        while poll(&fds, 2, 20_000) > 0 {
            for (index, entry) in fds.enumerated() where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { recv(entry.fd, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { return }
                let other = fds[1 - index].fd
                _ = buffer.withUnsafeBytes { send(other, $0.baseAddress, count, Int32(MSG_NOSIGNAL)) }
            }
        }
    }
}

/// HTTP responses for the handlers.
enum Reply {
    static func ok(_ body: String, status: String = "200 OK", headers: [String] = []) -> [TestServer.Step] {
        let bytes = Array(body.utf8)
        let head = (["HTTP/1.1 \(status)", "Content-Type: text/html; charset=utf-8", "Content-Length: \(bytes.count)", "Connection: close"] + headers)
            .joined(separator: "\r\n") + "\r\n\r\n"
        return [.send(Array(head.utf8) + bytes)]
    }

    static func redirect(to location: String, status: String = "301 Moved Permanently") -> [TestServer.Step] {
        ok("", status: status, headers: ["Location: \(location)"])
    }

    static func chunked(_ pieces: [String]) -> [TestServer.Step] {
        var steps: [TestServer.Step] = [.send(Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".utf8))]
        for piece in pieces {
            let bytes = Array(piece.utf8)
            steps.append(.send(Array("\(String(bytes.count, radix: 16))\r\n".utf8) + bytes + Array("\r\n".utf8)))
        }
        steps.append(.send(Array("0\r\n\r\n".utf8)))
        return steps
    }
}
