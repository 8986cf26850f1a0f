import Dispatch
import ShangjiaCore
import ShangjiaInspect
import ShangjiaReport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `shangjia lint`: options → inputs → engine → reporter → exit code.
struct LintCommand {
    var format = ReportFormat.text
    var output: String?
    var today: CalendarDate?
    var language = Language.zh
    var configPath: String?
    var strict = false
    var maxWarnings: Int?
    var online = false
    var jobs: Int?
    var paths: [String] = []

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--format":
                let name = try CLI.value(of: argument, from: &rest)
                guard let chosen = ReportFormat(rawValue: name) else {
                    throw UsageError(message: "unknown format '\(name)' (\(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                format = chosen
            case "--output": output = try CLI.value(of: argument, from: &rest)
            case "--today":
                let text = try CLI.value(of: argument, from: &rest)
                guard let date = CalendarDate(text) else { throw UsageError(message: "--today needs a real date as YYYY-MM-DD, not '\(text)'") }
                today = date
            case "--lang":
                let text = try CLI.value(of: argument, from: &rest)
                guard let chosen = Language(rawValue: text) else { throw UsageError(message: "--lang takes zh or en, not '\(text)'") }
                language = chosen
            case "--config": configPath = try CLI.value(of: argument, from: &rest)
            case "--strict": strict = true
            case "--max-warnings": maxWarnings = try Self.count(argument, &rest)
            case "--online": online = true
            case "--jobs": jobs = max(1, try Self.count(argument, &rest))
            case "--": paths += rest; rest = []
            default:
                if argument.hasPrefix("-") && argument != "-" { throw UsageError(message: "unknown option '\(argument)' (see shangjia --help)") }
                paths.append(argument)
            }
        }
        if paths.isEmpty { throw UsageError(message: "lint needs a manifest or a directory (see shangjia --help)") }
    }

    static func count(_ option: String, _ rest: inout ArraySlice<String>) throws -> Int {
        let text = try CLI.value(of: option, from: &rest)
        guard let number = Int(text), number >= 0 else { throw UsageError(message: "\(option) needs a whole number, not '\(text)'") }
        return number
    }

    /// Threads for reading and linting: `--jobs`, else one a processor.
    var workers: Int { jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    func run(_ console: Console) throws -> Int32 {
        let configuration = try loadConfiguration()
        let manifestPaths = try discoverManifests()
        var options = LintOptions(today: today ?? CalendarDate.inChina(secondsSinceEpoch: console.now()), language: language,
                                  configuration: configuration, online: online)
        if format == .html {
            options.gather = { manifest, files in
                HTMLReporter.gather(manifest) { ImageAttachments.load($0, of: manifest.file, files: files) }
            }
        }
        // Progress only for people watching a terminal; CI logs and pipes stay clean.
        // The engine serialises its progress calls, so the console's writer is not shared unsafely.
        nonisolated(unsafe) let stderr = console.stderr
        var progress: (@Sendable (Int, Int) -> Void)?
        if console.stderrIsTerminal && manifestPaths.count > 1 {
            progress = { (done: Int, total: Int) in stderr("\r\(done)/\(total)" + (done == total ? "\r\u{1B}[K" : "")) }
        }
        // Each manifest is read when a worker lints it, so only those being linted are in memory.
        let unreadable = FirstFailure()
        let report = Linter(options: options).lint(count: manifestPaths.count, jobs: workers, progress: progress) { index in
            do throws(UsageError) { return try Self.input(manifestPaths[index]) } catch { unreadable.record(error, at: index); return nil }
        }
        if let error = unreadable.first { throw error }
        let colour = output == nil && console.stdoutIsTerminal && console.environment["NO_COLOR"] == nil && format == .text
        let settings = ReportSettings(language: language, colour: colour)
        let text = Self.reporter(for: format).render(report, settings: settings)
        if let output {
            do { try FileAccess.writeAtomically(text, to: output) } catch { throw UsageError(message: "cannot write \(output): \(error)") }
        } else {
            console.stdout(text)
        }
        let counts = report.counts
        let failing = counts.errors > 0 || (strict && counts.warnings > 0) || counts.warnings > (maxWarnings ?? Int.max)
        return failing ? 1 : 0
    }

    static func reporter(for format: ReportFormat) -> Reporter {
        switch format {
        case .text: return TextReporter()
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .junit: return JUnitReporter()
        case .github: return GitHubReporter()
        case .gitlab: return GitLabReporter()
        case .html: return HTMLReporter()
        }
    }

    func loadConfiguration() throws -> Configuration {
        guard let configPath else { return Configuration() }
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(configPath, limit: 1 << 20) } catch { throw UsageError(message: "cannot read the config \(configPath): \(error)") }
        do {
            return try Configuration.parse(bytes, knownRules: RuleRegistry.all.map { $0.description })
        } catch let problem as Configuration.Problem {
            throw UsageError(message: "\(configPath): \(problem.message(language))")
        }
    }

    func discoverManifests() throws -> [String] {
        var found: [String] = []
        for path in paths {
            switch FileAccess.kind(of: path) {
            case .file: found.append(path)
            case .directory: found += FileAccess.manifests(under: path, jobs: workers)
            case .missing: throw UsageError(message: "no such file or directory: \(path)")
            case .other: throw UsageError(message: "not a file or directory: \(path)")
            }
        }
        var seen = Set<String>()
        found = found.filter { seen.insert($0).inserted }
        if found.isEmpty { throw UsageError(message: "no manifest.json or *.shangjia.json found in \(paths.joined(separator: " "))") }
        return found
    }

    static func input(_ path: String) throws(UsageError) -> LintInput {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(path) } catch { throw UsageError(message: "cannot read \(path): \(error)") }
        return LintInput(file: path, bytes: bytes, files: FileInspector(root: FileAccess.directory(of: path)))
    }
}

/// The first manifest (in the given order) that could not be read, recorded from worker threads.
private final class FirstFailure: @unchecked Sendable {
    private var failure: (index: Int, error: UsageError)?
    private let queue = DispatchQueue(label: "shangjia.unreadable")

    func record(_ error: UsageError, at index: Int) {
        queue.sync { if index < failure?.index ?? Int.max { failure = (index, error) } }
    }

    var first: UsageError? { queue.sync { failure?.error } }
}
