import ShangjiaInspect
import ShangjiaJSON
import ShangjiaOnline

/// A file an example needs, with a one-line summary for the rule book.
/// Its bytes are made only when a test asks for them: rule descriptions are read on every
/// run, and building example icons there would cost every lint.
public struct ExampleFile: Sendable {
    public let summary: String
    private let make: @Sendable () -> [UInt8]

    public init(_ summary: String, _ bytes: @autoclosure @escaping @Sendable () -> [UInt8]) {
        self.summary = summary
        self.make = bytes
    }

    public var bytes: [UInt8] { make() }
}

/// A manifest (and its files) on which a rule must fire, or must stay silent.
/// The test suite runs every example of every registered rule.
public struct RuleExample: Sendable {
    public let manifest: String
    public let files: [String: ExampleFile]
    public let today: CalendarDate
    /// For a triggering example: exactly the pointers the rule reports, each as often as reported, in any order.
    public let expectedPaths: [String]
    /// Other manifests linted in the same run, for rules across manifests.
    public let alongside: [String]
    /// The manifest's previous version (`--against`), for rules that compare with it.
    public let previous: String?
    /// For online rules: what the servers answered. Made only when a test asks (descriptions are
    /// read on every run); without it the online rules do not run.
    private let makeProbes: (@Sendable () -> RecordedProber)?
    public var probes: RecordedProber? { makeProbes?() }

    public init(_ manifest: String, files: [String: ExampleFile] = [:], today: String = "2026-11-23", previous: String? = nil,
                at expectedPaths: [String] = [], alongside: [String] = [], probes: (@Sendable () -> RecordedProber)? = nil) {
        self.manifest = manifest
        self.files = files
        self.today = CalendarDate(today)!
        self.previous = previous
        self.expectedPaths = expectedPaths
        self.alongside = alongside
        makeProbes = probes
    }
}

/// Everything about a rule but its logic: the rule book page and `shangjia rules` come from it.
public final class RuleDescription: Sendable {
    public let id: String
    public let title: Text
    public let severity: Severity
    /// Empty means every target (`*`).
    public let targets: [Target]
    /// The document title and section, per the spec's Sources table; nil for format rules.
    public let source: String?
    public let rationale: Text
    public let parameters: [any RuleParameter]
    /// A network rule, run only with `--online`.
    public let online: Bool
    /// The examples are made when a test or the rule book asks: every run reads every rule's
    /// description, and building the examples' manifests, dates and files there cost start-up.
    private let makeNonTriggeringExamples: @Sendable () -> [RuleExample]
    private let makeTriggeringExamples: @Sendable () -> [RuleExample]
    public var nonTriggeringExamples: [RuleExample] { makeNonTriggeringExamples() }
    public var triggeringExamples: [RuleExample] { makeTriggeringExamples() }

    public init(id: String, title: Text, severity: Severity, targets: [Target], source: String?, rationale: Text,
                parameters: [any RuleParameter] = [], online: Bool = false,
                nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [RuleExample],
                triggeringExamples: @autoclosure @escaping @Sendable () -> [RuleExample]) {
        self.id = id
        self.title = title
        self.severity = severity
        self.targets = targets
        self.source = source
        self.rationale = rationale
        self.parameters = parameters
        self.online = online
        makeNonTriggeringExamples = nonTriggeringExamples
        makeTriggeringExamples = triggeringExamples
    }

    public var targetLetters: String { targets.isEmpty ? "*" : targets.map(\.letter).joined(separator: ",") }
}

/// A rule: one file, one type. Rules are pure: they read the manifest and the injected
/// file inspector and date in `RuleContext`, never the disk or the clock.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Findings within one manifest.
    func check(_ context: RuleContext) -> [Finding]
    /// For a rule that also judges the manifests of a run together (duplicate 应用标识): what to
    /// keep of one manifest it applies to until the run ends. The engine keeps only these notes,
    /// never the manifests, so memory stays flat however many applications a run lints.
    /// (Requirements with defaults rather than a protocol to cast to: a failed cast searches
    /// every conformance of the program, 4 M instructions for the 47 rules.)
    func note(_ context: RuleContext) -> RunNote?
    /// Findings across all manifests of one run, from their notes in input order; called only
    /// when some manifest left a note.
    func checkRun(_ notes: [RunNote], _ context: RunContext) -> [Finding]
}

extension Rule {
    public func check(_ context: RuleContext) -> [Finding] { [] }
    public func note(_ context: RuleContext) -> RunNote? { nil }
    public func checkRun(_ notes: [RunNote], _ context: RunContext) -> [Finding] { [] }
}

/// What a rule keeps of one manifest for judging the run: one value and where it is written.
public struct RunNote: Sendable {
    public let value: String
    public let file: String
    public let pointer: JSONPointer
    public let position: SourcePosition
}

/// What a rule sees when it judges the run: its description, settings and the language.
public struct RunContext: Sendable {
    public let language: Language
    public let rule: RuleDescription
    let settings: RuleSettings

    /// A finding of this rule at the place a note was taken; only the message of the run's language is formatted.
    public func finding(at note: RunNote, zh: @autoclosure () -> String, en: @autoclosure () -> String, hint: Text? = nil) -> Finding {
        // As in a manifest's findings: a quoted value's control characters are shown escaped.
        Finding(rule: rule.id, severity: settings.severity ?? rule.severity, message: Folding.visibleControls(language == .zh ? zh() : en()),
                file: note.file, pointer: note.pointer, position: note.position, source: rule.source,
                hint: hint.map { Folding.visibleControls($0(language)) })
    }

    /// How messages name a field: 应用标识（/governance/appId）.
    public func name(_ pointer: JSONPointer) -> String { FieldCatalog.name(of: pointer, language) }
}

/// What a rule sees: the manifest, the file inspector, the address prober (with `--online`),
/// today, the language, its settings.
public struct RuleContext: Sendable {
    public let manifest: Manifest
    public let files: FileInspecting
    /// Present only with `--online`, the only time online rules run.
    public let prober: (any AddressProbing)?
    public let today: CalendarDate
    public let language: Language
    public let rule: RuleDescription
    let settings: RuleSettings
    /// The manifest's previous version (`--against`), parsed; nil when not compared.
    public let previous: Manifest?
    /// What several rules read of the manifest, worked out once for all of them.
    let readings: ManifestReadings
    var addresses: ManifestAddresses { readings.addresses }

    public init(manifest: Manifest, files: FileInspecting, prober: (any AddressProbing)? = nil, today: CalendarDate, language: Language,
                rule: RuleDescription, settings: RuleSettings = RuleSettings(), previous: Manifest? = nil) {
        self.init(manifest: manifest, readings: ManifestReadings(manifest), files: files, prober: prober, today: today, language: language,
                  rule: rule, settings: settings, previous: previous)
    }

    /// The engine's: `readings` worked out once a manifest, not once a rule.
    init(manifest: Manifest, readings: ManifestReadings, files: FileInspecting, prober: (any AddressProbing)?, today: CalendarDate,
         language: Language, rule: RuleDescription, settings: RuleSettings, previous: Manifest?) {
        self.manifest = manifest
        self.readings = readings
        self.files = files
        self.prober = prober
        self.today = today
        self.language = language
        self.rule = rule
        self.settings = settings
        self.previous = previous
    }

    /// A finding of this rule at `pointer`; a missing value sits at its nearest existing ancestor. The
    /// message is written in both languages, but only the run's is formatted (a run prints one).
    public func finding(at pointer: JSONPointer, zh: @autoclosure () -> String, en: @autoclosure () -> String, hint: Text? = nil,
                        severity: Severity? = nil, related: [RelatedLocation] = []) -> Finding {
        // A value quoted in a message may hold a control character (`\n` from "materials\new.pdf"): shown escaped.
        Finding(rule: rule.id, severity: settings.severity ?? severity ?? rule.severity,
                message: Folding.visibleControls(language == .zh ? zh() : en()),
                file: manifest.file, pointer: pointer, position: manifest.position(of: pointer), source: rule.source,
                hint: hint.map { Folding.visibleControls($0(language)) }, related: related.map(located))
    }

    /// A finding whose message was put together from parts already in both languages.
    public func finding(at pointer: JSONPointer, _ message: Text, hint: Text? = nil, severity: Severity? = nil,
                        related: [RelatedLocation] = []) -> Finding {
        finding(at: pointer, zh: message.zh, en: message.en, hint: hint, severity: severity, related: related)
    }

    private func located(_ related: RelatedLocation) -> RelatedLocation {
        var located = related
        located.position = related.pointer.map(manifest.position)
        return located
    }

    /// What a rule keeps of this manifest for judging the run: `value`, written at `pointer`.
    public func note(_ value: String, at pointer: JSONPointer) -> RunNote {
        RunNote(value: value, file: manifest.file, pointer: pointer, position: manifest.position(of: pointer))
    }

    /// How messages name a field: 服务名称（/service/name）.
    public func name(_ pointer: JSONPointer) -> String { FieldCatalog.name(of: pointer, language) }
}

/// A rule's configured severity and parameters (from `--config`).
public struct RuleSettings: Sendable {
    public var enabled = true
    public var severity: Severity?
    /// Decoded values by parameter name, set and read only through the typed subscripts (RuleParameter.swift).
    var parameters: [String: ParameterValue] = [:]

    public init(enabled: Bool = true, severity: Severity? = nil) {
        self.enabled = enabled
        self.severity = severity
    }
}
