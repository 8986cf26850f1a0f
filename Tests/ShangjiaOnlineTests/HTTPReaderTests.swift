import ShangjiaOnline
import XCTest

/// The HTTP/1.1 reader on recorded bytes, split across reads at every size: framing must not
/// depend on where a read ends.
final class HTTPReaderTests: XCTestCase {
    func read(_ text: String, pieceSize: Int) -> Result<Response, Failure> {
        HTTP.response(from: Array(text.utf8), pieceSize: pieceSize)
    }

    func testFramingIsTheSameWhateverTheReadSize() throws {
        let responses = [
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;ext=1\r\nhe\r\n3\r\nllo\r\n0\r\nTrailer: x\r\n\r\n",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\n\nhello",
        ]
        for text in responses {
            for pieceSize in [1, 2, 3, 7, 4096] {
                let response = try read(text, pieceSize: pieceSize).get()
                XCTAssertEqual(response.status, 200, "\(pieceSize): \(text)")
                XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "hello", "\(pieceSize): \(text)")
            }
        }
    }

    func testBrokenFramingIsAFailure() {
        let cases: [(String, Failure.Kind)] = [
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", .malformedResponse),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n0\r\n\r\n", .malformedResponse),
            ("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", .malformedResponse),
            // Found by the fuzzer: a signed chunk size read as a negative length.
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-E\r\n", .malformedResponse),
            ("SSH-2.0-OpenSSH\r\n\r\n", .malformedResponse),
            ("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhello", .truncatedBody(received: 5, announced: 9)),
            ("", .connectionFailed),
            ("HTTP/1.1 200 OK\r\nX: y", .malformedResponse),
        ]
        for (text, kind) in cases {
            guard case .failure(let failure) = read(text, pieceSize: 3) else { XCTFail("accepted: \(text)"); continue }
            XCTAssertEqual(failure.kind, kind, text)
        }
    }

    /// Found by the fuzzer: a server's bytes in a failure's detail reached messages raw.
    func testServerBytesInAFailureAreEscaped() {
        guard case .failure(let failure) = read("HTTP/1.1 200 OK\r\nContent-Length:\u{0}t\r\n\r\nok", pieceSize: 5) else { return XCTFail() }
        XCTAssertEqual(failure.kind, .malformedResponse)
        XCTAssertFalse(failure.detail.unicodeScalars.contains { $0.value < 0x20 }, failure.detail)
    }

    func testRedirectTargetsResolveAgainstTheAddress() throws {
        let base = try XCTUnwrap(HTTPAddress("https://Example.GOV.cn:443/a/b/page?q=1#top"))
        XCTAssertEqual(base.canonical, "https://example.gov.cn/a/b/page?q=1")
        XCTAssertEqual(base.resolving("/root")?.canonical, "https://example.gov.cn/root")
        XCTAssertEqual(base.resolving("next?x")?.canonical, "https://example.gov.cn/a/b/next?x")
        XCTAssertEqual(base.resolving("?only")?.canonical, "https://example.gov.cn/a/b/page?only")
        XCTAssertEqual(base.resolving("//cdn.example.cn/x")?.canonical, "https://cdn.example.cn/x")
        XCTAssertEqual(base.resolving("http://plain.example.cn/")?.isHTTPS, false)
        XCTAssertEqual(HTTPAddress("https://[2001:db8::1]:8443/x")?.connectAuthority, "[2001:db8::1]:8443")
        XCTAssertNil(HTTPAddress("https://user@host/"))
        XCTAssertNil(HTTPAddress("ftp://host/"))
        XCTAssertEqual(HTTPAddress("https://host/路径 x")?.target, "/%E8%B7%AF%E5%BE%84%20x")
    }
}
