import Foundation
@testable import ShangjiaCLI
import XCTest

/// The command line as users type it: option forms, help, suggestions, diagnostics in --lang.
final class CommandLineTests: XCTestCase {
    /// A manifest with one warning (an unknown key) and nothing else, every other rule off.
    static let warningOnly = #"{"shanghai": {}, "extra": 1}"#
    static let quietConfig = #"{"rules": {"required-field": "off", "url-required": "off", "shanghai-reports": "off"}}"#

    func testArgumentTable() throws {
        let folder = try Harness.tree(["app/manifest.json": Self.warningOnly, ".shangjia.json": Self.quietConfig])
        let manifest = folder + "/app/manifest.json"
        let config = folder + "/.shangjia.json"
        struct Case {
            let arguments: [String]
            let status: Int32
            var stdout: String? = nil
            var stderr: String? = nil
        }
        let cases: [Case] = [
            Case(arguments: ["lint", "--help"], status: 0, stdout: "usage: shangjia lint [options] <manifest.json | directory | ->..."),
            Case(arguments: ["lint", "-h"], status: 0, stdout: "-f, --format FORMAT"),
            Case(arguments: ["rules", "--help"], status: 0, stdout: "usage: shangjia rules"),
            Case(arguments: ["explain", "--help"], status: 0, stdout: "usage: shangjia explain <rule-id>"),
            Case(arguments: ["init", "--help"], status: 0, stdout: "usage: shangjia init"),
            Case(arguments: ["schema", "--help"], status: 0, stdout: "usage: shangjia schema"),
            Case(arguments: ["help", "lint"], status: 0, stdout: "--write-baseline FILE"),
            Case(arguments: ["form", "--help"], status: 0, stdout: "usage: shangjia form"),
            Case(arguments: ["statement", "-h"], status: 0, stdout: "usage: shangjia statement"),
            Case(arguments: ["statment", manifest], status: 2, stderr: "是否想写 shangjia statement？"),
            Case(arguments: ["form", "--target", "govenance", manifest], status: 2, stderr: "是否想写 governance？"),
            Case(arguments: ["-V"], status: 0, stdout: "shangjia 0.1.0\n"),
            Case(arguments: ["--version"], status: 0, stdout: "shangjia 0.1.0\n"),
            Case(arguments: ["lnt", manifest], status: 2, stderr: "未知命令 “lnt”，是否想写 shangjia lint？"),
            Case(arguments: ["lnt", "--lang", "en"], status: 2, stderr: "unknown command 'lnt'; did you mean 'shangjia lint'?"),
            Case(arguments: ["lint", "--format=json", "--config=" + config, manifest], status: 0, stdout: "\"reportVersion\": 1"),
            Case(arguments: ["lint", "-f", "json", "-c", config, manifest], status: 0, stdout: "\"warnings\": 1"),
            Case(arguments: ["lint", "-c", config, "-q", manifest], status: 0, stdout: "1 个清单：0 个错误，0 个警告"),
            Case(arguments: ["lint", "-c", config, "-j", "2", "-o", folder + "/r.txt", manifest], status: 0, stdout: ""),
            Case(arguments: ["lint", "--formt=json", manifest], status: 2, stderr: "lint 没有选项 “--formt”，是否想写 --format？"),
            Case(arguments: ["lint", "--lang=en", "--formt", "json", manifest], status: 2, stderr: "unknown option '--formt' for lint; did you mean '--format'?"),
            Case(arguments: ["lint", "-format", "json", manifest, "--lang", "en"], status: 2, stderr: "did you mean '--format'?"),
            Case(arguments: ["lint", "--lang", "en", "-f", "jsno", manifest], status: 2, stderr: "--format does not take 'jsno'; did you mean 'json'?"),
            Case(arguments: ["lint", "--lang", "cn", manifest], status: 2, stderr: "--lang 不认识 “cn”，是否想写 zh？"),
            Case(arguments: ["lint", "--lang", "english", manifest], status: 2, stderr: "是否想写 en？"),
            Case(arguments: ["lint", "--lang", "en", "--strict=yes", manifest], status: 2, stderr: "--strict takes no value"),
            Case(arguments: ["lint", "--lang", "en", manifest, "--max-warnings"], status: 2, stderr: "--max-warnings needs a value (N)"),
            Case(arguments: ["lint", "--lang", "en", "--max-warnings", "x", manifest], status: 2, stderr: "--max-warnings needs a whole number"),
            Case(arguments: ["lint", "--lang", "en", "--timeout", "0", manifest], status: 2, stderr: "--timeout needs a whole number of at least 1"),
            Case(arguments: ["lint", "--lang", "en", "--resolve", "host:port:1.2.3.4", manifest], status: 2, stderr: "--resolve takes HOST:PORT:ADDRESS"),
            Case(arguments: ["lint", "-c", config, "--resolve", "a.example:443:127.0.0.1", "--ca-file", "x.pem", "--timeout=3", manifest], status: 0),
            Case(arguments: ["lint", "--lang", "en"], status: 2, stderr: "usage: shangjia lint"),
            Case(arguments: ["explain", "icon-fil-size"], status: 2, stderr: "未知规则 “icon-fil-size”，是否想写 icon-file-size？"),
            Case(arguments: ["explain", "icon-file-size", "--lang", "en"], status: 0, stdout: "# icon-file-size"),
            Case(arguments: ["init", "--target", "servce"], status: 2, stderr: "是否想写 service？"),
            Case(arguments: ["rules", "-f", "jsn"], status: 2, stderr: "是否想写 json？"),
            Case(arguments: ["lint", "--lang", "en", "/no/such/path"], status: 2, stderr: "no such file or directory: /no/such/path"),
            Case(arguments: ["lint", "/no/such/path"], status: 2, stderr: "没有这个文件或目录：/no/such/path"),
            Case(arguments: ["lint", "--lang", "en", "-c", "/no/such.json", manifest], status: 2, stderr: "cannot read /no/such.json: No such file or directory"),
            Case(arguments: ["lint", "-c", config, "-o", "/no/such/folder/r.txt", manifest, "--lang", "en"], status: 2, stderr: "cannot write /no/such/folder/r.txt:"),
            // `--` ends the options: a file named like one is still a path.
            Case(arguments: ["lint", "--lang", "en", "--", "--format"], status: 2, stderr: "no such file or directory: --format"),
        ]
        for entry in cases {
            let result = Harness.run(entry.arguments)
            let label = entry.arguments.joined(separator: " ")
            XCTAssertEqual(result.status, entry.status, "\(label)\n\(result.stderr)")
            if let stdout = entry.stdout {
                XCTAssertTrue(stdout.isEmpty ? result.stdout.isEmpty : result.stdout.contains(stdout), "\(label): stdout\n\(result.stdout)")
            }
            if let stderr = entry.stderr { XCTAssertTrue(result.stderr.contains(stderr), "\(label): stderr\n\(result.stderr)") }
            if entry.status == 2 { XCTAssertTrue(result.stdout.isEmpty, label) }
            // Never a Swift enum dump.
            XCTAssertFalse(result.stderr.contains("(\""), "\(label): \(result.stderr)")
        }
    }

    func testConfigRuleIdGetsASuggestion() throws {
        let folder = try Harness.tree(["manifest.json": Self.warningOnly, "c.json": #"{"rules": {"icon-fil-size": "off"}}"#])
        let result = Harness.run(["lint", "--lang", "en", "-c", folder + "/c.json", folder + "/manifest.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown rule 'icon-fil-size' in the config; did you mean 'icon-file-size'?"), result.stderr)
    }

    func testRulesAsJSONListEachParameterWithItsDefaultAndAllowedValues() throws {
        let result = Harness.run(["rules", "--format", "json"])
        XCTAssertEqual(result.status, 0)
        let rules = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let lineStyle = try XCTUnwrap(rules.first { $0["id"] as? String == "icon-line-style" })
        let parameters = try XCTUnwrap(lineStyle["parameters"] as? [[String: Any]])
        XCTAssertEqual(parameters.map { $0["name"] as? String }, ["maxSurvivalPercent", "minSolidityPercent"])
        XCTAssertEqual(parameters[0]["default"] as? Int, 10)
        XCTAssertEqual(parameters[1]["default"] as? Int, 55)
        XCTAssertEqual((parameters[0]["allowed"] as? [String: String])?["en"], "an integer from 0 to 100")
        let quotes = try XCTUnwrap(rules.first { $0["id"] as? String == "app-name-quotes" }?["parameters"] as? [[String: Any]])
        XCTAssertEqual(quotes[0]["default"] as? [String], ["浙里办", "浙政钉", "政务服务网"])
        XCTAssertEqual((rules.first { $0["id"] as? String == "app-id-unique" }?["parameters"] as? [Any])?.count, 0)
    }

    func testAConfigParameterOutOfRangeIsExitTwoInTheChosenLanguage() throws {
        let folder = try Harness.tree(["manifest.json": Self.warningOnly, "c.json": #"{"rules": {"icon-file-size": {"maxBytes": -1}}}"#])
        let english = Harness.run(["lint", "--lang", "en", "-c", folder + "/c.json", folder + "/manifest.json"])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.stderr.contains("icon-file-size.maxBytes is -1; it must be an integer of at least 0"), english.stderr)
        let chinese = Harness.run(["lint", "-c", folder + "/c.json", folder + "/manifest.json"])
        XCTAssertEqual(chinese.status, 2)
        XCTAssertTrue(chinese.stderr.contains("icon-file-size.maxBytes 为 -1，应为不小于 0 的整数"), chinese.stderr)
    }

    // MARK: - discovery

    func testDiscoverySkipsWebManifestsNodeModulesAndExcludedFolders() throws {
        let listing = #"{"manifestVersion": 1, "shanghai": {}, "extra": 1}"#
        let folder = try Harness.tree([
            "listing/manifest.json": listing,
            "web/public/manifest.json": #"{"name": "My PWA", "short_name": "pwa", "icons": [{"src": "icon.png"}], "start_url": "/"}"#,
            "web/node_modules/pkg/manifest.json": listing,
            "fixtures/old/manifest.json": listing,
            "build/a.shangjia.json": listing,
            "broken/manifest.json": "{\"name\": ",
            ".shangjia.json": Self.quietConfig,
        ])
        let result = Harness.run(["lint", "--lang", "en", "--exclude", "fixtures", "--exclude", "**/a.*.json", "."], directory: folder)
        XCTAssertTrue(result.stdout.contains("listing/manifest.json"), result.stdout)
        XCTAssertTrue(result.stdout.contains("broken/manifest.json"), "a manifest that is not JSON is still linted")
        XCTAssertFalse(result.stdout.contains("web/"), result.stdout)
        XCTAssertFalse(result.stdout.contains("fixtures/"), result.stdout)
        XCTAssertFalse(result.stdout.contains("a.shangjia.json"), result.stdout)
        XCTAssertTrue(result.stdout.contains("2 manifests: 1 error, 1 warning, 0 infos (1 manifest.json skipped: not a shangjia manifest; config: .shangjia.json)"), result.stdout)
        XCTAssertEqual(result.status, 1)

        // Named on the command line, a web manifest is linted all the same.
        let named = Harness.run(["lint", "--format", "json", "web/public/manifest.json"], directory: folder)
        XCTAssertTrue(named.stdout.contains("\"manifests\": 1"), named.stdout)
        // Only web manifests: nothing to lint is exit 2, saying why.
        let onlyWeb = Harness.run(["lint", "--lang", "en", "web"], directory: folder)
        XCTAssertEqual(onlyWeb.status, 2)
        XCTAssertTrue(onlyWeb.stderr.contains("no shangjia manifest in web (1 manifest.json skipped"), onlyWeb.stderr)
    }

    /// The issue's scenario: a repository with a web app, a listing manifest and a config.
    func testLintDotAtARepositoryRootDoesWhatTheUserMeant() throws {
        let root = try Harness.tree([
            ".git/HEAD": "ref: refs/heads/main\n",
            ".shangjia.json": #"{"rules": {"icon-line-style": "warning"}}"#,
            "web/public/manifest.json": #"{"name": "政务门户", "short_name": "门户", "start_url": "/", "display": "standalone", "icons": []}"#,
            "web/node_modules/some-package/manifest.json": #"{"manifestVersion": 1}"#,
        ])
        try FileManager.default.copyItem(atPath: Harness.packageRoot + "/samples/clean-governance", toPath: root + "/listing")
        try FileManager.default.removeItem(atPath: root + "/listing/expected.json")
        let result = Harness.run(["lint", "--today", SampleTests.today, "."], directory: root)
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertEqual(result.stdout, "1 个清单：0 个错误，0 个警告，0 个提示（跳过 1 个不是 shangjia 清单的 manifest.json；配置：.shangjia.json）\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testGlobs() throws {
        let folder = try Harness.tree([
            "a/manifest.json": Self.warningOnly, "a/b/manifest.json": Self.warningOnly, "a/b/c/manifest.json": Self.warningOnly,
            "x1/manifest.json": Self.warningOnly, "x22/manifest.json": Self.warningOnly,
        ])
        func linted(_ excludes: [String]) -> [String] {
            let result = Harness.run(["lint", "--no-config", "--format", "json", "."] + excludes.flatMap { ["--exclude", $0] }, directory: folder)
            return result.stdout.split(separator: "\n").filter { $0.contains("\"file\": ") && $0.hasSuffix("manifest.json\",") && !$0.contains("findings") }
                .map { String($0.split(separator: "\"")[3]) }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        }
        XCTAssertEqual(linted([]).count, 5)
        XCTAssertEqual(linted(["a/b"]), ["./a/manifest.json", "./x1/manifest.json", "./x22/manifest.json"])
        XCTAssertEqual(linted(["a/*/c"]).count, 4)
        XCTAssertEqual(linted(["**/c"]).count, 4)
        XCTAssertEqual(linted(["**/manifest.json"]), [])
        XCTAssertEqual(linted(["x?"]), ["./a/b/c/manifest.json", "./a/b/manifest.json", "./a/manifest.json", "./x22/manifest.json"])
        XCTAssertEqual(linted(["x*"]).count, 3)
        XCTAssertEqual(linted(["./a"]), ["./x1/manifest.json", "./x22/manifest.json"])
    }

    func testStandardInput() throws {
        guard let binary = DeterminismTests.builtBinary() else { throw XCTSkip("the shangjia binary is not built") }
        let folder = try Harness.tree(["assets/icon.png": "not a png"])
        let result = try Self.runBinary(binary, ["lint", "--no-config", "--lang", "en", "--format", "json", "-"],
                                        input: #"{"service": {"name": "医保服务", "icon": "assets/icon.png"}}"#, directory: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("\"file\": \"<stdin>\""), result.stdout)
        // Paths inside are relative to the current folder: the icon is found, and is not a PNG.
        XCTAssertTrue(result.stdout.contains("\"related\": [{\"file\": \"assets/icon.png\"}]") || result.stdout.contains("icon-format"), result.stdout)
        XCTAssertFalse(result.stdout.contains("does not exist"), result.stdout)
        let twice = try Self.runBinary(binary, ["lint", "--lang", "en", "-", "-"], input: "{}", directory: folder)
        XCTAssertEqual(twice.status, 2)
    }

    static func runBinary(_ binary: String, _ arguments: [String], input: String, directory: String) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self), stderr: String(decoding: errors, as: UTF8.self))
    }

    // MARK: - config discovery

    func testConfigIsFoundUpwardAndStopsAtTheRepositoryRoot() throws {
        let root = try Harness.tree([
            "shangjia.config.json": #"{"rules": {"manifest-unknown-field": "error"}}"#,
            "repo/.git/HEAD": "ref: refs/heads/main\n",
            "repo/apps/one/manifest.json": Self.warningOnly,
        ])
        // Outside any repository folder the search would reach the top config; the .git folder stops it.
        let inRepo = Harness.run(["lint", "--lang", "en", "one"], directory: root + "/repo/apps")
        XCTAssertFalse(inRepo.stdout.contains("config:"), inRepo.stdout)
        try Self.quietConfig.write(toFile: root + "/repo/.shangjia.json", atomically: true, encoding: .utf8)
        let found = Harness.run(["lint", "--lang", "en", "one"], directory: root + "/repo/apps")
        XCTAssertEqual(found.status, 0, found.stdout)
        XCTAssertTrue(found.stdout.hasSuffix("1 manifest: 0 errors, 1 warning, 0 infos (config: ../.shangjia.json)\n"), found.stdout)
        // A config in the current folder wins over one further up; --no-config turns the search off.
        try #"{"rules": {"manifest-unknown-field": "off"}}"#.write(toFile: root + "/repo/apps/shangjia.config.json", atomically: true, encoding: .utf8)
        let nearer = Harness.run(["lint", "--lang", "en", "one"], directory: root + "/repo/apps")
        XCTAssertTrue(nearer.stdout.contains("(config: shangjia.config.json)"), nearer.stdout)
        let none = Harness.run(["lint", "--lang", "en", "--no-config", "one"], directory: root + "/repo/apps")
        XCTAssertEqual(none.status, 1)
        XCTAssertFalse(none.stdout.contains("config:"))
        // A broken found config is exit 2, naming the file.
        try #"{"rules": {"nope": "off"}}"#.write(toFile: root + "/repo/apps/shangjia.config.json", atomically: true, encoding: .utf8)
        let broken = Harness.run(["lint", "--lang", "en", "one"], directory: root + "/repo/apps")
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.hasPrefix("shangjia: shangjia.config.json: unknown rule 'nope'"), broken.stderr)
    }

    // MARK: - quiet, strict, max-warnings

    func testQuietLeavesOutWarningsButStrictStillCountsThem() throws {
        let folder = try Harness.tree(["manifest.json": Self.warningOnly, "c.json": Self.quietConfig])
        let arguments = ["lint", "-c", folder + "/c.json", folder + "/manifest.json"]
        let quiet = Harness.run(arguments + ["-q", "--format", "json"])
        XCTAssertFalse(quiet.stdout.contains("manifest-unknown-field"))
        let strict = Harness.run(arguments + ["-q", "--strict", "--lang", "en"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stderr, "shangjia: 1 warning, which fail the run under --strict\n")
        let over = Harness.run(arguments + ["--max-warnings", "0"])
        XCTAssertEqual(over.status, 1)
        XCTAssertEqual(over.stderr, "shangjia: 1 个警告，超过允许的 0 个（--max-warnings）\n")
        XCTAssertEqual(Harness.run(arguments + ["--max-warnings", "1"]).stderr, "")
    }

    // MARK: - baselines

    func testBaselineRoundTrip() throws {
        let folder = try Harness.tree(["app/manifest.json": #"{"shanghai": {}, "extra": 1, "service": {"name": 5}}"#])
        let manifest = folder + "/app/manifest.json"
        let baseline = folder + "/baseline.json"
        let first = Harness.run(["lint", "--no-config", "--write-baseline", baseline, manifest])
        XCTAssertEqual(first.status, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: baseline))

        // Everything known: exit 0, the findings kept but marked and counted in nothing.
        let again = Harness.run(["lint", "--no-config", "--baseline", baseline, "--format", "json", manifest])
        XCTAssertEqual(again.status, 0, again.stdout)
        XCTAssertTrue(again.stdout.contains("\"baselined\": true"))
        XCTAssertTrue(again.stdout.contains("\"errors\": 0, \"warnings\": 0") || again.stdout.contains("\"errors\": 0,\n"), again.stdout)
        let text = Harness.run(["lint", "--no-config", "--baseline", baseline, manifest])
        XCTAssertTrue(text.stdout.contains("已在基线中（不计数）："), text.stdout)
        XCTAssertTrue(text.stdout.contains("0 个错误，0 个警告，0 个提示，14 个在基线中"), text.stdout)
        // Messages are matched as written: a baseline holds the language it was written in.
        XCTAssertEqual(Harness.run(["lint", "--no-config", "--baseline", baseline, "--lang", "en", manifest]).status, 1)

        // Lines move and a new finding appears: only the new one is unmarked, and fails the run.
        try "{\n\n\n  \"shanghai\": {}, \"extra\": 1, \"more\": 2, \"service\": {\"name\": 5}}".write(toFile: manifest, atomically: true, encoding: .utf8)
        let json = Harness.run(["lint", "--no-config", "--baseline", baseline, "--format", "json", manifest])
        XCTAssertEqual(json.status, 0, "a new warning alone does not fail")
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let findings = ((report["manifests"] as! [[String: Any]])[0]["findings"] as! [[String: Any]])
        let fresh = findings.filter { $0["baselined"] == nil }
        XCTAssertEqual(fresh.map { $0["path"] as! String }, ["/more"])
        XCTAssertGreaterThan(findings.count, 1)
        let strict = Harness.run(["lint", "--no-config", "--baseline", baseline, "--strict", manifest])
        XCTAssertEqual(strict.status, 1)

        // SARIF: external suppressions; GitHub and GitLab leave baselined findings out.
        let sarif = Harness.run(["lint", "--no-config", "--baseline", baseline, "--format", "sarif", manifest]).stdout
        XCTAssertTrue(sarif.contains("\"kind\": \"external\""), sarif)
        let github = Harness.run(["lint", "--no-config", "--baseline", baseline, "--format", "github", manifest]).stdout
        XCTAssertEqual(github.components(separatedBy: "::warning").count + github.components(separatedBy: "::error").count - 2, 1, github)
        let gitlab = Harness.run(["lint", "--no-config", "--baseline", baseline, "--format", "gitlab", manifest]).stdout
        XCTAssertEqual(gitlab.components(separatedBy: "\"check_name\"").count - 1, 1, gitlab)

        // JUnit: only the new finding is a failure (it is a warning: none); HTML shows the baselined group.
        let junit = Harness.run(["lint", "--no-config", "--baseline", baseline, "--format", "junit", manifest]).stdout
        XCTAssertFalse(junit.contains("<failure"), junit)
        XCTAssertTrue(junit.contains("在基线中: "), junit)
        let html = Harness.run(["lint", "--no-config", "--baseline", baseline, "--format", "html", manifest]).stdout
        XCTAssertTrue(html.contains("<h3>基线中（14）</h3>"), html)

        // Fixed findings leave stale entries, which the text summary counts.
        try #"{"shanghai": {}}"#.write(toFile: manifest, atomically: true, encoding: .utf8)
        let fixed = Harness.run(["lint", "--no-config", "--baseline", baseline, manifest])
        XCTAssertTrue(fixed.stdout.hasSuffix("，4 个在基线中\n10 条基线已不再出现，可以删去\n"), fixed.stdout)
        let englishBaseline = folder + "/baseline-en.json"
        try #"{"shanghai": {}, "extra": 1, "more": 2}"#.write(toFile: manifest, atomically: true, encoding: .utf8)
        _ = Harness.run(["lint", "--no-config", "--lang", "en", "--write-baseline", englishBaseline, manifest])
        try #"{"shanghai": {}, "extra": 1}"#.write(toFile: manifest, atomically: true, encoding: .utf8)
        let fixedEnglish = Harness.run(["lint", "--no-config", "--lang", "en", "--baseline", englishBaseline, manifest])
        XCTAssertTrue(fixedEnglish.stdout.hasSuffix("\n1 baseline entry no longer occurs: it can be deleted\n"), fixedEnglish.stdout)

        // A file that is not a report is exit 2.
        let notReport = Harness.run(["lint", "--no-config", "--baseline", manifest, "--lang", "en", manifest])
        XCTAssertEqual(notReport.status, 2)
        XCTAssertTrue(notReport.stderr.contains("not a shangjia JSON report"), notReport.stderr)
    }

    // MARK: - --against

    func testAgainstReadsThePreviousVersionFromGit() throws {
        let root = try Harness.tree(["apps/one/manifest.json": #"{"manifestVersion": 1, "application": {}}"#, "apps/two/manifest.json": #"{"manifestVersion": 1, "service": {}}"#])
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", root, "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, arguments.joined(separator: " "))
        }
        try git("init", "-q")
        try git("add", "apps/one/manifest.json")
        try git("commit", "-q", "-m", "one")
        try #"{"manifestVersion": 1, "governance": {}}"#.write(toFile: root + "/apps/one/manifest.json", atomically: true, encoding: .utf8)

        let one = try GitHistory.content(of: root + "/apps/one/manifest.json", at: "HEAD")
        XCTAssertEqual(one.map { String(decoding: $0, as: UTF8.self) }, #"{"manifestVersion": 1, "application": {}}"#)
        // Not in the revision: nothing to compare with.
        XCTAssertNil(try GitHistory.content(of: root + "/apps/two/manifest.json", at: "HEAD"))
        // From another folder, with a relative path.
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(root + "/apps")
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let relative = try GitHistory.content(of: "one/manifest.json", at: "HEAD")
        XCTAssertEqual(relative.map { String(decoding: $0, as: UTF8.self) }, #"{"manifestVersion": 1, "application": {}}"#)
        let inputs = try [ManifestSource.file("one/manifest.json", discovered: true), .file("two/manifest.json", discovered: true)]
            .compactMap { source throws(UsageError) in try ManifestInputs.input(source, against: .revision("HEAD")) }
        XCTAssertEqual(inputs.map { $0.previousBytes.map { String(decoding: $0, as: UTF8.self) } }, [#"{"manifestVersion": 1, "application": {}}"#, nil])
        // A revision that does not exist is exit 2 with git's reason.
        let unknown = Harness.run(["lint", "--lang", "en", "--against", "no-such-rev", root + "/apps/one"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("--against no-such-rev: cannot read the previous version"), unknown.stderr)
        // A file: fine for one manifest, exit 2 for several.
        XCTAssertNotEqual(Harness.run(["lint", "--against", root + "/apps/one/manifest.json", root + "/apps/two"]).status, 2)
        let several = Harness.run(["lint", "--lang", "en", "--against", root + "/apps/one/manifest.json", root + "/apps"])
        XCTAssertEqual(several.status, 2)
        XCTAssertTrue(several.stderr.contains("fits one manifest only (there are 2)"), several.stderr)
        XCTAssertNotEqual(Harness.run(["lint", "--against", "HEAD", root + "/apps"]).status, 2)
    }
}
