/// The HTTPS proxy of the environment, read as curl reads it: `https_proxy` (or
/// `HTTPS_PROXY`) as `[http://][user:password@]host[:port]`, and `no_proxy` (or `NO_PROXY`),
/// a comma-separated list of names (`example.com` also covers its subdomains) or `*`.
public struct ProxySettings: Sendable, Equatable {
    public let host: String
    public let port: Int
    /// `user:password`, percent-decoded, for `Proxy-Authorization: Basic`.
    public let credentials: String?
    let bypassed: [String]

    public enum Problem: Error, Equatable {
        /// Only plain-HTTP proxies speak CONNECT here.
        case unsupportedScheme(String)
        case malformed(String)
    }

    /// nil when no proxy is set.
    public static func from(environment: [String: String]) -> Result<ProxySettings?, Problem> {
        guard let value = (environment["https_proxy"] ?? environment["HTTPS_PROXY"])?.trimmingSpaces, !value.isEmpty else {
            return .success(nil)
        }
        var rest = Substring(value)
        if let colon = rest.firstIndex(of: ":"), rest[colon...].hasPrefix("://") {
            let scheme = rest[..<colon].lowercased()
            guard scheme == "http" else { return .failure(.unsupportedScheme(scheme)) }
            rest = rest[rest.index(colon, offsetBy: 3)...]
        }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        var credentials: String?
        if let at = rest.lastIndex(of: "@") {
            credentials = percentDecoded(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        var host = rest, port = 1080 // curl's default proxy port
        if rest.first == "[", let close = rest.firstIndex(of: "]") {
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.first == ":" {
                guard let number = Int(after.dropFirst()), (1...65535).contains(number) else { return .failure(.malformed(value)) }
                port = number
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = rest[..<colon]
            guard let number = Int(rest[rest.index(after: colon)...]), (1...65535).contains(number) else { return .failure(.malformed(value)) }
            port = number
        }
        guard !host.isEmpty else { return .failure(.malformed(value)) }
        let bypass = (environment["no_proxy"] ?? environment["NO_PROXY"] ?? "").split(separator: ",").map { entry -> String in
            let name = entry.trimmingSpaces.lowercased()
            return name.hasPrefix(".") ? String(name.dropFirst()) : name
        }.filter { !$0.isEmpty }
        return .success(ProxySettings(host: host.lowercased(), port: port, credentials: credentials, bypassed: bypass))
    }

    /// Whether a request to `host` goes through the proxy.
    public func applies(to host: String) -> Bool {
        !bypassed.contains { $0 == "*" || host == $0 || host.hasSuffix("." + $0) }
    }

    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            if byte == UInt8(ascii: "%"), input.count >= 2, let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                input = input.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Opens a tunnel to `address` through the proxy on a connected channel.
    func tunnel(to address: HTTPAddress, over channel: Channel, userAgent: String, before deadline: Deadline) -> Failure? {
        var request = "CONNECT \(address.connectAuthority) HTTP/1.1\r\nHost: \(address.connectAuthority)\r\nUser-Agent: \(userAgent)\r\n"
        if let credentials { request += "Proxy-Authorization: Basic \(Base64.encode(Array(credentials.utf8)))\r\n" }
        request += "\r\n"
        let url = address.canonical
        if let failure = channel.send(Array(request.utf8), url: url, step: .proxy, before: deadline) { return failure }
        let reader = StreamReader(channel: channel, url: url, deadline: deadline)
        switch reader.headerBlock(limit: 16 << 10).flatMap({ HTTP.Head.parse($0, url: url) }) {
        case .failure(let failure):
            if case .timedOut = failure.kind { return Failure(.timedOut(step: .proxy), url: url, detail: "\(host):\(port)") }
            return Failure(.proxyFailed, url: url, detail: "\(host):\(port): \(failure.detail)")
        case .success(let head):
            return (200..<300).contains(head.status) ? nil : Failure(.proxyFailed, url: url, detail: "\(host):\(port) answered HTTP \(head.status)")
        }
    }
}

/// RFC 4648 base64: `data:` URIs in the HTML report, `Proxy-Authorization: Basic` here.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
