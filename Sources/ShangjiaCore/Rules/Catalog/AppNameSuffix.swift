struct AppNameSuffix: Rule {
    static let suffixes = ["平台", "项目"]
    /// Levels below the province, where the suffix is not allowed.
    static let localLevels = ["市级", "县(市、区)", "乡镇(街道)", "村(社区)"]

    static let description = RuleDescription(
        id: "app-name-suffix",
        title: Text(zh: "地市、区县应用名称不以“平台”“项目”结尾", en: "A local application name does not end in 平台 or 项目"),
        severity: .error, targets: [.application], source: "《IRS应用注册与上架经验》应用注册（编目）1 应用名称",
        rationale: Text(zh: "编目时，地市及以下建设层级的应用名称不能以“平台”或“项目”作后缀；省级、国家级应用不受此限。",
                        en: "In the IRS catalog, applications built at city level or below may not be named with the suffix 平台 (platform) or 项目 (project); provincial and national ones may."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"name": "杭州市医保服务", "level": "市级"}, "service": {}}"#),
            RuleExample(#"{"application": {"name": "浙江省公共数据平台", "level": "省级"}, "service": {}}"#),
            RuleExample(#"{"application": {"name": "国家政务服务平台", "level": "国家"}, "governance": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"name": "杭州市城市大脑平台", "level": "市级"}, "service": {}}"#, at: ["/application/name"]),
            RuleExample(#"{"application": {"name": "西湖区未来社区项目　", "level": "县(市、区)"}, "governance": {}}"#, at: ["/application/name"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let name = context.manifest.string(.applicationName), let level = context.manifest.string(.applicationLevel),
              Self.localLevels.contains(level) else { return [] }
        let trimmed = Regions.trimmed(name)
        guard let suffix = Self.suffixes.first(where: { trimmed.hasSuffix($0) }) else { return [] }
        return [context.finding(at: .applicationName,
            zh: "\(context.name(.applicationName)) “\(name)” 以“\(suffix)”结尾；建设层级为\(level)的应用不能用“平台”“项目”作后缀",
            en: "\(context.name(.applicationName)) '\(name)' ends in \(suffix); an application built at level \(level) may not end in 平台 or 项目",
            hint: Text(zh: "改用说明业务的名称，如“……服务”“……系统”“……应用”", en: "name what it does instead, e.g. …服务, …系统 or …应用"),
            related: [.field(.applicationLevel)])]
    }
}
