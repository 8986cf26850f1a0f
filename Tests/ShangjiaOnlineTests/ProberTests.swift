import COpenSSL
import Foundation
import ShangjiaCore
import ShangjiaOnline
import XCTest

/// The prober against servers this test starts on 127.0.0.1, with certificates of fixed dates
/// judged at 2026-11-23 (UTC+8). Every name is pinned with `--resolve`'s mechanism.
final class ProberTests: XCTestCase {
    static let today = CalendarDate("2026-11-23")!

    /// Generous: these servers answer at once, and a loaded CI machine must not turn a slow handshake into a failure.
    static func prober(_ servers: [String: TestServer], timeout: Double = 15, environment: [String: String] = [:],
                       caFile: String? = TestServer.fixture("root.pem")) throws -> NetworkProber {
        var settings = NetworkProber.Settings()
        settings.timeout = timeout
        settings.legacyTimeout = 2
        settings.caFile = caFile
        settings.verifyTime = today.startInChina
        settings.isPublic = isPublicAddress
        settings.userAgent = "shangjia/test"
        settings.pinned = Dictionary(uniqueKeysWithValues: servers.map { ("\($0.key):\($0.value.port)", ["127.0.0.1"]) })
        if case .success(let proxy) = ProxySettings.from(environment: environment) { settings.proxy = proxy }
        return try NetworkProber(settings: settings)
    }

    static func page(_ body: String = "<!doctype html><title>ok</title>") -> TestServer {
        TestServer(.tls(.leaf("good"), handler: { _ in Reply.ok(body) }))
    }

    func testAGoodChainVerifiesAndTheRequestIsWellFormed() throws {
        let server = Self.page()
        defer { server.stop() }
        let fetch = try Self.prober(["good.shangjia.test": server]).fetch("https://good.shangjia.test:\(server.port)/h5/?a=1#top")
        XCTAssertNil(fetch.failure)
        XCTAssertEqual(fetch.final?.status, 200)
        XCTAssertEqual(fetch.final.map { String(decoding: $0.body, as: UTF8.self) }, "<!doctype html><title>ok</title>")
        XCTAssertEqual(fetch.tls?.protocolVersion, "TLSv1.3")
        XCTAssertEqual(fetch.tls?.verifyErrors, [])
        XCTAssertEqual(fetch.tls?.leaf?.notAfter, UTCTime(year: 2027, month: 12, day: 31))
        XCTAssertEqual(fetch.tls?.leaf?.keyBits, 2048)
        XCTAssertEqual(fetch.tls?.leaf?.signatureDigest, "SHA256")
        XCTAssertEqual(fetch.tls?.leaf?.names, ["*.shangjia.test", "shangjia.test"], "the subjectAltName's names, in order")
        let head = try XCTUnwrap(server.requests.first)
        XCTAssertTrue(head.hasPrefix("GET /h5/?a=1 HTTP/1.1\r\n"), head)
        XCTAssertTrue(head.contains("\r\nHost: good.shangjia.test:\(server.port)\r\n"), head)
        XCTAssertTrue(head.contains("\r\nUser-Agent: shangjia/test\r\n"), head)
        XCTAssertTrue(head.contains("\r\nConnection: close\r\n"), head)
    }

    func testEachCertificateProblemIsRecordedWhileThePageIsStillFetched() throws {
        let cases: [(name: String, setup: TestServer.TLSSetup, host: String, code: Int)] = [
            ("intermediate not sent", .leaf("good", withIntermediate: false), "good.shangjia.test", VerifyError.issuerNotFoundLocally),
            ("expired", .leaf("expired"), "expired.shangjia.test", VerifyError.certificateExpired),
            ("self-signed", TestServer.TLSSetup(chain: ["self.pem"], key: "self.key"), "self.shangjia.test", VerifyError.selfSigned),
            ("wrong host", .leaf("good"), "wrong.example.test", VerifyError.hostnameMismatch),
        ]
        for (name, setup, host, code) in cases {
            let server = TestServer(.tls(setup, handler: { _ in Reply.ok("page") }))
            defer { server.stop() }
            let fetch = try Self.prober([host: server]).fetch("https://\(host):\(server.port)/")
            XCTAssertEqual(fetch.final?.status, 200, name)
            XCTAssertTrue(fetch.tls?.verifyErrors.contains { $0.code == code } == true, "\(name): \(String(describing: fetch.tls?.verifyErrors))")
        }
    }

    func testAWeakKeyIsMeasured() throws {
        let server = TestServer(.tls(.leaf("weak"), handler: { _ in Reply.ok("page") }))
        defer { server.stop() }
        let fetch = try Self.prober(["weak.shangjia.test": server]).fetch("https://weak.shangjia.test:\(server.port)/")
        XCTAssertEqual(fetch.tls?.leaf?.keyType, "RSA")
        XCTAssertEqual(fetch.tls?.leaf?.keyBits, 1024)
    }

    func testLegacyProtocols() throws {
        let legacyOnly = TestServer(.tls(TestServer.TLSSetup(chain: ["good.pem", "intermediate.pem"], key: "good.key", lowest: TLS1_VERSION, highest: TLS1_1_VERSION),
                                         handler: { _ in Reply.ok("old") }))
        let everything = TestServer(.tls(TestServer.TLSSetup(chain: ["good.pem", "intermediate.pem"], key: "good.key", lowest: TLS1_VERSION, highest: TLS1_3_VERSION),
                                         handler: { _ in Reply.ok("all") }))
        let modern = Self.page()
        defer { [legacyOnly, everything, modern].forEach { $0.stop() } }
        let prober = try Self.prober(["old.shangjia.test": legacyOnly, "all.shangjia.test": everything, "new.shangjia.test": modern])
        let old = prober.fetch("https://old.shangjia.test:\(legacyOnly.port)/")
        XCTAssertEqual(old.failure?.kind, .noCommonProtocol, "\(String(describing: old.failure))")
        XCTAssertEqual(prober.legacyProtocols(host: "old.shangjia.test", port: Int(legacyOnly.port)), .accepted("TLSv1.1"))
        XCTAssertEqual(prober.fetch("https://all.shangjia.test:\(everything.port)/").final?.status, 200)
        XCTAssertEqual(prober.legacyProtocols(host: "all.shangjia.test", port: Int(everything.port)), .accepted("TLSv1.1"))
        XCTAssertEqual(prober.legacyProtocols(host: "new.shangjia.test", port: Int(modern.port)), .refused)
    }

    func testRedirectsAreFollowedUpToFiveAndNeverToHTTP() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { request in
            switch request.path {
            case "/start": return Reply.redirect(to: "/next", status: "302 Found")
            case "/next": return Reply.ok("arrived")
            case "/plain": return Reply.redirect(to: "http://good.shangjia.test/")
            default: return Reply.redirect(to: "/loop\(request.path.count)")
            }
        }))
        defer { server.stop() }
        let prober = try Self.prober(["good.shangjia.test": server])
        let base = "https://good.shangjia.test:\(server.port)"
        let followed = prober.fetch(base + "/start")
        XCTAssertEqual(followed.responses.map(\.status), [302, 200])
        XCTAssertEqual(followed.final?.url, base + "/next")
        let insecure = prober.fetch(base + "/plain")
        XCTAssertEqual(insecure.failure?.kind, .insecureRedirect)
        XCTAssertEqual(insecure.failure?.detail, "http://good.shangjia.test/")
        let looping = prober.fetch(base + "/loop")
        XCTAssertEqual(looping.failure?.kind, .tooManyRedirects)
        XCTAssertEqual(looping.responses.count, 6, "the address and 5 redirects")
    }

    func testARedirectToAServerWithABadCertificateStopsThere() throws {
        let untrusted = TestServer(.tls(TestServer.TLSSetup(chain: ["self.pem"], key: "self.key"), handler: { _ in Reply.ok("elsewhere") }))
        let server = TestServer(.tls(.leaf("good"), handler: { _ in Reply.redirect(to: "https://self.shangjia.test:\(untrusted.port)/") }))
        defer { [server, untrusted].forEach { $0.stop() } }
        let prober = try Self.prober(["good.shangjia.test": server, "self.shangjia.test": untrusted])
        let fetch = prober.fetch("https://good.shangjia.test:\(server.port)/")
        XCTAssertEqual(fetch.failure?.kind, .untrustedRedirectTarget)
        XCTAssertEqual(fetch.failure?.url, "https://self.shangjia.test:\(untrusted.port)/")
        XCTAssertEqual(fetch.tls?.verifyErrors, [], "the address's own certificate is fine")
    }

    func testChunkedAndGzipBodiesAreDecoded() throws {
        let compressed = try gzip("<p>" + String(repeating: "压缩", count: 500) + "</p>")
        let server = TestServer(.tls(.leaf("good"), handler: { request in
            if request.path == "/gzip" {
                return [.send(Array("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: \(compressed.count)\r\n\r\n".utf8) + compressed)]
            }
            return [.send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))] + Reply.chunked(["<html>", "<body>分块", "</body></html>"])
        }))
        defer { server.stop() }
        let prober = try Self.prober(["good.shangjia.test": server])
        let chunked = prober.fetch("https://good.shangjia.test:\(server.port)/chunked")
        XCTAssertEqual(chunked.final.map { String(decoding: $0.body, as: UTF8.self) }, "<html><body>分块</body></html>")
        let inflated = prober.fetch("https://good.shangjia.test:\(server.port)/gzip")
        XCTAssertEqual(inflated.final.map { String(decoding: $0.body, as: UTF8.self) }, "<p>" + String(repeating: "压缩", count: 500) + "</p>")
    }

    func testANameResolvingToLoopbackIsNeverConnected() throws {
        let server = Self.page()
        defer { server.stop() }
        // Not pinned: the system resolves localhost to a loopback address, which is not public.
        let fetch = try Self.prober([:]).fetch("https://localhost:\(server.port)/")
        guard case .nonPublicAddress(let address)? = fetch.failure?.kind else { return XCTFail("\(String(describing: fetch.failure))") }
        XCTAssertTrue(address == "127.0.0.1" || address == "::1", address)
        XCTAssertEqual(server.accepted, 0)
    }

    func testARefusedConnection() throws {
        let port = TestServer.closedPort()
        var settings = NetworkProber.Settings()
        settings.pinned = ["closed.shangjia.test:\(port)": ["127.0.0.1"]]
        settings.caFile = TestServer.fixture("root.pem")
        let fetch = try NetworkProber(settings: settings).fetch("https://closed.shangjia.test:\(port)/")
        XCTAssertEqual(fetch.failure?.kind, .connectionRefused)
    }

    func testThroughACONNECTProxyOnLoopback() throws {
        let server = Self.page("via proxy")
        let proxy = TestServer(.connectProxy(port: server.port))
        defer { [server, proxy].forEach { $0.stop() } }
        let environment = ["https_proxy": "http://user:p%40ss@127.0.0.1:\(proxy.port)"]
        let fetch = try Self.prober(["good.shangjia.test": server], environment: environment).fetch("https://good.shangjia.test:\(server.port)/")
        XCTAssertEqual(fetch.final.map { String(decoding: $0.body, as: UTF8.self) }, "via proxy")
        let connect = try XCTUnwrap(proxy.requests.first)
        XCTAssertTrue(connect.hasPrefix("CONNECT good.shangjia.test:\(server.port) HTTP/1.1\r\n"), connect)
        XCTAssertTrue(connect.contains("Proxy-Authorization: Basic \(Data("user:p@ss".utf8).base64EncodedString())\r\n"), connect)
    }

    func testNoProxyBypassesTheProxy() throws {
        let settings = try XCTUnwrap(ProxySettings.from(environment: ["HTTPS_PROXY": "proxy.corp:3128", "no_proxy": "localhost, .gov.cn"]).get())
        XCTAssertEqual(settings.port, 3128)
        XCTAssertFalse(settings.applies(to: "ybfw.hangzhou.gov.cn"))
        XCTAssertFalse(settings.applies(to: "gov.cn"))
        XCTAssertTrue(settings.applies(to: "example.com"))
        XCTAssertEqual(ProxySettings.from(environment: ["https_proxy": "socks5://p:1"]), .failure(.unsupportedScheme("socks5")))
    }

    func testAnUnreadableCAFileIsAProblem() {
        XCTAssertThrowsError(try Self.prober([:], caFile: "/nonexistent/roots.pem"))
    }

    func testOneFetchPerDistinctAddress() throws {
        let server = Self.page()
        defer { server.stop() }
        let prober = try Self.prober(["good.shangjia.test": server])
        let url = "https://good.shangjia.test:\(server.port)/"
        prober.prefetch([url, url, "HTTPS://GOOD.shangjia.test:\(server.port)/#a"])
        for _ in 0..<3 { XCTAssertEqual(prober.fetch(url).final?.status, 200) }
        XCTAssertEqual(server.requests.count, 1)
    }

    private func gzip(_ text: String) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shangjia-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("body")
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-n", file.path]
        try process.run()
        process.waitUntilExit()
        return Array(try Data(contentsOf: folder.appendingPathComponent("body.gz")))
    }
}
