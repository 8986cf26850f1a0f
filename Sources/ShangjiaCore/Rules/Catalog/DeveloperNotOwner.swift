import ShangjiaJSON

struct DeveloperNotOwner: Rule {
    static let description = RuleDescription(
        id: "developer-not-owner",
        title: Text(zh: "开发商与业主编目提交人分开", en: "The developer is not the owner's catalog submitter"),
        severity: .error, targets: [.application], source: "《浙政钉应用IRS上架流程》第二步 1、第三步 3",
        rationale: Text(zh: "应用编目须由业主单位的在编正式人员提交，不能由开发公司人员代办；开发商登录用的账号也不得与业主的 IRS 编目账号共用。因此开发商联系人的手机号不能是编目提交人的手机号（按号码比较：只看数字，去掉开头的 +86），提交人须在编。",
                        en: "The catalog record is submitted by a staff member (在编) of the owner unit, never by the developer's people, and the developer's account may not be the owner's IRS account. So no developer contact shares the submitter's mobile number (compared as numbers: digits only, a leading +86 dropped), and the submitter is on the staff."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"owner": {"submitter": {"name": "张三", "phone": "13800000000", "isStaff": true}}}, "developer": {"contacts": [{"name": "李四", "phone": "13900000000"}]}, "service": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"owner": {"submitter": {"name": "张三", "phone": "13900000000", "isStaff": true}}}, "developer": {"contacts": [{"name": "李四", "phone": "13900000000"}]}, "service": {}}"#,
                        at: ["/developer/contacts/0/phone"]),
            RuleExample(#"{"application": {"owner": {"submitter": {"name": "张三", "phone": "13800000000"}}}, "governance": {}}"#,
                        at: ["/application/owner/submitter/isStaff"]),
        ])

    /// A phone as a number: its digits, less a leading country code 86 (or 0086) before 11 digits,
    /// so `+86 139 0571 0002` is `13905710002`.
    static func number(_ phone: String) -> String {
        let digits = String(phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        for code in ["0086", "86"] where digits.hasPrefix(code) && digits.count == code.count + 11 {
            return String(digits.dropFirst(code.count))
        }
        return digits
    }

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        // A missing submitter is required-field's finding.
        guard manifest[.applicationOwnerSubmitter]?.members != nil else { return [] }
        var findings: [Finding] = []
        let staffMessage: Text? = switch manifest[.applicationOwnerSubmitterIsStaff]?.boolValue {
        case nil where manifest[.applicationOwnerSubmitterIsStaff] == nil:
            Text(zh: "没有声明编目提交人是否在编（\(context.name(.applicationOwnerSubmitterIsStaff))），按不在编处理；编目须由业主单位在编人员提交",
                 en: "\(context.name(.applicationOwnerSubmitterIsStaff)) is not given, so the submitter counts as not on the staff; a staff member of the owner unit submits the catalog record")
        case false?:
            Text(zh: "编目提交人不是业主单位在编人员（\(context.name(.applicationOwnerSubmitterIsStaff)) 为 false）",
                 en: "the catalog submitter is not on the owner unit's staff (\(context.name(.applicationOwnerSubmitterIsStaff)) is false)")
        default:
            nil
        }
        if let staffMessage {
            findings.append(context.finding(at: .applicationOwnerSubmitterIsStaff, staffMessage,
                hint: Text(zh: "改由业主单位在编正式人员提交编目", en: "have a staff member of the owner unit submit the catalog record")))
        }
        guard let ownerNumber = manifest.string(.applicationOwnerSubmitterPhone).map(Self.number), !ownerNumber.isEmpty else { return findings }
        for index in (manifest[.developerContacts]?.arrayValue ?? []).indices {
            let phone = JSONPointer.developerContactsPhone(index)
            guard manifest.string(phone).map(Self.number) == ownerNumber else { continue }
            findings.append(context.finding(at: phone,
                zh: "\(context.name(phone)) 与\(context.name(.applicationOwnerSubmitterPhone)) 相同：开发商不能用业主编目提交人的账号",
                en: "\(context.name(phone)) is the same as \(context.name(.applicationOwnerSubmitterPhone)): the developer may not use the owner's submitter account",
                hint: Text(zh: "填写开发公司自己人员的手机号", en: "give the mobile number of someone at the developer"),
                related: [.field(.applicationOwnerSubmitterPhone)]))
        }
        return findings
    }
}
