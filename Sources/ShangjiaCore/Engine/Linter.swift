import Dispatch
import ShangjiaInspect
import ShangjiaJSON
import ShangjiaOnline

/// One manifest to lint: its name as given, its bytes, the inspector of its folder, and (with
/// `--against`) the bytes of its previous version.
public struct LintInput: Sendable {
    public let file: String
    public let bytes: [UInt8]
    public let files: FileInspecting
    /// The manifest's previous version (`--against`), for immutable-fields; nil when there is
    /// none to compare with (not asked for, or the manifest is new since the revision).
    public let previousBytes: [UInt8]?

    public init(file: String, bytes: [UInt8], files: FileInspecting, previousBytes: [UInt8]? = nil) {
        self.file = file
        self.bytes = bytes
        self.files = files
        self.previousBytes = previousBytes
    }
}

public struct LintOptions: Sendable {
    public var today: CalendarDate
    public var language: Language
    public var configuration: Configuration
    /// With `--online`: what the online rules ask about the manifests' addresses. Without
    /// one, the online rules do not run and nothing touches the network.
    public var prober: (any AddressProbing)?
    /// How many findings of one rule a manifest's report lists; the rest are summed up in one.
    public var findingsPerRule: Int

    public init(today: CalendarDate, language: Language = .zh, configuration: Configuration = Configuration(),
                prober: (any AddressProbing)? = nil, findingsPerRule: Int = 100) {
        self.today = today
        self.language = language
        self.configuration = configuration
        self.prober = prober
        self.findingsPerRule = findingsPerRule
    }
}

/// The engine: bytes → manifest → rules → waivers → sorted findings. It touches no disk
/// itself; the inputs carry their bytes and file inspectors.
public struct Linter: Sendable {
    public let options: LintOptions
    /// By id, so that every manifest's list of rules run comes out in order.
    let rules: [any Rule]
    let enabledRuleIDs: Set<String>
    /// The enabled rules that judge runs: their waivers wait for the run's findings.
    let runRuleIDs: Set<String>

    public init(options: LintOptions, rules: [any Rule.Type] = RuleRegistry.all) {
        self.options = options
        self.rules = rules
            .filter { options.configuration.settings(for: $0.description.id).enabled && (options.prober != nil || !$0.description.online) }
            .map { (id: $0.description.id, type: $0) }
            .sorted { $0.id < $1.id }
            .map { $0.type.init() }
        enabledRuleIDs = Set(self.rules.map { type(of: $0).description.id })
        runRuleIDs = Set(self.rules.filter { type(of: $0).judgesRuns }.map { type(of: $0).description.id })
    }

    /// Lints every input (in parallel up to `jobs`), then the cross-manifest rules; the
    /// result does not depend on `jobs`.
    /// `progress` is told how many manifests are done, from worker threads, as they finish.
    public func lint(_ inputs: [LintInput], jobs: Int = 1, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> LintReport {
        let finished = FinishedCount()
        let results = parallelMap(inputs, jobs: jobs) { input in
            let result = lintOne(input)
            finished.increment { done in progress?(done, inputs.count) }
            return result
        }
        var reports = results.map(\.0)
        let contexts = results.flatMap(\.1)
        let reportIndex = Dictionary(reports.indices.map { (reports[$0].file, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in rules where type(of: rule).judgesRuns {
            guard let rule = rule as? any RunRule else { continue }
            let id = type(of: rule).description.id
            let runContexts = contexts.filter { $0.rule.id == id }
            guard !runContexts.isEmpty else { continue }
            for finding in rule.checkRun(runContexts) {
                guard let index = reportIndex[finding.file] else { continue }
                reports[index].findings.append(finding)
            }
        }
        for index in reports.indices where !reports[index].runWaivers.isEmpty {
            reports[index].findings = Waivers.apply(reports[index].runWaivers, to: reports[index].findings)
        }
        reports = reports.map { report in
            var sorted = report
            sorted.findings.sort(by: Finding.reportOrder)
            return sorted
        }
        reports.sort { $0.file < $1.file }
        return LintReport(today: options.today, manifests: reports,
                          rules: rules.map { type(of: $0).description })
    }

    /// One manifest: the findings of every rule that applies, waivers applied; and the contexts
    /// the run rules among them will judge with the other manifests'.
    func lintOne(_ input: LintInput) -> (ManifestReport, [RuleContext]) {
        let text = String(decoding: input.bytes, as: UTF8.self)
        let document: JSONDocument
        switch JSONParser.parse(input.bytes) {
        case .success(let parsed):
            document = parsed
        case .failure(let error):
            let finding = ManifestSyntax.finding(for: error, file: input.file, language: options.language, configuration: options.configuration)
            // Not JSON, perhaps not UTF-8: the snippet shows odd bytes escaped.
            return (ManifestReport(file: input.file, targets: [], findings: [finding], text: Folding.displayText(input.bytes),
                                   rulesRun: [ManifestSyntax.description.id], manifest: nil), [])
        }
        let manifest = Manifest(file: input.file, text: text, document: document)
        // The manifest's servers are probed together while its first rules run.
        options.prober?.prefetch(manifest.probedAddresses.map(\.url))
        // A previous version that is not JSON cannot be compared: immutable-fields then judges nothing.
        let previous = input.previousBytes.flatMap { bytes -> Manifest? in
            guard case .success(let parsed) = JSONParser.parse(bytes) else { return nil }
            return Manifest(file: input.file, text: "", document: parsed)
        }
        var findings: [Finding] = []
        var contexts: [RuleContext] = [], runContexts: [RuleContext] = []
        contexts.reserveCapacity(rules.count)
        var rulesRun: [String] = []
        for rule in rules {
            let description = type(of: rule).description
            guard description.targets.isEmpty || description.targets.contains(where: manifest.applies) else { continue }
            let context = RuleContext(manifest: manifest, files: input.files, prober: options.prober, today: options.today, language: options.language,
                                      rule: description, settings: options.configuration.settings(for: description.id), previous: previous)
            findings += rule.check(context)
            contexts.append(context)
            if type(of: rule).judgesRuns { runContexts.append(context) }
            rulesRun.append(description.id)
        }
        let waivers = Waivers.effective(in: manifest, files: input.files, enabledRules: enabledRuleIDs, contexts: contexts)
        let runWaivers = waivers.filter { runRuleIDs.contains($0.rule) }
        findings = Waivers.apply(waivers.filter { !runRuleIDs.contains($0.rule) }, to: findings)
        findings = FindingLimit.apply(findings, limit: options.findingsPerRule, language: options.language)
        input.files.forgetCache()
        findings.sort(by: Finding.reportOrder)
        return (ManifestReport(file: input.file, targets: manifest.targets, findings: findings, text: text, rulesRun: rulesRun, manifest: manifest,
                               runWaivers: runWaivers), runContexts)
    }
}

/// How many manifests are done, counted from worker threads; reports go out one at a time.
private final class FinishedCount: @unchecked Sendable {
    private var done = 0
    private let queue = DispatchQueue(label: "shangjia.progress")

    func increment(then report: (Int) -> Void) {
        queue.sync {
            done += 1
            report(done)
        }
    }
}
