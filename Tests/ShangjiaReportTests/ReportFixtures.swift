import Foundation
import ShangjiaCore
import ShangjiaInspect
import ShangjiaJSON
import XCTest
@testable import ShangjiaCore

/// A rule that reports fixed findings on a service manifest, with the characters each
/// format must escape, a related file with a non-ASCII name and a related field.
struct ProbeRule: Rule {
    static let description = RuleDescription(
        id: "probe-rule", title: Text(zh: "探针规则", en: "Probe rule"), severity: .error, targets: [.service],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1", rationale: Text(zh: "用于测试报告格式。", en: "Exercises the report formats."),
        nonTriggeringExamples: [], triggeringExamples: [])

    /// A related field with its position, as `RuleContext.finding` sets it (the tricky finding is built directly).
    static func located(_ related: RelatedLocation, in context: RuleContext) -> RelatedLocation {
        var located = related
        located.position = related.pointer.map(context.manifest.position)
        return located
    }

    static let trickyMessage = Text(zh: "图标 <b>“坏”</b> & 100%, a:b\n第二行", en: "icon <b>\"bad\"</b> & 100%, a:b\nsecond line")

    func check(_ context: RuleContext) -> [Finding] {
        [
            // Built directly: RuleContext.finding escapes control characters, and the reporters
            // must still escape a raw line break and markup on their own.
            Finding(rule: Self.description.id, severity: .error, message: Self.trickyMessage(context.language), file: context.manifest.file,
                    pointer: .serviceIcon, position: context.manifest.position(of: .serviceIcon),
                    source: Self.description.source, hint: Text(zh: "换一个图标", en: "use another icon")(context.language),
                    related: [.file("assets/图标 1.png"), Self.located(.field(.applicationStatus), in: context)]),
            context.finding(at: .serviceName, Text(zh: "名称偏长", en: "the name is long"), severity: .warning),
            context.finding(at: .serviceIntro, Text(zh: "简介可以更具体", en: "the intro could be more specific"), severity: .info),
            context.finding(at: .servicePcUrl, Text(zh: "缺少PC端地址", en: "no PC address")),
        ]
    }
}

/// A governance-only rule: it never applies to the service manifest below, so it is skipped there.
struct GovernanceProbeRule: Rule {
    static let description = RuleDescription(
        id: "governance-probe", title: Text(zh: "治理侧探针", en: "Governance probe"), severity: .warning, targets: [.governance],
        source: nil, rationale: Text(zh: "用于测试。", en: "For tests."), nonTriggeringExamples: [], triggeringExamples: [])
}

enum Fixtures {
    /// A service manifest in a folder with a space and Chinese in its name.
    static let serviceFile = "./samples/医保 服务/manifest.json"
    static let serviceManifest = """
        {
          "application": { "name": "杭州市医保服务", "status": "运行中" },
          "service": {
            "name": "医保服务",
            "intro": "医保查询",
            "icon": "assets/icon.png",
            "materials": { "screenshots": ["materials/shot1.png", "materials/shot2.jpg"] }
          }
        }
        """
    static let brokenFile = "samples/broken/manifest.json"

    static var rules: [any Rule.Type] {
        RuleRegistry.all.filter { $0.description.id == "manifest-syntax" } + [ProbeRule.self, GovernanceProbeRule.self]
    }

    static let waiverReason = "只上架移动端 <仅H5>"

    /// Both manifests linted by the probe rules; the finding at /service/pcUrl is waived.
    static func report(language: Language = .zh, gather: (@Sendable (Manifest, FileInspecting) -> any Sendable)? = nil) -> LintReport {
        let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, language: language, gather: gather), rules: rules)
        let files = MemoryFileInspector(files: [:])
        let linted = linter.lint([
            LintInput(file: serviceFile, bytes: Array(serviceManifest.utf8), files: files),
            LintInput(file: brokenFile, bytes: Array("{\"service\": ".utf8), files: files),
        ])
        // Manifest waivers name registered rules only, so the probe's finding is marked here.
        let manifests = linted.manifests.map { manifest in
            var waived = manifest
            waived.findings = manifest.findings.map { finding in
                guard finding.pointer.description == "/service/pcUrl" else { return finding }
                var marked = finding
                marked.waived = true
                marked.waiverReason = waiverReason
                return marked
            }
            return waived
        }
        return LintReport(today: linted.today, manifests: manifests, rules: linted.rules)
    }

    /// A report of the real rule book over a real sample, when the samples are there.
    static func sampleReport(_ sample: String) throws -> LintReport {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("samples").appendingPathComponent(sample)
        guard let bytes = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")) else { throw XCTSkip("no sample \(sample)") }
        let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!))
        return linter.lint([LintInput(file: "samples/\(sample)/manifest.json", bytes: Array(bytes), files: FileInspector(root: folder.path))])
    }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }
}

/// Validation by Python's `jsonschema` (CI installs it): the reference implementation of
/// JSON Schema, independent of this code base.
enum PythonJSONSchema {
    /// Runs `script` with `python3 -c` and the given files as arguments; skips the test when
    /// python3 or jsonschema is not installed.
    static func run(_ script: String, files: [(name: String, text: String)]) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shangjia-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let result = try execute(["-c", script] + paths)
        if result.output.contains("ModuleNotFoundError") { throw XCTSkip("python3 has no jsonschema: \(result.output)") }
        return result
    }

    private static func execute(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { throw XCTSkip("python3 is not installed") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw XCTSkip("python3 is not installed") }
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Validates each instance (the files after the first) against the schema (the first file)
    /// with the validator the schema's `$schema` names; prints each error with its file.
    static let validateScript = """
        import json, sys
        from jsonschema.validators import validator_for
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        cls = validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
        failed = False
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                failed = True
                print(path.rsplit("/", 1)[-1], list(error.absolute_path), error.message)
        sys.exit(1 if failed else 0)
        """
}
