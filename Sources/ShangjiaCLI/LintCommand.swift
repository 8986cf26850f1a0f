import Dispatch
import ShangjiaCore
import ShangjiaInspect
import ShangjiaOnline
import ShangjiaReport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `shangjia lint`: options → inputs → engine → baseline → reporter → exit code.
struct LintCommand {
    var format = ReportFormat.text
    var output: String?
    var today: CalendarDate?
    var language = Language.zh
    var configPath: String?
    var searchesConfig = true
    var strict = false
    var maxWarnings: Int?
    var quiet = false
    var excludes: [Glob] = []
    var baseline: String?
    var writeBaseline: String?
    /// `--against REV|FILE`: the previous version of each manifest, for immutable-fields.
    var against: String?
    var online = false
    /// `--resolve HOST:PORT:ADDRESS`, by `host:port`.
    var pinned: [String: [String]] = [:]
    var caFile: String?
    /// `--timeout SECONDS`: the most one address's probe may take.
    var timeout = 10
    var jobs: Int?
    var paths: [String] = []

    static let spec = CommandSpec(
        name: "lint", usage: "[options] <manifest.json | directory | ->...",
        summary: """
            Check manifests and the files they name. A directory means every manifest.json and *.shangjia.json below it
            (not hidden folders, not node_modules; a manifest.json that is not a shangjia manifest, such as a web app's, is
            skipped); '-' reads one manifest from standard input.
            """,
        options: [
            OptionSpec("format", short: "f", value: "FORMAT", "report format: " + ReportFormat.allCases.map(\.rawValue).joined(separator: "|") + " (default text)"),
            OptionSpec("output", short: "o", value: "FILE", "write the report to FILE (atomically) instead of stdout"),
            OptionSpec("today", value: "YYYY-MM-DD", "the date date rules compare against (default: today in UTC+08:00)"),
            .lang,
            OptionSpec("config", short: "c", value: "FILE", "rule severities, parameters, \"off\" (JSON); default: the first .shangjia.json or shangjia.config.json from here upward (up to the folder holding .git)"),
            OptionSpec("no-config", "do not look for a config file"),
            OptionSpec("strict", "warnings count as failures"),
            OptionSpec("max-warnings", value: "N", "fail when there are more than N warnings"),
            OptionSpec("quiet", short: "q", "report errors only (warnings still count for --strict and --max-warnings)"),
            OptionSpec("exclude", value: "GLOB", "(repeatable) skip files and folders whose path relative to the directory argument matches (*, **, ?)"),
            OptionSpec("baseline", value: "FILE", "a JSON report of an earlier run: findings it holds are marked baselined and count toward nothing"),
            OptionSpec("write-baseline", value: "FILE", "write the current findings to FILE as a baseline"),
            OptionSpec("against", value: "REV|FILE", "the manifest's previous version for immutable-fields: a file (one manifest only) or a git revision"),
            OptionSpec("online", "also run the online rules, which connect to the manifest's addresses"),
            OptionSpec("resolve", value: "HOST:PORT:ADDRESS", "(repeatable) connect to ADDRESS for HOST:PORT without DNS (curl's syntax)"),
            OptionSpec("ca-file", value: "FILE", "PEM file of trusted root certificates for the online rules"),
            OptionSpec("timeout", value: "SECONDS", "the most one address's probe may take (default 10)"),
            OptionSpec("jobs", short: "j", value: "N", "manifests linted in parallel (default: number of cores)"),
            .help,
        ],
        positionals: 1...Int.max)

    init(_ arguments: ParsedArguments) throws(UsageError) {
        if let name = try arguments.choice("format", among: ReportFormat.allCases.map(\.rawValue)) { format = ReportFormat(rawValue: name)! }
        output = arguments.value("output")
        today = try arguments.date("today")
        language = try arguments.language()
        configPath = arguments.value("config")
        searchesConfig = !arguments.has("no-config")
        strict = arguments.has("strict")
        maxWarnings = try arguments.number("max-warnings")
        quiet = arguments.has("quiet")
        excludes = arguments.values("exclude").map(Glob.init)
        baseline = arguments.value("baseline")
        writeBaseline = arguments.value("write-baseline")
        against = arguments.value("against")
        online = arguments.has("online")
        for entry in arguments.values("resolve") {
            guard let (key, addresses) = Self.pin(entry) else {
                throw UsageError(zh: "--resolve 的格式是 HOST:PORT:ADDRESS（curl 的写法，如 app.example.gov.cn:443:127.0.0.1），而不是 “\(entry)”",
                                 en: "--resolve takes HOST:PORT:ADDRESS (curl's form, as app.example.gov.cn:443:127.0.0.1), not '\(entry)'")
            }
            pinned[key, default: []] += addresses
        }
        caFile = arguments.value("ca-file")
        timeout = try arguments.number("timeout", minimum: 1) ?? 10
        jobs = try arguments.number("jobs", minimum: 1)
        paths = arguments.positionals
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
    func prober(today: CalendarDate, environment: [String: String]) throws(UsageError) -> NetworkProber? {
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
        case .failure(.unsupportedScheme(let scheme)):
            throw UsageError(zh: "https_proxy：只支持 http:// 代理，不支持 \(scheme)://", en: "https_proxy: only http:// proxies are supported, not \(scheme)://")
        case .failure(.malformed(let value)):
            throw UsageError(zh: "https_proxy：无法把 “\(value)” 读作 [http://][user:password@]host:port", en: "https_proxy: cannot read '\(value)' as [http://][user:password@]host:port")
        }
        do {
            return try NetworkProber(settings: settings)
        } catch {
            switch error {
            case .unreadableCAFile(let file): throw UsageError(zh: "无法把 CA 文件 \(file) 读作 PEM 证书", en: "cannot read the CA file \(file) as PEM certificates")
            }
        }
    }

    /// Threads for reading and linting: `--jobs`, else one a processor.
    var workers: Int { jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    func run(_ console: Console) throws(UsageError) -> Int32 {
        let (configuration, configName) = try loadConfiguration()
        let baselineEntries = try baseline.map(loadBaseline)
        let discovered = try discoverManifests()
        let day = today ?? console.todayInChina
        var options = LintOptions(today: day, language: language, configuration: configuration,
                                  prober: try prober(today: day, environment: console.environment))
        if format == .html {
            let language = language
            // What the page shows of each application is taken while its tree is alive.
            options.gather = { manifest, files in
                ApplicationSheet.gather(manifest: manifest, files: files, language: language) { ImageAttachments.load($0, of: manifest.file, files: files) }
            }
        }
        // Progress only for people watching a terminal; CI logs and pipes stay clean.
        // The engine serialises its progress calls, so the console's writer is not shared unsafely.
        nonisolated(unsafe) let stderr = console.stderr
        var progress: (@Sendable (Int, Int) -> Void)?
        if console.stderrIsTerminal && discovered.count > 1 {
            progress = { (done: Int, total: Int) in stderr("\r\(done)/\(total)" + (done == total ? "\r\u{1B}[K" : "")) }
        }
        // Each manifest is read when a worker lints it, so only those being linted are in memory;
        // a discovered manifest.json that is not a shangjia manifest is skipped (nil).
        let against = try againstSource(count: discovered.count)
        let unreadable = FirstFailure()
        var report = Linter(options: options).lint(count: discovered.count, jobs: workers, progress: progress) { index in
            do throws(UsageError) { return try ManifestInputs.input(discovered[index], against: against) } catch {
                unreadable.record(error, at: index)
                return nil
            }
        }
        if let error = unreadable.first { throw error }
        let skipped = discovered.count - report.manifests.count
        guard !report.manifests.isEmpty else {
            throw UsageError(zh: "\(paths.joined(separator: " ")) 中没有 shangjia 清单（跳过了 \(skipped) 个不是 shangjia 清单的 manifest.json）",
                             en: "no shangjia manifest in \(paths.joined(separator: " ")) (\(skipped) manifest.json skipped: not shangjia manifests)")
        }
        let staleBaselineEntries = baselineEntries.map { report.applyBaseline($0) } ?? 0
        if let writeBaseline {
            do { try FileAccess.writeAtomically(JSONReporter().render(report, settings: ReportSettings(language: language)), to: writeBaseline) } catch {
                throw UsageError.cannotWrite(writeBaseline, error)
            }
        }
        // --quiet trims the report; the exit code still counts what it left out.
        let counts = report.counts
        if quiet { report.keepOnly { $0.severity == .error } }
        let colour = output == nil && console.stdoutIsTerminal && console.environment["NO_COLOR"] == nil && format == .text
        var settings = ReportSettings(language: language, colour: colour)
        settings.run = RunNotes(configFile: configName, skippedManifests: skipped, staleBaselineEntries: staleBaselineEntries)
        let text = Self.reporter(for: format).render(report, settings: settings)
        if let output {
            do { try FileAccess.writeAtomically(text, to: output) } catch { throw UsageError.cannotWrite(output, error) }
        } else {
            console.stdout(text)
        }
        if counts.errors > 0 { return 1 }
        guard let reason = failureReason(counts) else { return 0 }
        console.stderr("shangjia: \(reason(language))\n")
        return 1
    }

    /// Why warnings fail a run without errors (--strict, --max-warnings), said on stderr: the
    /// report itself shows only the counts.
    func failureReason(_ counts: FindingCounts) -> Text? {
        let warnings = counts.warnings
        if let maxWarnings, warnings > maxWarnings {
            return Text(zh: "\(warnings) 个警告，超过允许的 \(maxWarnings) 个（--max-warnings）",
                        en: "\(English.count(warnings, "warning")), more than the \(maxWarnings) allowed (--max-warnings)")
        }
        if strict, warnings > 0 {
            return Text(zh: "\(warnings) 个警告，--strict 下按失败处理", en: "\(English.count(warnings, "warning")), which fail the run under --strict")
        }
        return nil
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

    /// `--config`, else the nearest config file found upward (unless `--no-config`); the name
    /// of the file used goes into the summary line.
    func loadConfiguration() throws(UsageError) -> (Configuration, String?) {
        guard let path = configPath ?? (searchesConfig ? ConfigDiscovery.find() : nil) else { return (Configuration(), nil) }
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(path, limit: 1 << 20) } catch { throw UsageError.cannotRead(path, error) }
        do {
            return (try Configuration.parse(bytes, knownRules: RuleRegistry.all.map { $0.description }), path)
        } catch {
            throw UsageError(zh: "\(path)：\(error.message.zh)", en: "\(path): \(error.message.en)")
        }
    }

    func loadBaseline(_ path: String) throws(UsageError) -> Baseline {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(path) } catch { throw UsageError.cannotRead(path, error) }
        do { return try Baseline(bytes) } catch {
            throw UsageError(zh: "\(path)：\(error.message.zh)", en: "\(path): \(error.message.en)")
        }
    }

    /// The arguments as manifests to read: files named on the command line always; under a
    /// directory, the manifests discovery finds, less `--exclude`; `-` standard input.
    func discoverManifests() throws(UsageError) -> [ManifestSource] {
        var found: [ManifestSource] = []
        for path in paths {
            if path == "-" {
                found.append(.standardInput)
                continue
            }
            switch FileAccess.kind(of: path) {
            case .file: found.append(.file(path, discovered: false))
            case .directory: found += FileAccess.manifests(under: path, excluding: excludes, jobs: workers).map { .file($0, discovered: true) }
            case .missing: throw UsageError(zh: "没有这个文件或目录：\(path)", en: "no such file or directory: \(path)")
            case .other: throw UsageError(zh: "不是文件也不是目录：\(path)", en: "not a file or directory: \(path)")
            }
        }
        if found.filter({ $0 == .standardInput }).count > 1 {
            throw UsageError(zh: "“-”（标准输入）只能给一次", en: "'-' (standard input) can be given only once")
        }
        var seen = Set<String>()
        found = found.filter { seen.insert($0.name).inserted }
        if found.isEmpty {
            throw UsageError(zh: "\(paths.joined(separator: " ")) 中没有 manifest.json 或 *.shangjia.json",
                             en: "no manifest.json or *.shangjia.json found in \(paths.joined(separator: " "))")
        }
        return found
    }

    /// Where `--against` takes previous versions from: an existing file (one manifest only)
    /// or a git revision.
    func againstSource(count: Int) throws(UsageError) -> PreviousVersions? {
        guard let against else { return nil }
        guard FileAccess.kind(of: against) == .file else { return .revision(against) }
        guard count == 1 else {
            throw UsageError(zh: "--against 给的是文件 \(against)，只能用于一个清单（现有 \(count) 个）；多个清单请给 git 版本",
                             en: "--against names the file \(against), which fits one manifest only (there are \(count)); give a git revision for several")
        }
        do { return .file(try FileAccess.read(against)) } catch { throw UsageError.cannotRead(against, error) }
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
