/// Every rule, listed once. Adding a rule: write its file in Rules/Catalog and add it to
/// the list of its family below.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = manifestRules + applicationRules + releaseRules + addressRules + fileRules + onlineRules

    /// The shape of the manifest itself.
    static let manifestRules: [any Rule.Type] = [
        ManifestSyntax.self,
        ManifestUnknownField.self,
        ManifestFieldType.self,
        RequiredField.self,
        WaiverValid.self,
        PlaceholderValue.self,
        ImmutableFields.self,
    ]

    /// IRS 应用注册（编目）, developer and secrets.
    static let applicationRules: [any Rule.Type] = [
        AppNameSuffix.self,
        AppNameRegionPrefix.self,
        AppNameQuotes.self,
        AppSummaryContent.self,
        StatusDates.self,
        StatusPublishable.self,
        NetworkChannelConsistency.self,
        RegionConsistency.self,
        DeveloperCreditCode.self,
        DeveloperContact.self,
        DeveloperNotOwner.self,
        PlaintextSecret.self,
        RunningObligations.self,
    ]

    /// 服务侧 / 治理侧 / 一网协同 release fields.
    static let releaseRules: [any Rule.Type] = [
        ServiceNameLength.self,
        ServiceNameCharset.self,
        ServiceIntroLength.self,
        ReleaseTypeChannel.self,
        CodeHosting.self,
        IndividualThreeEnds.self,
        GovernanceSso.self,
        GovernanceNoVpn.self,
        GovernanceMonitoring.self,
        SeniorLeadersUnified.self,
        ShanghaiName.self,
        ShanghaiTls.self,
        ShanghaiStateSecrets.self,
        ShanghaiH5Only.self,
        ShanghaiPageWidth.self,
        MiniprogramNoPc.self,
        MonitoringPages.self,
    ]

    /// Addresses, egress IPs, 应用标识 and the load test.
    static let addressRules: [any Rule.Type] = [
        UrlHttps.self,
        UrlValid.self,
        UrlPublicHost.self,
        UrlRequired.self,
        HealthUrl.self,
        EgressIpCount.self,
        EgressIpPublic.self,
        AppIdFormat.self,
        AppIdUnique.self,
        LoadTest.self,
    ]

    /// Icons and uploaded materials.
    static let fileRules: [any Rule.Type] = [
        IconFormat.self,
        IconDimensions.self,
        IconFileSize.self,
        IconIntegrity.self,
        IconLineStyle.self,
        IconSquareCorners.self,
        IconStrokeBorder.self,
        MaterialFile.self,
        ConstructionPlan.self,
        ServiceMaterials.self,
        ScreenRecording.self,
        GovernanceTemplates.self,
        ShanghaiReports.self,
    ]

    public static func description(of id: String) -> RuleDescription? {
        all.first { $0.description.id == id }?.description
    }

    /// The live servers, with `--online` only.
    static let onlineRules: [any Rule.Type] = [
        UrlReachable.self,
        TlsCertificate.self,
        TlsProtocol.self,
        MonitoringScripts.self,
        PageResponseTime.self,
    ]
}
