import ShangjiaJSON

/// The portal forms a vendor pre-fills for the owner's staff (`shangjia form`): which catalog
/// fields each portal asks for, in the portal's order. Labels come from `FieldCatalog`; an
/// entry carries its own label only where the portal words that field differently on this form.
public struct PortalForm: Sendable {
    public struct Entry: Sendable {
        /// The field's pointer in the manifest (`.serviceName`).
        public let pointer: JSONPointer
        /// The portal's wording, when it differs from the catalog's label.
        public let portalLabel: String?
        /// A boolean field that, when true, stands for this one with the given choice
        /// (服务侧 "PC端地址": 同移动端地址).
        public let sameAs: (pointer: JSONPointer, choice: String)?

        init(_ pointer: JSONPointer, label: String? = nil, sameAs: (pointer: JSONPointer, choice: String)? = nil) {
            self.pointer = pointer
            self.portalLabel = label
            self.sameAs = sameAs
        }

        /// The catalog's field (every constant names one; nil only for a pointer built by hand).
        public var field: Field? { FieldCatalog.field(at: pointer) }

        /// The portal's label; in English followed by it, since the portal itself is in Chinese.
        public func label(_ language: Language) -> String? {
            guard let field else { return nil }
            let portal = portalLabel ?? field.label.zh
            return language == .zh ? portal : "\(field.label.en) (\(portal))"
        }
    }

    public struct Section: Sendable {
        public let title: Text
        public let entries: [Entry]
    }

    /// `--target` name: irs, service, governance, shanghai.
    public let name: String
    public let title: Text
    /// The manifest section whose presence calls for this form.
    public let target: Target
    public let source: String
    public let sections: [Section]
}

public enum PortalForms {
    static let developer = PortalForm.Section(title: Text(zh: "开发商信息", en: "Developer"), entries: [
        .init(.developerName, label: "开发商"),
        .init(.developerCreditCode, label: "开发商社会信用编码"),
        .init(.developerContacts),
    ])

    /// IRS 应用注册（编目）. The status is chosen first; the fields after 应用简介 follow 002's
    /// screenshot of the registration page (建设部门 and 应用管理员 are filled in by IRS).
    /// Keys the catalog does not have yet are listed so that they appear once it does.
    public static let irs = PortalForm(name: "irs", title: Text(zh: "IRS 应用注册（编目）", en: "IRS application registration (catalog)"),
        target: .application, source: "《浙政钉应用IRS上架流程》第二步 1（应用注册页面）；《IRS应用注册与上架经验》应用注册",
        sections: [
            .init(title: Text(zh: "应用状态", en: "Status"), entries: [
                .init(.applicationStatus),
                .init(.applicationPlannedLaunchDate),
                .init(.applicationLaunchDate),
                .init(.applicationRetiredDate),
            ]),
            .init(title: Text(zh: "相关信息", en: "Details"), entries: [
                .init(.applicationName),
                .init(.applicationRegion),
                .init(.applicationSummary),
                .init(.applicationNetworks),
                .init(.applicationDomains),
                .init(.applicationConstructionPlan),
                .init(.applicationLevel),
                .init(.applicationUnifiedApp, label: "是否统建应用"),
                .init(.applicationConstructionMode),
                .init(.applicationBasis),
                .init(.applicationBasisOther, label: "其他(请注明)"),
                .init(.applicationCollaborative, label: "是否协同"),
                .init(.applicationMajorTask),
                .init(.applicationCoreBusiness),
                .init(.applicationCrossScenario),
                .init(.applicationSystemIntegration),
            ]),
            .init(title: Text(zh: "编目提交人", en: "Submitter"), entries: [
                .init(.applicationOwnerUnit),
                .init(.applicationOwnerSubmitterName),
                .init(.applicationOwnerSubmitterPhone),
            ]),
        ])

    /// 服务侧发布 as 001 §3.2.1.1.1 lists it (建设部门 and its 浙政钉ID come from IRS).
    public static let service = PortalForm(name: "service", title: Text(zh: "服务侧发布（浙里办/政务服务网）", en: "Service-side release (浙里办 / 政务服务网)"),
        target: .service, source: "《IRS应用发布》用户手册 §3.2.1.1.1",
        sections: [
            .init(title: Text(zh: "基础信息", en: "Basics"), entries: [
                .init(.serviceChannels),
                .init(.serviceReleaseType),
                .init(.serviceName),
                .init(.serviceIntro),
                .init(.serviceIcon),
                .init(.serviceUserType),
                .init(.serviceDomesticOS, label: "是否支持国产操作系统"),
                .init(.serviceMobileUrl),
                .init(.servicePcUrl, sameAs: (pointer: .servicePcSameAsMobile, choice: "同移动端地址")),
                .init(.serviceHealthUrl),
                .init(.serviceScope),
            ]),
            developer,
        ])

    /// 治理侧发布 as 001 §3.2.2.1 lists it, then the 发布端 and 发布类型 of the 浙政钉上架申请表 (002).
    public static let governance = PortalForm(name: "governance", title: Text(zh: "治理侧发布（浙政钉）", en: "Governance-side release (浙政钉)"),
        target: .governance, source: "《IRS应用发布》用户手册 §3.2.2.1；《浙政钉应用IRS上架流程》IRS 申请表",
        sections: [
            .init(title: Text(zh: "基础信息", en: "Basics"), entries: [
                .init(.governanceChannels),
                .init(.governanceReleaseType),
                .init(.governanceName),
                .init(.governanceIntro),
                .init(.governanceIcon),
                .init(.governanceUserType, label: "服务客户类型"),
                .init(.governanceDomesticOS, label: "是否支持国产操作系统"),
                .init(.governanceMobileUrl),
                .init(.governancePcUrl),
                .init(.governanceHealthUrl),
                .init(.governanceScope),
            ]),
            developer,
            .init(title: Text(zh: "流程信息", en: "Approval routing"), entries: [
                .init(.governanceUnified),
                .init(.governanceRegion),
            ]),
            .init(title: Text(zh: "浙政钉上架申请表", en: "浙政钉 listing application"), entries: [
                .init(.governanceChannels),
                .init(.governanceReleaseType),
            ]),
        ])

    /// 一网协同 应用注册: the contents 004 §6.2.2 names, in its order.
    public static let shanghai = PortalForm(name: "shanghai", title: Text(zh: "一网协同 应用注册", en: "一网协同 application registration"),
        target: .shanghai, source: "DB31DSJ/Z 003—2026 §6.2.2",
        sections: [
            .init(title: Text(zh: "注册内容", en: "Registration"), entries: [
                .init(.shanghaiName),
                .init(.shanghaiDescription),
                .init(.shanghaiCategory),
                .init(.shanghaiTheme, label: "行业主题"),
                .init(.shanghaiAppType),
                .init(.shanghaiVisibility),
                .init(.developerName, label: "应用开发商"),
                .init(.shanghaiLogo),
            ]),
        ])

    public static let all = [irs, service, governance, shanghai]

    public static func named(_ name: String) -> PortalForm? { all.first { $0.name == name } }

    /// The forms a manifest's sections call for, in `all`'s order.
    public static func calledFor(by manifest: Manifest) -> [PortalForm] { all.filter { manifest.applies($0.target) } }
}
