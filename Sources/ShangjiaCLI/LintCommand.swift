import ShangjiaCore
import ShangjiaInspect
import ShangjiaOnline
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
    /// `--resolve HOST:PORT:ADDRESS`, by `host:port`.
    var pinned: [String: [String]] = [:]
    var caFile: String?
    var timeout = 10
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
            case "--resolve":
                let text = try CLI.value(of: argument, from: &rest)
                guard let (key, addresses) = Self.pin(text) else {
                    throw UsageError(message: "--resolve takes HOST:PORT:ADDRESS (curl's form, e.g. app.example.cn:443:127.0.0.1), not '\(text)'")
                }
                pinned[key, default: []] += addresses
            case "--ca-file": caFile = try CLI.value(of: argument, from: &rest)
            case "--timeout":
                timeout = try Self.count(argument, &rest)
                guard timeout > 0 else { throw UsageError(message: "--timeout needs at least 1 second") }
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

    /// `HOST:PORT:ADDRESS[,ADDRESS]…`, an IPv6 address in brackets: the key `host:port` and the addresses.
    static func pin(_ text: String) -> (String, [String])? {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, let port = Int(parts[1]), (1...65535).contains(port) else { return nil }
        let addresses = parts[2].split(separator: ",").map { part in
            part.hasPrefix("[") && part.hasSuffix("]") ? String(part.dropFirst().dropLast()) : String(part)
        }
        guard !addresses.isEmpty, addresses.allSatisfy(NetworkProber.isNumericAddress) else { return nil }
        return ("\(parts[0].lowercased()):\(port)", addresses)
    }

    /// The network prober of `--online`, or nil without it (then nothing opens a socket).
    func prober(today: CalendarDate, environment: [String: String]) throws -> NetworkProber? {
        guard online else { return nil }
        var settings = NetworkProber.Settings()
        settings.timeout = Double(timeout)
        settings.pinned = pinned
        settings.caFile = caFile
        settings.userAgent = "\(Tool.name)/\(Tool.version)"
        settings.maximumConnections = 4 * workers
        settings.verifyTime = today.startInChina
        settings.isPublic = isPublicAddress
        switch ProxySettings.from(environment: environment) {
        case .success(let proxy): settings.proxy = proxy
        case .failure(.unsupportedScheme(let scheme)): throw UsageError(message: "https_proxy: only http:// proxies are supported, not \(scheme)://")
        case .failure(.malformed(let value)): throw UsageError(message: "https_proxy: cannot read '\(value)' as [http://][user:password@]host:port")
        }
        do {
            return try NetworkProber(settings: settings)
        } catch {
            switch error { case .unreadableCAFile(let file): throw UsageError(message: "cannot read the CA file \(file) as PEM certificates") }
        }
    }

    /// Threads for reading and linting: `--jobs`, else one a processor.
    var workers: Int { jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    func run(_ console: Console) throws -> Int32 {
        let configuration = try loadConfiguration()
        let manifestPaths = try discoverManifests()
        let day = today ?? CalendarDate.inChina(secondsSinceEpoch: console.now())
        let options = LintOptions(today: day, language: language, configuration: configuration,
                                  prober: try prober(today: day, environment: console.environment))
        let inputs = try Self.inputs(manifestPaths, jobs: workers)
        // Progress only for people watching a terminal; CI logs and pipes stay clean.
        // The engine serialises its progress calls, so the console's writer is not shared unsafely.
        nonisolated(unsafe) let stderr = console.stderr
        var progress: (@Sendable (Int, Int) -> Void)?
        if console.stderrIsTerminal && inputs.count > 1 {
            progress = { (done: Int, total: Int) in stderr("\r\(done)/\(total)" + (done == total ? "\r\u{1B}[K" : "")) }
        }
        let report = Linter(options: options).lint(inputs, jobs: workers, progress: progress)
        let colour = output == nil && console.stdoutIsTerminal && console.environment["NO_COLOR"] == nil && format == .text
        let settings = ReportSettings(language: language, colour: colour, attachments: ImageAttachments.load,
                                      files: { FileInspector(root: FileAccess.directory(of: $0)) })
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

    /// Reads the manifests on up to `jobs` threads: a folder of hundreds is hundreds of reads.
    /// The first unreadable one (in the given order) is the error.
    static func inputs(_ paths: [String], jobs: Int) throws -> [LintInput] {
        try parallelMap(paths, jobs: jobs) { path in Result { () throws(UsageError) in try input(path) } }.map { try $0.get() }
    }

    static func input(_ path: String) throws(UsageError) -> LintInput {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(path) } catch { throw UsageError(message: "cannot read \(path): \(error)") }
        return LintInput(file: path, bytes: bytes, files: FileInspector(root: FileAccess.directory(of: path)))
    }
}
