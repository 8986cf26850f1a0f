import ShangjiaJSON

/// What a manifest is checked for. The sections present decide it.
public enum Target: String, Sendable, CaseIterable, Comparable {
    /// IRS 应用注册（编目）: checked whenever `service` or `governance` exists.
    case application
    /// 浙里办 / 政务服务网 服务侧发布
    case service
    /// 浙政钉 治理侧发布
    case governance
    /// 上海「一网协同」接入
    case shanghai

    /// The manifest section that selects it: `/service` (`/application` is selected by either release section).
    public var pointer: JSONPointer { JSONPointer([rawValue]) }

    public var letter: String {
        switch self {
        case .application: return "A"
        case .service: return "S"
        case .governance: return "G"
        case .shanghai: return "H"
        }
    }

    public var label: Text {
        switch self {
        case .application: return Text(zh: "IRS 应用注册（编目）", en: "IRS application catalog")
        case .service: return Text(zh: "服务侧（浙里办/政务服务网）", en: "service side (浙里办 / 政务服务网)")
        case .governance: return Text(zh: "治理侧（浙政钉）", en: "governance side (浙政钉)")
        case .shanghai: return Text(zh: "上海一网协同", en: "Shanghai 一网协同")
        }
    }

    public static func < (lhs: Target, rhs: Target) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
