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
    /// Takes from each parsed manifest, while it is alive, what a reporter needs besides the
    /// findings (the HTML report's names and images); kept as `ManifestReport.gathered`.
    public var gather: (@Sendable (Manifest, FileInspecting) -> any Sendable)?

    public init(today: CalendarDate, language: Language = .zh, configuration: Configuration = Configuration(),
                prober: (any AddressProbing)? = nil, findingsPerRule: Int = 100,
                gather: (@Sendable (Manifest, FileInspecting) -> any Sendable)? = nil) {
        self.today = today
        self.language = language
        self.configuration = configuration
        self.prober = prober
        self.findingsPerRule = findingsPerRule
        self.gather = gather
    }
}

/// The engine: bytes → manifest → rules → waivers → sorted findings. It touches no disk
/// itself; the inputs carry their bytes and file inspectors.
///
/// Streaming: a manifest's bytes and tree live only while its rules run; its report keeps the
/// findings, the source lines they sit on and what `LintOptions.gather` took, and rules that
/// judge the run keep only their notes, so memory does not grow with the manifests' size.
public struct Linter: Sendable {
    public let options: LintOptions
    /// By id, so that every manifest's list of rules run comes out in order.
    let rules: [EnabledRule]
    let enabledRuleIDs: Set<String>
    /// The rules that apply to each set of targets, by `targetMask`: a manifest's list of
    /// rules run is one of these, shared rather than built again for every manifest.
    let selections: [Selection]

    /// A class: every manifest takes each of its rules out of `rules`, and copying a struct of an
    /// existential, a description and settings cost more than a reference.
    final class EnabledRule: Sendable {
        let rule: any Rule
        let description: RuleDescription
        let settings: RuleSettings

        init(rule: any Rule, description: RuleDescription, settings: RuleSettings) {
            self.rule = rule
            self.description = description
            self.settings = settings
        }
    }

    struct Selection: Sendable {
        let rules: [Int]
        let ids: [String]
    }

    public init(options: LintOptions, rules: [any Rule.Type] = RuleRegistry.all) {
        self.options = options
        var enabled: [EnabledRule] = []
        // Indices sorted, not (id, type) pairs: cheaper to move through the sort.
        let ids = rules.map { $0.description.id }
        for index in ids.indices.sorted(by: { ids[$0] < ids[$1] }) {
            let type = rules[index], description = type.description
            let settings = options.configuration.settings(for: ids[index])
            guard settings.enabled && (options.prober != nil || !description.online) else { continue }
            enabled.append(EnabledRule(rule: type.init(), description: description, settings: settings))
        }
        self.rules = enabled
        enabledRuleIDs = Set(enabled.map(\.description.id))
        let ruleMasks = enabled.map { Linter.targetMask($0.description.targets) }
        selections = (0..<1 << 4).map { mask in // every set of the four targets
            // A rule for every target (no targets) applies to all.
            let applying = enabled.indices.filter { ruleMasks[$0] == 0 || ruleMasks[$0] & mask != 0 }
            return Selection(rules: applying, ids: applying.map { enabled[$0].description.id })
        }
    }

    static func targetMask(_ targets: [Target]) -> Int {
        var mask = 0
        for target in targets {
            switch target {
            case .application: mask |= 1
            case .service: mask |= 2
            case .governance: mask |= 4
            case .shanghai: mask |= 8
            }
        }
        return mask
    }

    /// Lints every input (in parallel up to `jobs`), then the cross-manifest rules; the
    /// result does not depend on `jobs`. Every input's bytes are held at once: for many
    /// manifests, `lint(count:)` reads each when it is linted.
    public func lint(_ inputs: [LintInput], jobs: Int = 1, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> LintReport {
        lint(count: inputs.count, jobs: jobs, progress: progress) { inputs[$0] }
    }

    /// Lints `count` manifests, asking `input` for each when a worker is ready for it (nil
    /// skips it), so that only the manifests being linted are in memory.
    /// `progress` is told how many manifests are done, from worker threads, as they finish.
    public func lint(count: Int, jobs: Int = 1, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                     input: @Sendable (Int) -> LintInput?) -> LintReport {
        let finished = FinishedCount()
        let results = parallelMap(Array(0..<count), jobs: jobs) { index -> LintedManifest? in
            let result = input(index).map(lintOne)
            finished.increment { done in progress?(done, count) }
            return result
        }.compactMap { $0 }
        var reports = results.map(\.report)
        judgeRuns(results, into: &reports)
        reports.sort { $0.file < $1.file }
        return LintReport(today: options.today, manifests: reports, rules: rules.map(\.description))
    }

    /// The findings across manifests, from every manifest's notes, added to the manifests they
    /// are about and waived by their pending waivers. (Flat arrays rather than dictionaries of
    /// arrays: each generic type the program instantiates costs start-up.)
    private func judgeRuns(_ results: [LintedManifest], into reports: inout [ManifestReport]) {
        let notes = results.flatMap(\.notes)
        guard !notes.isEmpty else { return }
        let reportIndex = Dictionary(reports.indices.map { (reports[$0].file, $0) }, uniquingKeysWith: { first, _ in first })
        var judged = Array(repeating: false, count: reports.count)
        for rule in Set(notes.map(\.0)).sorted() {
            let enabled = rules[rule]
            let context = RunContext(language: options.language, rule: enabled.description, settings: enabled.settings)
            for finding in enabled.rule.checkRun(notes.filter { $0.0 == rule }.map(\.1), context) {
                guard let index = reportIndex[finding.file] else { continue }
                reports[index].findings.append(finding)
                judged[index] = true
            }
        }
        // The manifest's own findings of those rules were already matched: waiving them again changes nothing.
        for index in results.indices where judged[index] || !results[index].pendingWaivers.isEmpty {
            reports[index].findings = Waivers.apply(to: reports[index].findings, pending: results[index].pendingWaivers)
            reports[index].findings.sort(by: Finding.reportOrder)
        }
    }

    /// One manifest's report and the notes the run rules took of it.
    struct LintedManifest: Sendable {
        var report: ManifestReport
        /// (index of the rule in `rules`, its note)
        var notes: [(Int, RunNote)]
        /// Its waivers of the rules that took a note, waiting for their findings across the run.
        var pendingWaivers: [Waiver]
    }

    /// One manifest: the findings of every rule that applies, waivers applied; and the notes
    /// the run rules among them keep to judge it with the other manifests.
    func lintOne(_ input: LintInput) -> LintedManifest {
        let document: JSONDocument
        switch JSONParser.parse(input.bytes) {
        case .success(let parsed):
            document = parsed
        case .failure(let error):
            let finding = ManifestSyntax.finding(for: error, file: input.file, language: options.language, configuration: options.configuration)
            // Not JSON, perhaps not UTF-8: the snippet shows odd bytes escaped.
            return LintedManifest(report: ManifestReport(file: input.file, targets: [], findings: [finding],
                                                         quotedLines: QuotedLine.lines([finding.line], of: Array(Folding.displayText(input.bytes).utf8)),
                                                         rulesRun: [ManifestSyntax.description.id], gathered: nil), notes: [], pendingWaivers: [])
        }
        let manifest = Manifest(file: input.file, document: document)
        // The manifest's servers are probed together while its first rules run.
        let readings = ManifestReadings(manifest)
        options.prober?.prefetch(readings.addresses.probed.map(\.url))
        // A previous version that is not JSON cannot be compared: immutable-fields then judges nothing.
        let previous = input.previousBytes.flatMap { bytes -> Manifest? in
            guard case .success(let parsed) = JSONParser.parse(bytes) else { return nil }
            return Manifest(file: input.file, document: parsed)
        }
        let selection = selections[Self.targetMask(manifest.targets)]
        var findings: [Finding] = []
        var waiverContext: RuleContext?
        var notes: [(Int, RunNote)] = []
        for index in selection.rules {
            let enabled = rules[index]
            let context = RuleContext(manifest: manifest, readings: readings, files: input.files, prober: options.prober, today: options.today,
                                      language: options.language, rule: enabled.description, settings: enabled.settings, previous: previous)
            findings += enabled.rule.check(context)
            if enabled.description.id == WaiverValid.description.id { waiverContext = context }
            if let note = enabled.rule.note(context) { notes.append((index, note)) }
        }
        let waivers = Waivers.effective(in: manifest, files: input.files, enabledRules: enabledRuleIDs, waiverContext: waiverContext)
        let waived = Waivers.apply(waivers, to: findings, runRules: Set(notes.map { rules[$0.0].description.id }))
        findings = waived.findings
        findings = FindingLimit.apply(findings, limit: options.findingsPerRule, language: options.language)
        let gathered = options.gather?(manifest, input.files)
        input.files.forgetCache()
        findings.sort(by: Finding.reportOrder)
        // The lines of the notes and of the pending waivers' warnings too: findings about them come after this manifest is gone.
        let quoted = QuotedLine.lines(findings.map(\.line) + notes.map(\.1.position.line) + waived.pending.compactMap(\.unmatched?.line),
                                      of: input.bytes)
        return LintedManifest(report: ManifestReport(file: input.file, targets: manifest.targets, findings: findings, quotedLines: quoted,
                                                     rulesRun: selection.ids, gathered: gathered), notes: notes, pendingWaivers: waived.pending)
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
