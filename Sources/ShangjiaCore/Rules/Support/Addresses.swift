import ShangjiaJSON

/// Addresses (URLs) and IP addresses as the address rules judge them: a strict URL splitter
/// that reads hosts the way a browser does, IPv4/IPv6 parsing, and the spec's "Public IP"
/// and "Intranet host" semantics. Foundation's URL is not used: it accepts spaces and
/// schemeless strings on some platforms and does not read `0x7f.1` as an IPv4 address.

// MARK: - IP addresses

/// An IPv4 (4 bytes) or IPv6 (16 bytes) address.
struct IPAddress: Hashable, Sendable {
    let bytes: [UInt8]

    var isIPv4: Bool { bytes.count == 4 }

    /// 10.0.0.1 (IPv4 only).
    var dotted: String { bytes.map(String.init).joined(separator: ".") }

    /// An egress IP as the portal takes it: a strict dotted quad or an IPv6 address.
    init?(strict text: String) {
        guard let address = IPAddress.dottedQuad(text[...]) ?? IPAddress.ipv6(text[...]) else { return nil }
        self = address
    }

    /// 4 or 16 bytes, as a resolver gives them.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Four decimal parts 0–255 without leading zeros: `010.1.1.1` is ambiguous (octal to a
    /// browser, decimal to many servers), so it is no address here.
    /// Read byte by byte: every host and egress IP of a manifest comes through here.
    static func dottedQuad(_ text: Substring) -> IPAddress? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4)
        var value = 0, digits = 0, leadingZero = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, bytes.count < 3 else { return nil }
                bytes.append(UInt8(value))
                value = 0
                digits = 0
                leadingZero = false
                continue
            }
            // At most three digits, 0–255, and no leading zero (a lone "0" is fine).
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 3, !leadingZero else { return nil }
            leadingZero = digits == 0 && byte == UInt8(ascii: "0")
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            guard value <= 255 else { return nil }
        }
        guard digits > 0, bytes.count == 3 else { return nil }
        bytes.append(UInt8(value))
        return IPAddress(bytes: bytes)
    }

    /// The RFC 4291 text forms: eight groups of 1–4 hex digits, one `::` for one or more zero
    /// groups, the last 32 bits optionally as a dotted quad. No zone (`%eth0`): it is local.
    static func ipv6(_ text: Substring) -> IPAddress? {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        let compressed = halves.count == 2
        guard let head = groups(halves[0], ipv4Tail: !compressed),
              let tail = compressed ? groups(halves[1], ipv4Tail: true) : [] else { return nil }
        guard compressed ? head.count + tail.count <= 7 : head.count == 8 else { return nil }
        let words = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        return IPAddress(bytes: words.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    }

    private static func groups(_ text: Substring, ipv4Tail: Bool) -> [UInt16]? {
        guard !text.isEmpty else { return [] }
        let items = text.split(separator: ":", omittingEmptySubsequences: false)
        var words: [UInt16] = []
        for (index, item) in items.enumerated() {
            if ipv4Tail, index == items.count - 1, item.contains(".") {
                guard let v4 = dottedQuad(item) else { return nil }
                words += [UInt16(v4.bytes[0]) << 8 | UInt16(v4.bytes[1]), UInt16(v4.bytes[2]) << 8 | UInt16(v4.bytes[3])]
            } else {
                guard (1...4).contains(item.count), item.allSatisfy(\.isASCIIHexDigit), let word = UInt16(item, radix: 16) else { return nil }
                words.append(word)
            }
        }
        return words
    }

    /// How a browser reads a host as IPv4 (WHATWG URL "ends in a number" and IPv4 parser):
    /// 1–4 parts, each decimal, octal (leading 0) or hex (0x), the last filling the remaining
    /// bytes, so `0x7f.1` and `2130706433` are both 127.0.0.1.
    enum BrowserIPv4 {
        /// Not an IPv4 host: a domain name.
        case domain
        /// Looks numeric but is no address: a browser rejects the URL (`256.1.1.1`).
        case invalid
        case address(IPAddress)
    }

    static func browserIPv4(_ host: String) -> BrowserIPv4 {
        // Only a last label ending in a hex digit or `x` can end in a number; most names end otherwise.
        guard let last = (host.hasSuffix(".") ? host.dropLast() : host[...]).last, last.isASCIIHexDigit || last == "x" || last == "X" else {
            return .domain
        }
        var parts = host.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last!.isEmpty { parts.removeLast() }
        guard let last = parts.last, endsInNumber(last) else { return .domain }
        guard parts.count <= 4 else { return .invalid }
        var numbers: [UInt64] = []
        for part in parts {
            guard let number = ipv4Number(part) else { return .invalid }
            numbers.append(number)
        }
        let lastBits = 8 * (5 - numbers.count)
        guard numbers.dropLast().allSatisfy({ $0 <= 255 }), numbers.last! < UInt64(1) << lastBits else { return .invalid }
        var value = numbers.last!
        for (index, number) in numbers.dropLast().enumerated() { value |= number << (8 * (3 - index)) }
        return .address(IPAddress(bytes: [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) }))
    }

    private static func endsInNumber(_ label: Substring) -> Bool {
        if !label.isEmpty, label.allSatisfy(\.isASCIIDigit) { return true }
        return (label.hasPrefix("0x") || label.hasPrefix("0X")) && label.dropFirst(2).allSatisfy(\.isASCIIHexDigit)
    }

    private static func ipv4Number(_ part: Substring) -> UInt64? {
        guard !part.isEmpty else { return nil }
        var digits = part, radix = 10
        if part.hasPrefix("0x") || part.hasPrefix("0X") {
            digits = part.dropFirst(2)
            radix = 16
        } else if part.count > 1, part.first == "0" {
            digits = part.dropFirst()
            radix = 8
        }
        guard !digits.isEmpty else { return 0 }
        let valid: (Character) -> Bool = radix == 16 ? { $0.isASCIIHexDigit } : radix == 8 ? { ("0"..."7").contains($0) } : { $0.isASCIIDigit }
        guard digits.allSatisfy(valid) else { return nil }
        return UInt64(digits, radix: radix) // nil on overflow: far above any limit anyway
    }

    // MARK: Public or not

    /// An address block, `10.0.0.0/8`.
    struct Block: Sendable {
        let cidr: String
        let prefix: IPAddress
        let length: Int

        init(_ cidr: String) {
            // Split at the slash byte: a Character split of the constant tables cost start-up.
            let slash = cidr.utf8.firstIndex(of: UInt8(ascii: "/"))!
            self.cidr = cidr
            prefix = IPAddress.dottedQuad(cidr[..<slash]) ?? IPAddress.ipv6(cidr[..<slash])!
            length = Int(cidr[cidr.utf8.index(after: slash)...])!
        }

        func contains(_ address: IPAddress) -> Bool {
            guard address.bytes.count == prefix.bytes.count else { return false }
            for bit in 0..<length {
                let mask = UInt8(0x80) >> (bit % 8)
                if address.bytes[bit / 8] & mask != prefix.bytes[bit / 8] & mask { return false }
            }
            return true
        }
    }

    /// A special-purpose block of the IANA registries that is not globally reachable.
    struct SpecialRange: Sendable {
        let block: Block
        let name: Text

        init(_ cidr: String, zh: String, en: String) {
            block = Block(cidr)
            name = Text(zh: zh, en: en)
        }

        /// 私网地址（10.0.0.0/8）
        var described: Text { Text(zh: "\(name.zh)（\(block.cidr)）", en: "\(name.en) (\(block.cidr))") }
    }

    /// The spec's list (Semantics, "Public IP"). 192.0.0.0/24 is taken whole, as the spec has it.
    static let nonPublicIPv4 = [
        SpecialRange("0.0.0.0/8", zh: "“本网络”地址", en: "“this network”"),
        SpecialRange("10.0.0.0/8", zh: "私网地址", en: "private-use"),
        SpecialRange("100.64.0.0/10", zh: "运营商级 NAT 共享地址", en: "shared address space (carrier-grade NAT)"),
        SpecialRange("127.0.0.0/8", zh: "环回地址", en: "loopback"),
        SpecialRange("169.254.0.0/16", zh: "链路本地地址", en: "link-local"),
        SpecialRange("172.16.0.0/12", zh: "私网地址", en: "private-use"),
        SpecialRange("192.0.0.0/24", zh: "IETF 协议分配地址", en: "IETF protocol assignments"),
        SpecialRange("192.0.2.0/24", zh: "文档示例地址（TEST-NET-1）", en: "documentation (TEST-NET-1)"),
        SpecialRange("192.88.99.0/24", zh: "已废弃的 6to4 中继任播地址", en: "deprecated 6to4 relay anycast"),
        SpecialRange("192.168.0.0/16", zh: "私网地址", en: "private-use"),
        SpecialRange("198.18.0.0/15", zh: "基准测试地址", en: "benchmarking"),
        SpecialRange("198.51.100.0/24", zh: "文档示例地址（TEST-NET-2）", en: "documentation (TEST-NET-2)"),
        SpecialRange("203.0.113.0/24", zh: "文档示例地址（TEST-NET-3）", en: "documentation (TEST-NET-3)"),
        SpecialRange("224.0.0.0/4", zh: "组播地址", en: "multicast"),
        SpecialRange("240.0.0.0/4", zh: "保留地址", en: "reserved"),
        SpecialRange("255.255.255.255/32", zh: "受限广播地址", en: "limited broadcast"),
    ]

    /// The spec's list, plus the registry's newer entries 64:ff9b:1::/48, 3fff::/20 and 5f00::/16.
    static let nonPublicIPv6 = [
        SpecialRange("::/128", zh: "未指定地址", en: "unspecified"),
        SpecialRange("::1/128", zh: "环回地址", en: "loopback"),
        SpecialRange("64:ff9b:1::/48", zh: "本地 IPv4/IPv6 转换地址", en: "local-use IPv4/IPv6 translation"),
        SpecialRange("100::/64", zh: "丢弃专用地址", en: "discard-only"),
        SpecialRange("2001::/23", zh: "IETF 协议分配地址", en: "IETF protocol assignments"),
        SpecialRange("2001:db8::/32", zh: "文档示例地址", en: "documentation"),
        SpecialRange("3fff::/20", zh: "文档示例地址", en: "documentation"),
        SpecialRange("5f00::/16", zh: "SRv6 段标识地址", en: "SRv6 SIDs"),
        SpecialRange("fc00::/7", zh: "唯一本地地址", en: "unique-local"),
        SpecialRange("fe80::/10", zh: "链路本地地址", en: "link-local"),
        SpecialRange("ff00::/8", zh: "组播地址", en: "multicast"),
    ]

    /// Inside 2001::/23, the blocks the IPv6 registry marks globally reachable.
    /// (2001:1::3/128 is the registry's 2024 entry for DNS-SD SRP anycast.)
    static let globalIn2001 = ["2001:1::1/128", "2001:1::2/128", "2001:1::3/128", "2001:3::/32", "2001:4:112::/48", "2001:20::/28", "2001:30::/28"]
        .map(Block.init)

    /// IPv6 blocks that carry an IPv4 address in their last 32 bits and are judged by it.
    static let embeddingIPv4 = [
        SpecialRange("::ffff:0:0/96", zh: "IPv4 映射地址", en: "IPv4-mapped"),
        SpecialRange("64:ff9b::/96", zh: "IPv4/IPv6 转换地址", en: "IPv4/IPv6 translation"),
    ]

    /// Why the address is not public (not globally reachable), or nil when it is public.
    var nonPublicReason: Text? {
        if isIPv4 {
            return Self.nonPublicIPv4.first { $0.block.contains(self) }?.described
        }
        if let range = Self.embeddingIPv4.first(where: { $0.block.contains(self) }) {
            let embedded = IPAddress(bytes: Array(bytes[12...]))
            return embedded.nonPublicReason.map { reason in
                Text(zh: "\(range.described.zh)，其中的 IPv4 \(embedded.dotted) 属于\(reason.zh)",
                     en: "\(range.described.en) whose IPv4 \(embedded.dotted) is \(reason.en)")
            }
        }
        if Self.globalIn2001.contains(where: { $0.contains(self) }) { return nil }
        if let range = Self.nonPublicIPv6.first(where: { $0.block.contains(self) }) { return range.described }
        return Self.globalUnicast.block.contains(self) ? nil : Text(zh: "全球单播（\(Self.globalUnicast.block.cidr)）以外的地址", en: "outside global unicast (\(Self.globalUnicast.block.cidr))")
    }

    /// Only global unicast IPv6 can be public (the registry allocates nothing else).
    static let globalUnicast = SpecialRange("2000::/3", zh: "全球单播地址", en: "global unicast")

    /// The same address in its plain form: an IPv4-mapped IPv6 address (::ffff:60.191.22.33) is its IPv4.
    var unmapped: IPAddress {
        guard !isIPv4, Self.embeddingIPv4[0].block.contains(self) else { return self }
        return IPAddress(bytes: Array(bytes[12...]))
    }
}

// MARK: - URLs

/// A URL that passed url-valid: an absolute URL with a host, split into its parts.
struct AddressURL: Sendable {
    enum Host: Hashable, Sendable {
        /// Lowercased, without a final dot.
        case domain(String)
        case ip(IPAddress)
    }

    /// Lowercased.
    let scheme: String
    let host: Host
    /// The host as written, for messages.
    let writtenHost: String

    /// What makes a string no valid address; the first problem found wins.
    enum Problem: Error {
        /// A space (any Unicode whitespace) at this 1-based character position.
        case space(at: Int)
        /// A control character or a backslash (browsers and servers disagree on `\`).
        case forbiddenCharacter(Character)
        /// No `scheme://`.
        case notAbsolute
        case userInfo
        case noHost
        case badPort(String)
        case badHost(String)
    }

    static func parse(_ text: String) -> Result<AddressURL, Problem> {
        if let problem = forbiddenCharacter(in: text) { return .failure(problem) }
        switch split(text) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let parts):
            let hostPart = Substring(text.unicodeScalars[parts.host])
            guard let host = readHost(hostPart) else { return .failure(.badHost(String(hostPart))) }
            return .success(AddressURL(scheme: String(text.unicodeScalars[parts.scheme]).lowercased(), host: host, writtenHost: String(hostPart)))
        }
    }

    /// The first space, control character or backslash, by character.
    private static func forbiddenCharacter(in text: String) -> Problem? {
        // Visible ASCII but `\` is always allowed: most addresses need no look at their characters.
        guard text.utf8.contains(where: { !(0x21..<0x7F).contains($0) || $0 == UInt8(ascii: "\\") }) else { return nil }
        for (offset, character) in text.enumerated() {
            if character.unicodeScalars.contains(where: \.isWhiteSpace) { return .space(at: offset + 1) }
            if character == "\\" || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return .forbiddenCharacter(character)
            }
        }
        return nil
    }

    /// Where the scheme and host of an absolute URL lie in its text.
    private struct Parts {
        let scheme: Range<String.Index>
        let host: Range<String.Index>
    }

    /// Splits `text` over its UTF-8 bytes: every delimiter is ASCII, and a browser reads a URL by
    /// code points, so a byte at or above 0x80 is never one (and `/` followed by a combining mark
    /// still ends the authority, as in a browser).
    private static func split(_ text: String) -> Result<Parts, Problem> {
        let units = text.utf8
        func firstIndex(of code: Unicode.Scalar, in range: Range<String.Index>) -> String.Index? {
            units[range].firstIndex(of: UInt8(ascii: code))
        }
        func allSatisfy(_ range: Range<String.Index>, _ predicate: (UInt8) -> Bool) -> Bool { units[range].allSatisfy(predicate) }
        guard let colon = firstIndex(of: ":", in: units.startIndex..<units.endIndex), let first = units.first, isLetter(first),
              allSatisfy(units.startIndex..<colon, { isLetter($0) || isDigit($0) || "+-.".utf8.contains($0) }),
              units[colon...].prefix(3).elementsEqual("://".utf8) else {
            return .failure(.notAbsolute)
        }
        let afterSlashes = units.index(colon, offsetBy: 3)
        let authority = afterSlashes..<(units[afterSlashes...].firstIndex(where: endsAuthority) ?? units.endIndex)
        guard firstIndex(of: "@", in: authority) == nil else { return .failure(.userInfo) }
        let host: Range<String.Index>, port: Range<String.Index>?
        if !authority.isEmpty, units[authority.lowerBound] == UInt8(ascii: "[") {
            guard let close = firstIndex(of: "]", in: authority) else { return .failure(.badHost(String(text.unicodeScalars[authority]))) }
            let rest = units.index(after: close)..<authority.upperBound
            guard rest.isEmpty || units[rest.lowerBound] == UInt8(ascii: ":") else { return .failure(.badHost(String(text.unicodeScalars[authority]))) }
            host = authority.lowerBound..<rest.lowerBound
            port = rest.isEmpty ? nil : units.index(after: rest.lowerBound)..<rest.upperBound
        } else if let portColon = firstIndex(of: ":", in: authority) {
            host = authority.lowerBound..<portColon
            port = units.index(after: portColon)..<authority.upperBound
        } else {
            host = authority
            port = nil
        }
        guard !host.isEmpty else { return .failure(.noHost) }
        if let port, !port.isEmpty {
            let digits = String(text.unicodeScalars[port])
            guard allSatisfy(port, isDigit), digits.utf8.count <= 5, Int(digits)! <= 65535 else { return .failure(.badPort(digits)) }
        }
        return .success(Parts(scheme: units.startIndex..<colon, host: host))
    }

    private static func isLetter(_ code: UInt8) -> Bool { (0x41...0x5A).contains(code) || (0x61...0x7A).contains(code) }

    private static func isDigit(_ code: UInt8) -> Bool { (0x30...0x39).contains(code) }

    private static func endsAuthority(_ code: UInt8) -> Bool { code == UInt8(ascii: "/") || code == UInt8(ascii: "?") || code == UInt8(ascii: "#") }

    /// The host as a browser reads it (percent-decoded, case- and width-folded, then IPv4 if it
    /// ends in a number), or nil when a browser would reject it.
    private static func readHost(_ written: Substring) -> Host? {
        if written.first == "[" {
            guard written.hasSuffix("]"), let address = IPAddress.ipv6(written.dropFirst().dropLast()) else { return nil }
            return .ip(address)
        }
        guard let decoded = percentDecoded(written) else { return nil }
        var foldedBytes: [UInt8] = []
        foldedBytes.reserveCapacity(decoded.utf8.count)
        for scalar in decoded.unicodeScalars { UTF8.encode(foldedScalar(scalar)) { foldedBytes.append($0) } }
        // The forbidden code points are ASCII, so their bytes stand for them.
        guard !foldedBytes.contains(where: { forbiddenInHost.contains($0) || $0 < 0x20 || $0 == 0x7F }) else { return nil }
        let folded = String(decoding: foldedBytes, as: UTF8.self)
        switch IPAddress.browserIPv4(folded) {
        case .invalid: return nil
        case .address(let address): return .ip(address)
        case .domain:
            let name = folded.hasSuffix(".") ? String(folded.dropLast()) : folded
            return hasEmptyLabel(name) ? nil : .domain(name)
        }
    }

    /// WHATWG's forbidden domain code points (besides controls).
    private static let forbiddenInHost = Array(" #%/:<>?@[\\]^|".utf8)

    /// Whether splitting a name at its dots gives an empty label (`a..b`, `.a`, ``); over bytes, as
    /// the dot is ASCII.
    private static func hasEmptyLabel(_ name: String) -> Bool {
        var afterDot = true
        for byte in name.utf8 {
            let isDot = byte == UInt8(ascii: ".")
            if isDot, afterDot { return true }
            afterDot = isDot
        }
        return afterDot
    }

    /// The part of UTS #46 that matters to how a host is judged: ASCII case, full-width ASCII
    /// (`１２７．０．０．１` is 127.0.0.1 to a browser) and the ideographic full stops as dots.
    private static func foldedScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if value == 0x3002 || value == 0xFF61 { value = 0x2E }
        if (0x41...0x5A).contains(value) { value += 0x20 }
        return Unicode.Scalar(value)!
    }

    /// nil for a `%` without two hex digits or bytes that are not UTF-8.
    private static func percentDecoded(_ text: Substring) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        let input = Array(text.utf8)
        var bytes: [UInt8] = [], index = 0
        while index < input.count {
            guard input[index] == UInt8(ascii: "%") else {
                bytes.append(input[index])
                index += 1
                continue
            }
            guard index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) else { return nil }
            bytes.append(high << 4 | low)
            index += 3
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension AddressURL.Host {
    /// Why the host is an intranet host (spec Semantics, "Intranet host"), or nil. An IP
    /// host counts when it is not public.
    var intranetReason: Text? {
        switch self {
        case .ip(let address):
            return address.nonPublicReason
        case .domain(let name):
            if name == "localhost" || name.hasSuffix(".localhost") {
                return Text(zh: "本机地址 localhost", en: "localhost, the machine itself")
            }
            if !name.contains(".") {
                return Text(zh: "没有点号的主机名，只在内网解析", en: "a name without a dot, resolved only on an intranet")
            }
            if let suffix = AddressURL.intranetSuffixes.first(where: { name.hasSuffix($0) }) {
                return Text(zh: "以 \(suffix) 结尾的内网域名", en: "an intranet name ending in \(suffix)")
            }
            return nil
        }
    }
}

extension AddressURL {
    static let intranetSuffixes = [".local", ".lan", ".internal", ".intranet", ".corp", ".home.arpa"]
}

extension Character {
    /// 0–9, a–f, A–F only (`isHexDigit` also takes full-width forms).
    fileprivate var isASCIIHexDigit: Bool { isASCII && isHexDigit }
}

// MARK: - The addresses of a manifest

/// An address field of a target: 服务侧 mobile/PC/health/test, 治理侧 mobile/PC/health and the
/// load test, 一网协同 home and health.
struct AddressField: Sendable {
    let pointer: JSONPointer
    let target: Target

    private init(_ pointer: JSONPointer, _ target: Target) {
        self.pointer = pointer
        self.target = target
    }

    static let loadTest = AddressField(.governanceLoadTestUrl, .governance)

    static let all: [AddressField] = [
        AddressField(.serviceMobileUrl, .service),
        AddressField(.servicePcUrl, .service),
        AddressField(.serviceHealthUrl, .service),
        AddressField(.serviceTestUrl, .service),
        AddressField(.governanceMobileUrl, .governance),
        AddressField(.governancePcUrl, .governance),
        AddressField(.governanceHealthUrl, .governance),
        loadTest,
        AddressField(.shanghaiHomeUrl, .shanghai),
        AddressField(.shanghaiHealthUrl, .shanghai),
    ]
}

/// An address string of a target that applies, parsed. Missing, blank and non-string values are
/// left to url-required and manifest-field-type.
struct WrittenAddress: Sendable {
    let field: AddressField
    let text: String
    let parsed: Result<AddressURL, AddressURL.Problem>

    /// The written addresses of a manifest's `root` for its `targets`.
    static func all(in root: JSONValue, targets: [Target]) -> [WrittenAddress] {
        AddressField.all.compactMap { field in
            guard targets.contains(field.target), let value = root.value(at: field.pointer), let text = value.stringValue, !text.isBlank else { return nil }
            return WrittenAddress(field: field, text: text, parsed: AddressURL.parse(text))
        }
    }
}

extension Manifest {
    /// Whether a value is filled in at `pointer` ("empty" per the spec counts as not).
    func isFilled(_ pointer: JSONPointer) -> Bool {
        guard let value = self[pointer] else { return false }
        return !value.isEmptyValue
    }
}

/// The addresses one manifest writes, parsed (part of `ManifestReadings`).
struct ManifestAddresses: Sendable {
    let written: [WrittenAddress]

    init(_ manifest: Manifest) {
        written = WrittenAddress.all(in: manifest.root, targets: manifest.targets)
    }

    /// The addresses that pass url-valid, the only ones the other address rules judge.
    var valid: [(field: AddressField, url: AddressURL)] {
        written.compactMap { address in
            guard case .success(let url) = address.parsed else { return nil }
            return (address.field, url)
        }
    }
}
