struct AppNameRegionPrefix: Rule {
    static let description = RuleDescription(
        id: "app-name-region-prefix",
        title: Text(zh: "应用名称以所属区域开头", en: "The application name starts with its region"),
        severity: .warning, targets: [.application], source: "《IRS应用注册与上架经验》应用注册（编目）1 应用名称",
        rationale: Text(zh: "编目时应用名称的前缀要写明区域，例如“杭州市……”或“杭州……”，便于在全省目录中区分同类应用。区域写成完整路径（杭州市西湖区）时，名称也可只以最后一级开头（“西湖区……”或“西湖……”）；区域前可带上级（“杭州西湖区……”）。",
                        en: "The catalog name must begin with its region (杭州市… or 杭州…), so that similar applications of different places can be told apart in the province-wide catalog. For a full-path region (杭州市西湖区) the name may start with its last place alone (西湖区… or 西湖…); higher places may come first (杭州西湖区…)."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"name": "杭州市“浙里办”医保服务", "region": "杭州市"}, "service": {}}"#),
            RuleExample(#"{"application": {"name": "西湖未来社区服务", "region": "西湖区"}, "governance": {}}"#),
            RuleExample(#"{"application": {"name": "杭州市西湖区未来社区服务", "region": "西湖区"}, "governance": {}}"#),
            RuleExample(#"{"application": {"name": "西湖未来社区服务", "region": "杭州市西湖区"}, "governance": {}}"#),
            RuleExample(#"{"application": {"name": "浙江公共数据服务", "region": "浙江省"}, "service": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"name": "“浙里办”医保服务", "region": "杭州市"}, "service": {}}"#, at: ["/application/name"]),
            RuleExample(#"{"application": {"name": "杭州市社区服务", "region": "西湖区"}, "governance": {}}"#, at: ["/application/name"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let name = context.manifest.string(.applicationName), let region = context.manifest.string(.applicationRegion),
              !name.isBlank, !region.isBlank else { return [] }
        let places = Regions.places(of: region)
        guard let last = places.last else { return [] }
        // The region as written, or its last place in full or short (杭州市西湖区, 西湖区, 西湖);
        // never a region less its last suffix (杭州市西湖), which names no place.
        var forms = [Regions.trimmed(region)]
        for form in last.forms where !forms.contains(form) { forms.append(form) }
        // Higher places may come first: 浙江省杭州市西湖区… names 西湖区 just as well.
        var higher = [Regions.forms(of: Regions.province)]
        if case .city(let city)? = Regions.locate(region) { higher.append(Regions.forms(of: city + "市")) }
        higher += places.dropLast().map(\.forms)
        var starts = [Substring(Regions.trimmed(name))]
        for prefixes in higher {
            let next = Regions.dropping(prefixes, from: starts[starts.count - 1])
            if next != starts[starts.count - 1] { starts.append(next) }
        }
        guard !starts.contains(where: { start in forms.contains { start.hasPrefix($0) } }) else { return [] }
        let zhForms = forms.map { "“\($0)”" }.joined(separator: "或")
        let enForms = forms.map { "'\($0)'" }.joined(separator: " or ")
        return [context.finding(at: .applicationName,
            zh: "\(context.name(.applicationName)) “\(name)” 没有以区域开头，应以\(zhForms)开头",
            en: "\(context.name(.applicationName)) '\(name)' does not start with its region: it should start with \(enForms)",
            hint: Text(zh: "在名称前加上区域，如“\(forms[forms.count - 1])……”", en: "prefix the name with the region, e.g. \(forms[forms.count - 1])…"),
            related: [.field(.applicationRegion)])]
    }
}
