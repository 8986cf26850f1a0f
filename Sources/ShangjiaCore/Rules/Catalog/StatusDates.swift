import ShangjiaJSON

struct StatusDates: Rule {
    static let description = RuleDescription(
        id: "status-dates",
        title: Text(zh: "应用状态与时间一致", en: "Application status and dates agree"),
        severity: .error, targets: [.application], source: "《IRS应用注册与上架经验》应用注册（编目）4 应用状态",
        rationale: Text(zh: "编目的应用状态要与各时间相符：建设中、功能变更中须有不早于今天的计划上线时间；运行中须有不晚于今天的上线时间；谋划中不应有上线或停用时间，计划上线时间不早于今天；停用须有不晚于今天的上线和停用时间；其他状态不应有停用时间；上线时间不晚于停用时间。",
                        en: "The catalog status must agree with its dates: 建设中 and 功能变更中 need a planned launch date no earlier than today; 运行中 needs a launch date no later than today; 谋划中 has no launch or retirement date, and a planned launch date no earlier than today; 停用 needs launch and retirement dates no later than today; no other status has a retirement date; the launch date is not after the retirement date."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"status": "建设中", "plannedLaunchDate": "2026-11-23"}, "service": {}}"#, today: "2026-11-23"),
            RuleExample(#"{"application": {"status": "运行中", "launchDate": "2026-11-23"}, "service": {}}"#, today: "2026-11-23"),
            RuleExample(#"{"application": {"status": "谋划中"}, "governance": {}}"#),
            RuleExample(#"{"application": {"status": "停用", "launchDate": "2024-01-01", "retiredDate": "2026-11-23"}, "service": {}}"#, today: "2026-11-23"),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"status": "建设中", "plannedLaunchDate": "2026-11-22"}, "service": {}}"#, today: "2026-11-23", at: ["/application/plannedLaunchDate"]),
            RuleExample(#"{"application": {"status": "运行中", "retiredDate": "2025-01-01"}, "service": {}}"#, at: ["/application/launchDate", "/application/retiredDate"]),
            RuleExample(#"{"application": {"status": "停用", "launchDate": "2026-01-01", "retiredDate": "2025-12-31"}, "governance": {}}"#, at: ["/application/retiredDate"]),
        ])

    private static let planned = "/application/plannedLaunchDate", launch = "/application/launchDate", retired = "/application/retiredDate"

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        var findings: [Finding] = []
        if let launchDate = Self.date(Self.launch, in: manifest), let retiredDate = Self.date(Self.retired, in: manifest), launchDate > retiredDate {
            findings.append(context.finding(at: Self.retired,
                Text(zh: "\(context.name(Self.retired)) \(retiredDate) 早于\(context.name(Self.launch)) \(launchDate)",
                     en: "\(context.name(Self.retired)) \(retiredDate) is before \(context.name(Self.launch)) \(launchDate)"),
                related: [.field(Self.launch)]))
        }
        guard let status = manifest.string("/application/status"), FieldCatalog.statuses.contains(status) else { return findings }
        let check = StatusCheck(context: context, status: status)
        switch status {
        case FieldCatalog.Status.building, FieldCatalog.Status.changing:
            findings += check.required(Self.planned, notBeforeToday: true)
            findings += check.absent(Self.retired)
        case FieldCatalog.Status.running:
            findings += check.required(Self.launch, notBeforeToday: false)
            findings += check.absent(Self.retired)
        case FieldCatalog.Status.planning:
            findings += check.absent(Self.launch) + check.absent(Self.retired)
            findings += check.optional(Self.planned, notBeforeToday: true)
        case FieldCatalog.Status.retired:
            findings += check.required(Self.launch, notBeforeToday: false)
            findings += check.required(Self.retired, notBeforeToday: false)
        default:
            break
        }
        return findings
    }

    /// A date that parses; nil when absent or malformed (manifest-field-type reports that).
    static func date(_ path: String, in manifest: Manifest) -> CalendarDate? {
        manifest.date(path)?.stringValue.flatMap(CalendarDate.init)
    }

    /// The date checks of one status, each finding sitting at the date with the status related.
    private struct StatusCheck {
        let context: RuleContext
        let status: String

        /// A date the status needs: present, and on the right side of today.
        func required(_ path: String, notBeforeToday: Bool) -> [Finding] {
            guard context.manifest.date(path) == nil else { return optional(path, notBeforeToday: notBeforeToday) }
            return [finding(path, Text(zh: "应用状态为“\(status)”，需要填写\(context.name(path))", en: "status \(status) needs \(context.name(path))"),
                            hint: Text(zh: "填写该时间，或更正应用状态", en: "fill in the date, or correct the status"))]
        }

        /// A date that, when present, lies on or after today (or on or before it).
        func optional(_ path: String, notBeforeToday: Bool) -> [Finding] {
            guard let date = StatusDates.date(path, in: context.manifest) else { return [] }
            let today = context.today
            if notBeforeToday, date < today {
                return [finding(path, Text(zh: "应用状态为“\(status)”，\(context.name(path)) \(date) 早于今天 \(today)",
                                           en: "status \(status): \(context.name(path)) \(date) is before today \(today)"), hint: correct)]
            }
            if !notBeforeToday, date > today {
                return [finding(path, Text(zh: "应用状态为“\(status)”，\(context.name(path)) \(date) 晚于今天 \(today)",
                                           en: "status \(status): \(context.name(path)) \(date) is after today \(today)"), hint: correct)]
            }
            return []
        }

        /// A date the status must not have.
        func absent(_ path: String) -> [Finding] {
            guard context.manifest.date(path) != nil else { return [] }
            return [finding(path, Text(zh: "应用状态为“\(status)”，不应填写\(context.name(path))", en: "status \(status) must not have \(context.name(path))"),
                            hint: Text(zh: "删去该时间，或更正应用状态", en: "remove the date, or correct the status"))]
        }

        private var correct: Text { Text(zh: "更正该时间，或更正应用状态", en: "correct the date, or the status") }

        private func finding(_ path: String, _ message: Text, hint: Text) -> Finding {
            context.finding(at: path, message, hint: hint, related: [.field("/application/status")])
        }
    }
}
