/// An http(s) URL split for a request: scheme, host, port and request target. The manifest's
/// addresses have passed url-valid by now; this reads them, and redirect targets, the way a
/// client sends them.
public struct HTTPAddress: Sendable, Hashable {
    /// `https` or `http`, lowercased.
    public let scheme: String
    /// Lowercased; an IPv6 address without its brackets.
    public let host: String
    public let port: Int
    /// Path and query (`/a/b?c`), never empty; the fragment is dropped.
    public let target: String

    public var isHTTPS: Bool { scheme == "https" }
    public var isIPv6Literal: Bool { host.contains(":") }

    /// `host` or `host:port` as the Host header and CONNECT name it (default ports left out of Host).
    public var authority: String {
        let name = isIPv6Literal ? "[\(host)]" : host
        return port == (isHTTPS ? 443 : 80) ? name : "\(name):\(port)"
    }

    public var connectAuthority: String { (isIPv6Literal ? "[\(host)]" : host) + ":\(port)" }

    /// The address in one canonical form: two spellings of one address are probed once.
    public var canonical: String { "\(scheme)://\(authority)\(target)" }

    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
              bytes[colon...].starts(with: Array("://".utf8)) else { return nil }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        guard scheme == "https" || scheme == "http" else { return nil }
        let authorityStart = colon + 3
        let authorityEnd = bytes[authorityStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        let authority = bytes[authorityStart..<authorityEnd]
        guard !authority.contains(UInt8(ascii: "@")), !authority.isEmpty else { return nil }
        var host: ArraySlice<UInt8>, portText: ArraySlice<UInt8>?
        if authority.first == UInt8(ascii: "[") {
            guard let close = authority.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            host = authority[(authority.startIndex + 1)..<close]
            let rest = authority[(close + 1)...]
            guard rest.isEmpty || rest.first == UInt8(ascii: ":") else { return nil }
            portText = rest.isEmpty ? nil : rest.dropFirst()
        } else if let portColon = authority.firstIndex(of: UInt8(ascii: ":")) {
            host = authority[..<portColon]
            portText = authority[(portColon + 1)...]
        } else {
            host = authority
        }
        if host.last == UInt8(ascii: "."), host.count > 1 { host = host.dropLast() }
        guard !host.isEmpty, host.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        var port = scheme == "https" ? 443 : 80
        if let portText, !portText.isEmpty {
            guard portText.count <= 5, portText.allSatisfy({ (0x30...0x39).contains($0) }),
                  let number = Int(String(decoding: portText, as: UTF8.self)), (1...65535).contains(number) else { return nil }
            port = number
        }
        var target = bytes[authorityEnd...]
        if let hash = target.firstIndex(of: UInt8(ascii: "#")) { target = target[..<hash] }
        // Bytes a request line cannot carry are sent percent-encoded, as browsers do.
        var encoded = target.first == UInt8(ascii: "/") ? "" : "/"
        for byte in target {
            if byte > 0x20 && byte < 0x7F {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        self.scheme = scheme
        self.host = String(decoding: host, as: UTF8.self).lowercased()
        self.port = port
        self.target = encoded
    }

    /// Where a `Location` header points, read against this address (RFC 3986 §5.2, without
    /// dot-segment removal, which servers do themselves).
    public func resolving(_ location: String) -> HTTPAddress? {
        let trimmed = location.trimmingSpaces
        if trimmed.hasPrefix("//") { return HTTPAddress("\(scheme):\(trimmed)") }
        if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }),
           !trimmed[..<colon].isEmpty {
            return HTTPAddress(trimmed)
        }
        let origin = "\(scheme)://\(authority)"
        if trimmed.hasPrefix("/") { return HTTPAddress(origin + trimmed) }
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        if trimmed.isEmpty { return self }
        if trimmed.hasPrefix("?") { return HTTPAddress(origin + path + trimmed) }
        let folder = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return HTTPAddress(origin + folder + trimmed)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (HTTP's optional whitespace).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
