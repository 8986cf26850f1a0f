/// Every rule, listed once. Adding a rule: write its file in Rules/Catalog and add it to
/// the list of its family below.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = manifestRules + applicationRules + releaseRules + addressRules + fileRules

    /// The shape of the manifest itself.
    static let manifestRules: [any Rule.Type] = [
        ManifestSyntax.self,
        ManifestUnknownField.self,
        ManifestFieldType.self,
        RequiredField.self,
        WaiverValid.self,
    ]

    /// IRS 应用注册（编目）, developer and secrets.
    static let applicationRules: [any Rule.Type] = [
    ]

    /// 服务侧 / 治理侧 / 一网协同 release fields.
    static let releaseRules: [any Rule.Type] = [
    ]

    /// Addresses, egress IPs, 应用标识 and the load test.
    static let addressRules: [any Rule.Type] = [
    ]

    /// Icons and uploaded materials.
    static let fileRules: [any Rule.Type] = [
    ]

    public static func description(of id: String) -> RuleDescription? {
        all.first { $0.description.id == id }?.description
    }
}
