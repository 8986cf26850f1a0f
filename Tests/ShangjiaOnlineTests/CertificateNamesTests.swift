import ShangjiaOnline
import XCTest
@testable import ShangjiaCore

/// tls-certificate's wrong-host sentence: the names the certificate holds, a bounded list.
final class CertificateNamesTests: XCTestCase {
    func leaf(names: [String]) -> Certificate {
        Certificate(subject: "/CN=portal", issuer: "/CN=Test CA", notAfter: UTCTime(year: 2027, month: 1, day: 1), keyType: "RSA", keyBits: 2048,
                    signatureDigest: "SHA256", selfSigned: false, names: names)
    }

    func testAtMostFiveNamesThenHowManyMore() {
        let many = leaf(names: (1...7).map { "n\($0).example.test" })
        XCTAssertEqual(TlsCertificate.namesOtherHosts("x.test", many).en,
                       "does not name x.test (it names n1.example.test, n2.example.test, n3.example.test, n4.example.test, n5.example.test and 2 more)")
        XCTAssertEqual(TlsCertificate.namesOtherHosts("x.test", many).zh,
                       "不包含域名 x.test（证书只用于 n1.example.test、n2.example.test、n3.example.test、n4.example.test、n5.example.test 等 7 个名称）")
        XCTAssertEqual(TlsCertificate.namesOtherHosts("x.test", leaf(names: ["a.test", "10.0.0.1"])).en, "does not name x.test (it names a.test, 10.0.0.1)")
    }

    func testWithoutSubjectAltNameTheSubjectIsShown() {
        XCTAssertEqual(TlsCertificate.namesOtherHosts("x.test", leaf(names: [])).en, "does not name x.test (its subject is /CN=portal)")
    }
}
