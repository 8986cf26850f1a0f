import COpenSSL
import Foundation
import ShangjiaCLI
import XCTest

/// `shangjia lint --online` end to end, in-process, against servers on 127.0.0.1: the online
/// rules' findings, at the address's pointer, with the spec's severity.
final class OnlineLintTests: XCTestCase {
    static let onlineRules: Set<String> = ["url-reachable", "tls-certificate", "tls-protocol", "monitoring-scripts", "page-response-time"]

    struct Outcome {
        let status: Int32
        let findings: [(rule: String, path: String, severity: String, message: String)]
        let stderr: String
    }

    /// Lints `manifest` with the given arguments; `names` are pinned to 127.0.0.1 on their server's port.
    func lint(_ manifest: String, names: [String: TestServer], extra: [String] = ["--online"], lang: String = "en") throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shangjia-online-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = manifest
        for (name, server) in names { text = text.replacingOccurrences(of: "{\(name)}", with: "\(name):\(server.port)") }
        let file = folder.appendingPathComponent("manifest.json")
        try Data(text.utf8).write(to: file)
        var arguments = ["lint", "--format", "json", "--today", "2026-11-23", "--lang", lang, "--timeout", "8",
                         "--ca-file", TestServer.fixture("root.pem")] + extra
        for (name, server) in names { arguments += ["--resolve", "\(name):\(server.port):127.0.0.1"] }
        var out = "", err = ""
        let console = Console(stdout: { out += $0 }, stderr: { err += $0 }, environment: [:], now: { 1_795_476_800 })
        let status = CLI.run(arguments + [file.path], console: console)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], err)
        let manifests = try XCTUnwrap(report["manifests"] as? [[String: Any]])
        let findings = (manifests.first?["findings"] as? [[String: Any]] ?? []).compactMap { finding -> (String, String, String, String)? in
            guard let rule = finding["rule"] as? String, Self.onlineRules.contains(rule) else { return nil }
            return (rule, finding["path"] as! String, finding["severity"] as! String, finding["message"] as! String)
        }
        return Outcome(status: status, findings: findings, stderr: err)
    }

    func summary(_ outcome: Outcome) -> [String] {
        outcome.findings.map { "\($0.rule) \($0.path) \($0.severity)" }.sorted()
    }

    static let bothSDKs = #"<script src="https://wpkgate-emas.ding.zj.gov.cn/static/wpk-jssdk.1.0.2/wpkReporter.js"></script><script>aplus_queue.push({action: 'aplus.setMetaInfo'})</script>"#

    func testAPortfolioOfServers() throws {
        let good = TestServer(.tls(.leaf("good"), handler: { request in
            request.path == "/health" ? Reply.ok("down", status: "503 Service Unavailable") : Reply.ok(Self.bothSDKs)
        }))
        let legacy = TestServer(.tls(.init(chain: ["good.pem", "intermediate.pem"], key: "good.key", lowest: TLS1_VERSION, highest: TLS1_3_VERSION),
                                     handler: { _ in Reply.ok("home") }))
        let soon = TestServer(.tls(.leaf("soon"), handler: { _ in Reply.ok("ok") }))
        defer { [good, legacy, soon].forEach { $0.stop() } }
        let outcome = try lint("""
            {"governance": {"releaseType": "H5", "mobileUrl": "https://{gov.shangjia.test}/h5/", "healthUrl": "https://{gov.shangjia.test}/health"},
             "shanghai": {"homeUrl": "https://{sh.shangjia.test}/", "healthUrl": "https://{soon.shangjia.test}/health"}}
            """, names: ["gov.shangjia.test": good, "sh.shangjia.test": legacy, "soon.shangjia.test": soon])
        XCTAssertEqual(summary(outcome), [
            "tls-certificate /shanghai/healthUrl warning",
            "tls-protocol /shanghai/homeUrl error",
            "url-reachable /governance/healthUrl error",
        ], outcome.stderr)
        let messages = outcome.findings.map(\.message).joined(separator: "\n")
        XCTAssertTrue(messages.contains("HTTP 503"), messages)
        XCTAssertTrue(messages.contains("expires on 2026-12-10, in 17 days"), messages)
        XCTAssertTrue(messages.contains("still accepts the old protocol TLSv1.1"), messages)
        XCTAssertEqual(outcome.status, 1)
    }

    func testCertificateFindingsSitAtEveryAddressOfTheHost() throws {
        let expired = TestServer(.tls(.leaf("expired"), handler: { _ in Reply.ok("ok") }))
        let incomplete = TestServer(.tls(.leaf("good", withIntermediate: false), handler: { _ in Reply.ok("ok") }))
        defer { [expired, incomplete].forEach { $0.stop() } }
        let outcome = try lint("""
            {"service": {"mobileUrl": "https://{old.shangjia.test}/m", "pcUrl": "https://{old.shangjia.test}/pc", "healthUrl": "https://{chain.shangjia.test}/"}}
            """, names: ["old.shangjia.test": expired, "chain.shangjia.test": incomplete])
        XCTAssertEqual(summary(outcome), [
            "tls-certificate /service/healthUrl error",
            "tls-certificate /service/mobileUrl error",
            "tls-certificate /service/pcUrl error",
        ])
        XCTAssertTrue(outcome.findings.contains { $0.message.contains("expired on 2026-01-01 (326 days ago)") }, "\(outcome.findings.map(\.message))")
        XCTAssertTrue(outcome.findings.contains { $0.message.contains("sends no intermediate") }, "\(outcome.findings.map(\.message))")
    }

    func testALegacyOnlyServerIsAProtocolFindingNotAnUnreachableOne() throws {
        let old = TestServer(.tls(.init(chain: ["good.pem", "intermediate.pem"], key: "good.key", lowest: TLS1_VERSION, highest: TLS1_1_VERSION),
                                  handler: { _ in Reply.ok("old") }))
        let both = TestServer(.tls(.init(chain: ["good.pem", "intermediate.pem"], key: "good.key", lowest: TLS1_VERSION, highest: TLS1_3_VERSION),
                                   handler: { _ in Reply.ok("both") }))
        defer { [old, both].forEach { $0.stop() } }
        let outcome = try lint(#"{"service": {"mobileUrl": "https://{old.shangjia.test}/", "pcUrl": "https://{both.shangjia.test}/"}}"#,
                               names: ["old.shangjia.test": old, "both.shangjia.test": both])
        XCTAssertEqual(summary(outcome), ["tls-protocol /service/mobileUrl error", "tls-protocol /service/pcUrl warning"])
        XCTAssertTrue(outcome.findings.contains { $0.message.contains("supports neither TLS 1.2 nor TLS 1.3; it accepts only old protocols such as TLSv1.1") })
    }

    func testMonitoringSDKs() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { request in
            switch request.path {
            case "/both/": return Reply.ok(Self.bothSDKs)
            case "/one/": return Reply.ok("<script>aplus_queue.push({})</script>")
            case "/script/": return Reply.ok(#"<script src="/static/app.js?v=1&amp;x=2"></script><script src="https://cdn.other.test/x.js"></script>"#)
            case "/static/app.js?v=1&x=2": return Reply.ok("var a = new wpkReporter({}); aplus_queue.push({})")
            default: return Reply.ok("<p>no sdk</p>")
            }
        }))
        defer { server.stop() }
        func missing(_ path: String) throws -> [String] {
            let outcome = try lint(#"{"governance": {"releaseType": "H5", "mobileUrl": "https://{app.shangjia.test}\#(path)"}}"#,
                                   names: ["app.shangjia.test": server])
            return outcome.findings.filter { $0.rule == "monitoring-scripts" }.map(\.message)
        }
        XCTAssertEqual(try missing("/both/"), [])
        XCTAssertEqual(try missing("/script/"), [])
        let one = try missing("/one/")
        XCTAssertEqual(one.count, 1)
        XCTAssertTrue(one[0].contains("stability-monitoring SDK") && !one[0].contains("traffic"), one[0])
        let none = try missing("/none/")
        XCTAssertTrue(none.count == 1 && none[0].contains("stability-monitoring SDK") && none[0].contains("traffic-analytics SDK"), "\(none)")
    }

    func testASlowPage() throws {
        let slow = TestServer(.tls(.leaf("good"), handler: { _ in [.sleep(6)] + Reply.ok("slow") }))
        defer { slow.stop() }
        let outcome = try lint(#"{"shanghai": {"homeUrl": "https://{slow.shangjia.test}/"}}"#, names: ["slow.shangjia.test": slow])
        XCTAssertEqual(summary(outcome), ["page-response-time /shanghai/homeUrl warning"])
        XCTAssertTrue(outcome.findings[0].message.contains("took 6."), outcome.findings[0].message)
    }

    func testChineseMessagesByDefault() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { _ in Reply.redirect(to: "http://plain.shangjia.test/") }))
        defer { server.stop() }
        let outcome = try lint(#"{"service": {"mobileUrl": "https://{app.shangjia.test}/"}}"#, names: ["app.shangjia.test": server], lang: "zh")
        XCTAssertEqual(summary(outcome), ["url-reachable /service/mobileUrl error"])
        XCTAssertTrue(outcome.findings[0].message.contains("重定向到了非 https 地址 http://plain.shangjia.test/"), outcome.findings[0].message)
    }

    /// A certificate for other names says which names it does hold, so the owner knows what was deployed.
    func testAWrongHostNamesTheCertificatesNames() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { _ in Reply.ok("page") }))
        defer { server.stop() }
        let outcome = try lint(#"{"service": {"mobileUrl": "https://{app.example.test}/"}}"#, names: ["app.example.test": server])
        XCTAssertEqual(summary(outcome), ["tls-certificate /service/mobileUrl error"])
        XCTAssertTrue(outcome.findings[0].message.contains("does not name app.example.test (it names *.shangjia.test, shangjia.test)"),
                      outcome.findings[0].message)
    }

    /// Without `--online` nothing connects, even with `--resolve` given; with it, the server is reached.
    func testNoSocketWithoutOnline() throws {
        let server = TestServer(.tls(.leaf("good"), handler: { _ in Reply.ok("ok") }))
        defer { server.stop() }
        let manifest = #"{"service": {"mobileUrl": "https://{app.shangjia.test}/"}}"#
        let offline = try lint(manifest, names: ["app.shangjia.test": server], extra: [])
        XCTAssertTrue(offline.findings.isEmpty)
        XCTAssertEqual(server.accepted, 0)
        _ = try lint(manifest, names: ["app.shangjia.test": server])
        XCTAssertGreaterThan(server.accepted, 0)
    }

    func testOnlineOptionsAreChecked() throws {
        var err = ""
        let console = Console(stdout: { _ in }, stderr: { err += $0 }, environment: [:], now: { 0 })
        XCTAssertEqual(CLI.run(["lint", "--online", "--resolve", "app.example.cn:443", "x.json"], console: console), 2)
        XCTAssertTrue(err.contains("HOST:PORT:ADDRESS"), err)
        err = ""
        let missingCA = Console(stdout: { _ in }, stderr: { err += $0 }, environment: [:], now: { 0 })
        XCTAssertEqual(CLI.run(["lint", "--online", "--ca-file", "/nonexistent.pem", TestServer.fixture("../../../samples/clean-service/manifest.json")], console: missingCA), 2)
        XCTAssertTrue(err.contains("/nonexistent.pem"), err)
    }
}
