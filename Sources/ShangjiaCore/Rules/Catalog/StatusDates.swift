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

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        var findings: [Finding] = []
        if let launchDate = Self.date(.applicationLaunchDate, in: manifest), let retiredDate = Self.date(.applicationRetiredDate, in: manifest), launchDate > retiredDate {
            findings.append(context.finding(at: .applicationRetiredDate,
                zh: "\(context.name(.applicationRetiredDate)) \(retiredDate) 早于\(context.name(.applicationLaunchDate)) \(launchDate)",
                en: "\(context.name(.applicationRetiredDate)) \(retiredDate) is before \(context.name(.applicationLaunchDate)) \(launchDate)",
                related: [.field(.applicationLaunchDate)]))
        }
        guard let status = manifest.string(.applicationStatus), FieldCatalog.statuses.contains(status) else { return findings }
        let check = StatusCheck(context: context, status: status)
        switch status {
        case FieldCatalog.Status.building, FieldCatalog.Status.changing:
            findings += check.required(.applicationPlannedLaunchDate, notBeforeToday: true)
            findings += check.absent(.applicationRetiredDate)
        case FieldCatalog.Status.running:
            findings += check.required(.applicationLaunchDate, notBeforeToday: false)
            findings += check.absent(.applicationRetiredDate)
        case FieldCatalog.Status.planning:
            findings += check.absent(.applicationLaunchDate) + check.absent(.applicationRetiredDate)
            findings += check.optional(.applicationPlannedLaunchDate, notBeforeToday: true)
        case FieldCatalog.Status.retired:
            findings += check.required(.applicationLaunchDate, notBeforeToday: false)
            findings += check.required(.applicationRetiredDate, notBeforeToday: false)
        default:
            break
        }
        return findings
    }

    /// A date that parses; nil when absent or malformed (manifest-field-type reports that).
    static func date(_ pointer: JSONPointer, in manifest: Manifest) -> CalendarDate? {
        manifest.date(pointer)?.stringValue.flatMap(CalendarDate.init)
    }

    /// The date checks of one status, each finding sitting at the date with the status related.
    private struct StatusCheck {
        let context: RuleContext
        let status: String

        /// A date the status needs: present, and on the right side of today.
        func required(_ pointer: JSONPointer, notBeforeToday: Bool) -> [Finding] {
            guard context.manifest.date(pointer) == nil else { return optional(pointer, notBeforeToday: notBeforeToday) }
            return [finding(pointer, Text(zh: "应用状态为“\(status)”，需要填写\(context.name(pointer))", en: "status \(status) needs \(context.name(pointer))"),
                            hint: Text(zh: "填写该时间，或更正应用状态", en: "fill in the date, or correct the status"))]
        }

        /// A date that, when present, lies on or after today (or on or before it).
        func optional(_ pointer: JSONPointer, notBeforeToday: Bool) -> [Finding] {
            guard let date = StatusDates.date(pointer, in: context.manifest) else { return [] }
            let today = context.today
            if notBeforeToday, date < today {
                return [finding(pointer, Text(zh: "应用状态为“\(status)”，\(context.name(pointer)) \(date) 早于今天 \(today)",
                                           en: "status \(status): \(context.name(pointer)) \(date) is before today \(today)"), hint: correct)]
            }
            if !notBeforeToday, date > today {
                return [finding(pointer, Text(zh: "应用状态为“\(status)”，\(context.name(pointer)) \(date) 晚于今天 \(today)",
                                           en: "status \(status): \(context.name(pointer)) \(date) is after today \(today)"), hint: correct)]
            }
            return []
        }

        /// A date the status must not have.
        func absent(_ pointer: JSONPointer) -> [Finding] {
            guard context.manifest.date(pointer) != nil else { return [] }
            return [finding(pointer, Text(zh: "应用状态为“\(status)”，不应填写\(context.name(pointer))", en: "status \(status) must not have \(context.name(pointer))"),
                            hint: Text(zh: "删去该时间，或更正应用状态", en: "remove the date, or correct the status"))]
        }

        private var correct: Text { Text(zh: "更正该时间，或更正应用状态", en: "correct the date, or the status") }

        private func finding(_ pointer: JSONPointer, _ message: Text, hint: Text) -> Finding {
            context.finding(at: pointer, message, hint: hint, related: [.field(.applicationStatus)])
        }
    }
}
