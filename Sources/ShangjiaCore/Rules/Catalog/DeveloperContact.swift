import ShangjiaJSON

struct DeveloperContact: Rule {
    static let description = RuleDescription(
        id: "developer-contact",
        title: Text(zh: "开发商联系人有姓名和手机号", en: "Each developer contact has a name and a mobile number"),
        severity: .error, targets: [], source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.2.1 开发商联系方式",
        rationale: Text(zh: "开发商联系方式要填真实姓名和手机号：系统按手机号把应用同步到开发商工作台，只有该号码开通的浙政钉账号能登录发布，号码错了开发商就无法部署。手机号为 11 位、以 13–19 开头。",
                        en: "Each developer contact gives a real name and a mobile number: the portal syncs the application to the developer workbench by that number, and only the 浙政钉 account of that number can deploy, so a wrong number locks the developer out. A mobile number has 11 digits and starts with 13 to 19."),
        nonTriggeringExamples: [
            RuleExample(#"{"developer": {"contacts": [{"name": "李四", "phone": "13900000000"}, {"name": "王五", "phone": "19912345678"}]}, "service": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"developer": {"contacts": [{"name": "李四", "phone": "139-0000-0000"}, {"phone": "12900000000"}, {"name": " ", "phone": "1390000000"}]}, "service": {}}"#,
                        at: ["/developer/contacts/0/phone", "/developer/contacts/1/name", "/developer/contacts/1/phone", "/developer/contacts/2/name", "/developer/contacts/2/phone"]),
            RuleExample(#"{"developer": {"contacts": [{"name": "李四"}]}, "shanghai": {}}"#, at: ["/developer/contacts/0/phone"]),
        ])

    /// `^1[3-9]\d{9}$`: a mainland mobile number, digits only.
    static func isMobile(_ phone: String) -> Bool {
        let digits = Array(phone)
        return digits.count == 11 && digits.allSatisfy(\.isASCIIDigit) && digits[0] == "1" && "3456789".contains(digits[1])
    }

    func check(_ context: RuleContext) -> [Finding] {
        // No contacts at all is required-field's finding.
        guard let contacts = context.manifest[.developerContacts]?.arrayValue else { return [] }
        var findings: [Finding] = []
        for (index, contact) in contacts.enumerated() where contact.members != nil {
            let name = JSONPointer.developerContactsName(index), phone = JSONPointer.developerContactsPhone(index)
            if context.manifest[name].map({ $0.stringValue?.isBlank == true }) ?? true {
                findings.append(context.finding(at: name,
                    zh: "第 \(index + 1) 个开发商联系人缺少姓名", en: "developer contact \(index + 1) has no name",
                    hint: Text(zh: "填写联系人的真实姓名", en: "give the contact's real name")))
            }
            let advice = Text(zh: "填写已开通浙政钉账号的手机号，只写 11 位数字，不加区号、空格或横线",
                              en: "give the mobile number of the developer's 浙政钉 account: 11 digits, no country code, spaces or dashes")
            if context.manifest[phone] == nil {
                findings.append(context.finding(at: phone,
                    zh: "第 \(index + 1) 个开发商联系人缺少手机号", en: "developer contact \(index + 1) has no mobile number", hint: advice))
            } else if let value = context.manifest.string(phone), !Self.isMobile(value) {
                findings.append(context.finding(at: phone,
                    zh: "\(context.name(phone)) “\(value)” 不是 11 位手机号（1 开头，第二位 3–9）",
                    en: "\(context.name(phone)) '\(value)' is not an 11-digit mobile number (1, then 3–9, then 9 digits)", hint: advice))
            }
        }
        return findings
    }
}
