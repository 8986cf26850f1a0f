import ShangjiaCore

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
/// One run; `tool.driver.rules` holds every rule that ran, results point at them by index.
public struct SARIFReporter: Reporter {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// Versioned so that a change of what the fingerprint covers can be told apart.
    static let fingerprintKey = "shangjiaFinding/v2"

    public init() {}

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        let language = settings.language
        let findings = report.manifests.flatMap(\.findings)
        let results = zip(findings, Fingerprint.all(findings)).map { finding, fingerprint in
            result(finding, fingerprint: fingerprint, report: report, language: language)
        }
        return JSONOutput.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string(Tool.name)),
                    ("version", .string(settings.toolVersion)),
                    ("semanticVersion", .string(settings.toolVersion)),
                    ("language", .string(Self.languageTag(language))),
                    ("rules", .array(report.rules.map { Self.rule($0, language: language) })),
                ]))])),
                ("language", .string(Self.languageTag(language))),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ]).rendered()
    }

    static func languageTag(_ language: Language) -> String { language == .zh ? "zh-CN" : "en-US" }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func rule(_ rule: RuleDescription, language: Language) -> JSONOutput {
        let helpText = rule.rationale(language) + (rule.source.map { "\n\n" + $0 } ?? "")
        return .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title(language)))])),
            ("fullDescription", .object([("text", .string(rule.rationale(language)))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(RuleBook.page(for: rule)))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([("tags", .array(rule.targets.map { .string($0.rawValue) }))])),
        ])
    }

    func result(_ finding: Finding, fingerprint: String, report: LintReport, language: Language) -> JSONOutput {
        let manifestURI = ArtifactPath.uri(ArtifactPath.repoRelative(finding.file))
        var members: [(String, JSONOutput)] = [("ruleId", .string(finding.rule))]
        if let index = report.rules.firstIndex(where: { $0.id == finding.rule }) { members.append(("ruleIndex", .int(index))) }
        members += [
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(finding.message + (finding.hint.map { "\n" + $0 } ?? "")))])),
            ("locations", .array([.object([
                ("physicalLocation", Self.physicalLocation(uri: manifestURI, line: finding.line, column: finding.column)),
                ("logicalLocations", .array([Self.logicalLocation(finding.pointer.description)])),
            ])])),
        ]
        let related = relatedLocations(finding, manifestURI: manifestURI, language: language)
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        members.append(("partialFingerprints", .object([(Self.fingerprintKey, .string(fingerprint))])))
        // A waiver lives in the manifest (inSource); a baseline in a file beside it (external).
        var suppressions: [JSONOutput] = []
        if finding.waived {
            suppressions.append(.object([
                ("kind", .string("inSource")),
                ("status", .string("accepted")),
                ("justification", .string(finding.waiverReason ?? "")),
            ]))
        }
        if finding.baselined {
            suppressions.append(.object([("kind", .string("external")), ("status", .string("accepted")), ("justification", .string("baseline"))]))
        }
        if !suppressions.isEmpty { members.append(("suppressions", .array(suppressions))) }
        if let source = finding.source { members.append(("properties", .object([("source", .string(source))]))) }
        return .object(members)
    }

    /// Referenced files by their repository path; related fields at their line in the manifest.
    func relatedLocations(_ finding: Finding, manifestURI: String, language: Language) -> [JSONOutput] {
        finding.related.enumerated().compactMap { offset, related in
            var members: [(String, JSONOutput)] = [("id", .int(offset + 1))]
            if let file = related.file {
                let path = ArtifactPath.referenced(file, byManifest: finding.file)
                members.append(("physicalLocation", .object([("artifactLocation", .object([("uri", .string(ArtifactPath.uri(path)))]))])))
                members.append(("message", .object([("text", .string(file))])))
            } else if let pointer = related.pointer {
                members.append(("physicalLocation", Self.physicalLocation(uri: manifestURI, line: related.position?.line ?? 1,
                                                                          column: related.position?.column ?? 1)))
                members.append(("logicalLocations", .array([Self.logicalLocation(pointer.description)])))
                members.append(("message", .object([("text", .string(FieldCatalog.name(of: pointer, language)))])))
            } else {
                return nil
            }
            return .object(members)
        }
    }

    static func physicalLocation(uri: String, line: Int, column: Int) -> JSONOutput {
        .object([
            ("artifactLocation", .object([("uri", .string(uri))])),
            ("region", .object([("startLine", .int(max(1, line))), ("startColumn", .int(max(1, column)))])),
        ])
    }

    static func logicalLocation(_ pointer: String) -> JSONOutput {
        .object([("fullyQualifiedName", .string(pointer)), ("kind", .string("member"))])
    }
}
