import ShangjiaCore
import ShangjiaInspect

/// What a draft 情况说明 says (003's template: addressee, title, one paragraph a problem, the
/// unit accepting the risk, unit and date), gathered from one manifest and its findings.
public struct Statement: Sendable, Equatable {
    /// One waiver: the rule's title, what the linter found, and the waiver's reason.
    public struct Item: Sendable, Equatable {
        public let rule: String
        public let ruleTitle: String
        /// The waived findings' messages; empty when the waiver matched nothing this run.
        public let found: [String]
        public let reason: String
    }

    public let addressee: String
    public let application: String
    /// 浙里办, 浙政钉, 一网协同: where the waived problems block the listing.
    public let platforms: [String]
    public let items: [Item]
    /// `owner.unit`; nil when the manifest has none (a 一网协同-only manifest).
    public let unit: String?
    public let date: CalendarDate
    public let language: Language

    /// The platform a target lists on, and to whom its 情况说明 goes by default (SPEC, "Documents for people").
    static func platform(of target: Target) -> (name: String, addressee: String)? {
        switch target {
        case .service: ("浙里办", "浙江省大数据发展管理局")
        case .governance: ("浙政钉", "省大数据局")
        case .shanghai: ("一网协同", "上海市大数据中心")
        case .application: nil
        }
    }

    /// nil when the manifest has no well-formed waiver. `findings` are the manifest's, waivers applied.
    public static func gather(manifest: Manifest, files: FileInspecting, findings: [Finding], today: CalendarDate, language: Language,
                              addressee: String? = nil) -> Statement? {
        let waivers = Waiver.all(in: manifest, files: files)
        guard !waivers.isEmpty else { return nil }
        // The platforms the waivers point into; a waiver on the catalog record or the whole
        // manifest stands for every platform the manifest lists on.
        var targets = Set(waivers.compactMap { Target(rawValue: $0.scope.tokens.first ?? "") }).filter { platform(of: $0) != nil }
        if targets.isEmpty || waivers.contains(where: { Target(rawValue: $0.scope.tokens.first ?? "").flatMap(platform(of:)) == nil }) {
            targets.formUnion(manifest.targets.filter { platform(of: $0) != nil })
        }
        let platforms = targets.sorted().compactMap(platform(of:))
        let items = waivers.map { waiver in
            Item(rule: waiver.rule,
                 ruleTitle: RuleRegistry.description(of: waiver.rule)?.title(language) ?? waiver.rule,
                 found: findings.filter { $0.waived && waiver.covers($0) }.map(\.message),
                 reason: waiver.reason)
        }
        return Statement(addressee: addressee ?? platforms.first?.addressee ?? "浙江省大数据发展管理局",
                         application: manifest.applicationName, platforms: platforms.map(\.name), items: items,
                         unit: manifest.string(.applicationOwnerUnit).flatMap { $0.isBlank ? nil : $0 },
                         date: today, language: language)
    }

    func t(_ zh: String, _ en: String) -> String { Text(zh: zh, en: en)(language) }

    var platformList: String {
        language == .zh ? platforms.map { "“\($0)”" }.joined(separator: "、") : platforms.map { "“\($0)”" }.joined(separator: ", ")
    }

    var title: String {
        t("关于\(application)在\(platformList)上架有关问题的情况说明", "Statement on open issues in listing \(application) on \(platformList)")
    }

    var greeting: String { t("\(addressee)：", "To \(addressee):") }

    var introduction: String {
        t("\(application)申请在\(platformList)上架。经对照上架规范逐项自查，以下\(items.count)项尚未完全符合要求，现将有关情况及原因说明如下。",
          "\(application) applies for listing on \(platformList). Checked item by item against the listing rules, it does not yet fully meet \(items.count) of them; the facts and reasons follow.")
    }

    /// 一、 二、 … for Chinese, 1. 2. … for English.
    func number(_ position: Int) -> String {
        language == .zh ? Self.chineseNumeral(position) + "、" : "\(position). "
    }

    /// A numbered paragraph's opening: the requirement (a rule's title states one) not met.
    func heading(of item: Item) -> String {
        t("未完全满足“\(item.ruleTitle)”的要求。", "“\(item.ruleTitle)” is not fully met. ")
    }

    /// The body of a numbered paragraph after its heading.
    func body(of item: Item) -> String {
        let found = item.found.isEmpty
            ? t("本次检查未发现此问题，此条可删去。", "this run found no such problem; the paragraph can be deleted.")
            : item.found.map { Self.sentence($0, language) }.joined(separator: language == .zh ? "" : " ")
        let reason = Self.sentence(item.reason, language)
        return t("检查发现：\(found)原因：\(reason)", "Found: \(found) Reason: \(reason)")
    }

    var closing: String {
        t("上述问题可能带来的风险，本单位已经知悉并予以接受，由此产生的责任由本单位承担；相关问题将在后续迭代中整改完善。",
          "This unit understands the risks these issues carry, accepts them and bears the responsibility that follows; the issues will be remedied in later releases.")
    }

    var signOff: String { t("特此说明。", "") }

    var unitLine: String { unit ?? t("（业主单位）", "(owner unit)") }

    var dateLine: String {
        language == .zh ? "\(date.year)年\(date.month)月\(date.day)日" : "\(date.day) \(Self.monthNames[date.month - 1]) \(date.year)"
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// The text ending in a full stop of its language, without doubling one it already has.
    static func sentence(_ text: String, _ language: Language) -> String {
        let trimmed = text.trimmingTrailing { $0.isWhitespace }
        guard let last = trimmed.last else { return trimmed }
        if "。！？.!?".contains(last) { return trimmed }
        return trimmed + (language == .zh ? "。" : ".")
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond 99 the Arabic number.
    static func chineseNumeral(_ value: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard (1...99).contains(value) else { return String(value) }
        let tens = value / 10, ones = value % 10
        if tens == 0 { return digits[ones] }
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[ones]
    }
}

private extension String {
    func trimmingTrailing(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
