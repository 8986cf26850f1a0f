struct RegionConsistency: Rule {
    static let provincialLevels = ["国家", "省级"]

    static let description = RuleDescription(
        id: "region-consistency",
        title: Text(zh: "治理侧所属区域与编目区域、层级一致", en: "The governance region agrees with the catalog region and level"),
        severity: .warning, targets: [.application, .governance],
        source: "《浙政钉应用IRS上架流程》第二步 3 注意 5；《IRS应用发布》用户手册 §3.2.2.1 流程信息",
        rationale: Text(zh: "治理侧的所属区域用于决定审批流程走向，按业主单位所在地选择：省级应用选“省级”，地市及其所辖区、县（市）的应用选该地市。本规则按内置的浙江省 11 个地市及其区县、功能区（如宁波杭州湾新区）表，对照编目的区域和建设层级；表中没有的地名不作判断，也不按名称开头猜测（杭州湾新区属于宁波，不是杭州）。",
                        en: "The governance region routes the approval, and is the city where the owner unit sits: 省级 for a provincial application, the city for an application of a city or of one of its districts and counties. The rule compares it with the catalog region and level, using a built-in table of Zhejiang's 11 cities, their counties and functional areas (such as 宁波杭州湾新区); a place the table does not know is not judged, nor guessed from how its name starts (杭州湾新区 lies in 宁波, not 杭州)."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"region": "杭州市西湖区", "level": "县(市、区)"}, "governance": {"region": "杭州"}}"#),
            RuleExample(#"{"application": {"region": "浙江省", "level": "省级"}, "governance": {"region": "省级"}}"#),
            RuleExample(#"{"application": {"region": "义乌市"}, "governance": {"region": "金华"}}"#),
            RuleExample(#"{"application": {"region": "宁波杭州湾新区"}, "governance": {"region": "宁波"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"region": "鄞州区", "level": "县(市、区)"}, "governance": {"region": "杭州"}}"#, at: ["/governance/region"]),
            RuleExample(#"{"application": {"region": "浙江省", "level": "省级"}, "governance": {"region": "温州"}}"#, at: ["/governance/region"]),
            RuleExample(#"{"application": {"region": "某某市", "level": "市级"}, "governance": {"region": "省级"}}"#, at: ["/governance/region"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        guard let chosen = manifest.string(.governanceRegion), FieldCatalog.governanceRegions.contains(chosen) else { return [] }
        let level = manifest.string(.applicationLevel).flatMap { FieldCatalog.levels.contains($0) ? $0 : nil }
        let location = manifest.string(.applicationRegion).flatMap(Regions.locate)
        // Fields are named only in a message: most manifests agree.
        var levelName: String { context.name(.applicationLevel) }
        var regionName: String { context.name(.applicationRegion) }
        var here: String { context.name(.governanceRegion) + (context.language == .zh ? " 为“\(chosen)”" : " is \(chosen)") }

        let expected: String
        let reason: () -> Text
        let related: [RelatedLocation]
        switch (level, location) {
        case (let level?, _) where Self.provincialLevels.contains(level):
            (expected, reason, related) = ("省级", { Text(zh: "\(levelName) 为\(level)", en: "\(levelName) is \(level)") }, [.field(.applicationLevel)])
        case (_, .city(let city)?):
            (expected, reason, related) = (city, { Text(zh: "\(regionName) 属于\(city)", en: "\(regionName) lies in \(city)") }, [.field(.applicationRegion)])
        case (nil, .province?):
            (expected, reason, related) = ("省级", { Text(zh: "\(regionName) 为浙江省", en: "\(regionName) is the province") }, [.field(.applicationRegion)])
        case (let level?, _) where chosen == "省级":
            // A local application whose city the table cannot tell: at least it is not 省级.
            return [context.finding(at: .governanceRegion,
                zh: "\(here)，但\(levelName) 为\(level)，应选应用所在的地市", en: "\(here), but \(levelName) is \(level): choose the application's city",
                related: [.field(.applicationLevel)])]
        default:
            return []
        }
        guard expected != chosen else { return [] }
        return [context.finding(at: .governanceRegion,
            zh: "\(here)，但\(reason().zh)，应选“\(expected)”", en: "\(here), but \(reason().en): choose \(expected)",
            hint: Text(zh: "所属区域填单位所在的地市（省级应用填“省级”），或更正编目的区域和建设层级",
                       en: "choose the owner unit's city (省级 for a provincial application), or correct the catalog region and level"),
            related: related)]
    }
}
