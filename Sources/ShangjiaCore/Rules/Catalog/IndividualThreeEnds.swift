struct IndividualThreeEnds: Rule {
    static let description = RuleDescription(
        id: "individual-three-ends",
        title: Text(zh: "面向个人的浙里办服务上架三端", en: "A 浙里办 service for individuals is listed on all three ends"),
        severity: .error, targets: [.service],
        source: "《IRS应用注册与上架经验》服务侧应用发布 3 上架端",
        rationale: Text(zh: "发布到浙里办APP、面向个人（含个人和法人）的服务，须同时上架浙里办APP、支付宝和微信三端。上架端未填写时视为三端都缺。",
                        en: "A service released to 浙里办APP whose users include individuals (个人 or 个人和法人) must be listed on 浙里办APP, 支付宝 and 微信 alike. Absent listing ends count as all three missing."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"channels": ["浙里办APP"], "userType": "个人和法人", "listingEnds": ["微信", "支付宝", "浙里办APP", "政务服务网"]}}"#),
            RuleExample(#"{"service": {"channels": ["浙里办APP"], "userType": "法人", "listingEnds": ["浙里办APP"]}}"#),
            RuleExample(#"{"service": {"channels": ["政务服务网"], "userType": "个人", "listingEnds": ["政务服务网"]}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"channels": ["浙里办APP"], "userType": "个人", "listingEnds": ["浙里办APP", "政务服务网"]}}"#, at: ["/service/listingEnds"]),
            RuleExample(#"{"service": {"channels": ["浙里办APP", "政务服务网"], "userType": "个人和法人"}}"#, at: ["/service/listingEnds"]),
        ])

    static let ends = ["浙里办APP", "支付宝", "微信"]

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        guard manifest.strings(.serviceChannels).contains(FieldCatalog.Channel.zheliban),
              let userType = manifest.string(.serviceUserType), userType == "个人" || userType == "个人和法人" else { return [] }
        // An absent list is this rule's to report (required-field does not ask for it); a list of another type is manifest-field-type's.
        if let value = manifest[.serviceListingEnds], value.arrayValue == nil { return [] }
        let listed = manifest.strings(.serviceListingEnds)
        let missing = Self.ends.filter { !listed.contains($0) }
        guard !missing.isEmpty else { return [] }
        return [context.finding(at: .serviceListingEnds,
            zh: "服务用户类型为 \(userType) 且发布到浙里办APP，\(context.name(.serviceListingEnds))缺少 \(missing.joined(separator: "、"))",
            en: "the service is released to 浙里办APP for \(userType) users, but \(context.name(.serviceListingEnds)) lacks \(missing.joined(separator: ", "))",
            hint: Text(zh: "面向个人的服务须同时上架浙里办APP、支付宝和微信", en: "a service for individuals must be listed on 浙里办APP, 支付宝 and 微信"),
            related: [.field(.serviceChannels), .field(.serviceUserType)])]
    }
}
