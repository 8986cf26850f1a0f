import Foundation
import ShangjiaOnline
import XCTest

/// Servers that stall, trickle, lie or send garbage: each gives a failure within the time
/// allowed and within the byte limits, never a hang or a crash.
final class HostileServerTests: XCTestCase {
    /// Fetches from a raw (non-TLS) or TLS server and returns the failure and the seconds it took.
    func probe(_ server: TestServer, timeout: Double = 2) throws -> (Fetch, Double) {
        defer { server.stop() }
        let prober = try ProberTests.prober(["bad.shangjia.test": server], timeout: timeout)
        let started = Date()
        let fetch = prober.fetch("https://bad.shangjia.test:\(server.port)/")
        return (fetch, Date().timeIntervalSince(started))
    }

    func testAServerThatAcceptsAndNeverAnswers() throws {
        let (fetch, seconds) = try probe(TestServer(.raw([.sleep(8)])))
        XCTAssertEqual(fetch.failure?.kind, .timedOut(step: .handshake))
        XCTAssertLessThan(seconds, 3, "bounded by the 2 s timeout")
    }

    func testGarbageInsteadOfTLS() throws {
        let (fetch, _) = try probe(TestServer(.raw([.send(Array("HTTP/1.1 400 Bad Request\r\n\r\nplain http here".utf8))])))
        XCTAssertEqual(fetch.failure?.kind, .handshakeFailed, "\(String(describing: fetch.failure))")
    }

    func testAResetDuringTheHandshake() throws {
        let (fetch, _) = try probe(TestServer(.raw([.close])))
        XCTAssertEqual(fetch.failure?.kind, .handshakeFailed, "\(String(describing: fetch.failure))")
    }

    func testATricklingServerIsCutAtTheTimeout() throws {
        let drip = (0..<20).flatMap { _ in [TestServer.Step.send(Array("x".utf8)), .sleep(0.3)] }
        let server = TestServer(.tls(.leaf("good"), handler: { _ in [.send(Array("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".utf8))] + drip }))
        let (fetch, seconds) = try probe(server)
        XCTAssertEqual(fetch.failure?.kind, .timedOut(step: .body))
        XCTAssertLessThan(seconds, 3)
    }

    func testHeadersOver64KiB() throws {
        let header = Array("HTTP/1.1 200 OK\r\n".utf8) + Array(repeating: Array("X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".utf8), count: 5000).flatMap { $0 }
        let server = TestServer(.tls(.leaf("good"), handler: { _ in [.send(header)] }))
        let (fetch, _) = try probe(server)
        XCTAssertEqual(fetch.failure?.kind, .headersTooLarge)
    }

    func testAContentLengthThatLies() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { _ in [.send(Array("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nshort".utf8)), .close] }))
        let (fetch, _) = try probe(server)
        XCTAssertEqual(fetch.failure?.kind, .truncatedBody(received: 5, announced: 1000))
    }

    func testConflictingContentLengths() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { _ in [.send(Array("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!".utf8))] }))
        let (fetch, _) = try probe(server)
        XCTAssertEqual(fetch.failure?.kind, .malformedResponse)
    }

    func testAHugeBodyIsCutAtOneMebibyte() throws {
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)
        let server = TestServer(.tls(.leaf("good"), handler: { _ in [.send(Array("HTTP/1.1 200 OK\r\n\r\n".utf8) + body)] }))
        let (fetch, _) = try probe(server, timeout: 5)
        XCTAssertEqual(fetch.final?.body.count, 1 << 20)
        XCTAssertEqual(fetch.final?.bodyTruncated, true)
    }

    func testAGzipBombStopsAtFourMebibytes() throws {
        // 64 MiB of zeros, gzipped to ~64 KB.
        let bomb = try Self.gzippedZeros(64 << 20)
        let server = TestServer(.tls(.leaf("good"), handler: { _ in
            [.send(Array("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: \(bomb.count)\r\n\r\n".utf8) + bomb)]
        }))
        let (fetch, _) = try probe(server, timeout: 5)
        XCTAssertEqual(fetch.final?.body.count, 4 << 20)
        XCTAssertEqual(fetch.final?.bodyTruncated, true)
    }

    func testNotHTTPAfterTheHandshake() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { _ in [.send([0, 1, 2, 0x1B, 0x5B, 0x32, 0x4A, 0x0D, 0x0A, 0x0D, 0x0A])] }))
        let (fetch, _) = try probe(server)
        XCTAssertEqual(fetch.failure?.kind, .malformedResponse)
        XCTAssertFalse(fetch.failure!.detail.unicodeScalars.contains { $0.value < 0x20 }, "control bytes are escaped: \(fetch.failure!.detail)")
    }

    static func gzippedZeros(_ count: Int) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c \(count) /dev/zero | gzip -n"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
