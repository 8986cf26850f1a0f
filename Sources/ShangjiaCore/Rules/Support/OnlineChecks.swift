import ShangjiaJSON
import ShangjiaOnline

/// What the online rules share: which addresses are probed, and how a failed probe is told.

/// An address an online rule asks the server about.
struct ProbedAddress: Sendable {
    let field: AddressField
    /// As written in the manifest (the prober canonicalises it).
    let url: String
    let host: String
    let port: Int
}

extension AddressField {
    /// 治理侧 and 服务侧 mobile, PC, health and test addresses and 上海's home and health: not the
    /// load-test URL, an API that may answer only POST.
    var isProbed: Bool { pointer != AddressField.loadTest.pointer }

    /// The page addresses whose document load time is judged.
    var isPage: Bool { ["mobileUrl", "pcUrl", "homeUrl"].contains(pointer.tokens.last ?? "") }

    var isHealth: Bool { pointer.tokens.last == "healthUrl" }

    var isTest: Bool { pointer.tokens.last == "testUrl" }
}

extension ManifestAddresses {
    /// The https addresses that passed url-valid, of the targets that apply (an http address is
    /// url-https's finding and is not probed).
    var probed: [ProbedAddress] {
        written.compactMap { written in
            guard case .success = written.parsed, written.field.isProbed, let address = HTTPAddress(written.text), address.isHTTPS else { return nil }
            return ProbedAddress(field: written.field, url: written.text, host: address.host, port: address.port)
        }
    }
}

extension Failure {
    /// What went wrong, in a sentence that names what was measured.
    public var described: Text {
        let address = HTTPAddress(url)
        let host = address?.host ?? url
        let authority = address?.connectAuthority ?? url
        switch kind {
        case .unresolvable:
            return Text(zh: "域名 \(host) 无法解析（\(detail)）", en: "\(host) does not resolve (\(detail))")
        case .nonPublicAddress(let resolved):
            let reason = IPAddress(strict: resolved)?.nonPublicReason
            return Text(zh: "\(host) 解析到非公网地址 \(resolved)\(reason.map { "（\($0.zh)）" } ?? "")，未连接",
                        en: "\(host) resolves to \(resolved), which is not public\(reason.map { " (\($0.en))" } ?? ""); not connected")
        case .connectionRefused:
            return Text(zh: "连接 \(authority) 被拒绝", en: "the connection to \(authority) was refused")
        case .connectionFailed:
            return Text(zh: "与 \(authority) 的连接失败（\(detail)）", en: "the connection to \(authority) failed (\(detail))")
        case .timedOut(let step):
            return Text(zh: "在时限内没有完成：\(Self.stepName(step).zh)时超时", en: "not done within the time allowed: timed out \(Self.stepName(step).en)")
        case .noCommonProtocol:
            return Text(zh: "与 \(authority) 没有双方都支持的 TLS 1.2/1.3（\(detail)）", en: "\(authority) shares no TLS 1.2/1.3 with the client (\(detail))")
        case .handshakeFailed:
            return Text(zh: "与 \(authority) 的 TLS 握手失败（\(detail)）", en: "the TLS handshake with \(authority) failed (\(detail))")
        case .untrustedRedirectTarget:
            return Text(zh: "重定向到的 \(authority) 证书验证失败（\(detail)），浏览器会在此停止", en: "the redirect target \(authority) fails certificate verification (\(detail)); a browser stops there")
        case .proxyFailed:
            return Text(zh: "经代理连接失败（\(detail)）", en: "the proxy tunnel failed (\(detail))")
        case .malformedResponse:
            return Text(zh: "响应不是有效的 HTTP/1.1（\(detail)）", en: "the response is not valid HTTP/1.1 (\(detail))")
        case .headersTooLarge:
            return Text(zh: "响应头超过 64 KiB，已停止读取", en: "the response headers exceed 64 KiB; reading stopped")
        case .truncatedBody(let received, let announced):
            return Text(zh: "响应体只收到 \(received) 字节连接就关闭了，少于声明的 \(announced) 字节",
                        en: "the connection closed after \(received) bytes of a body announced as \(announced)")
        case .insecureRedirect:
            return Text(zh: "重定向到了非 https 地址 \(detail)", en: "it redirects to \(detail), which is not https")
        case .tooManyRedirects:
            return Text(zh: "重定向超过 \(detail) 次", en: "more than \(detail) redirects")
        case .badRedirect:
            return Text(zh: "重定向的目标 \(detail) 不是有效地址", en: "the redirect target \(detail) is no valid address")
        case .unsupportedAddress:
            return Text(zh: "\(url) 不是可访问的 https 地址", en: "\(url) is not an https address that can be fetched")
        }
    }

    private static func stepName(_ step: Step) -> Text {
        switch step {
        case .resolving: Text(zh: "解析域名", en: "resolving the name")
        case .connecting: Text(zh: "建立连接", en: "connecting")
        case .handshake: Text(zh: "TLS 握手", en: "in the TLS handshake")
        case .request: Text(zh: "发送请求", en: "sending the request")
        case .headers: Text(zh: "等待响应头", en: "waiting for the response headers")
        case .body: Text(zh: "接收响应体", en: "receiving the body")
        case .proxy: Text(zh: "建立代理隧道", en: "opening the proxy tunnel")
        }
    }
}

extension UTCTime {
    /// The day in China (UTC+08:00) at this moment.
    var dayInChina: CalendarDate? {
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return CalendarDate.inChina(secondsSinceEpoch: date.daysSinceEpoch * 86400 + hour * 3600 + minute * 60 + second)
    }
}

/// Whether an address the prober resolved (4 or 16 bytes) is public by the spec's Semantics,
/// the only addresses `--online` connects to.
public func isPublicAddress(_ bytes: [UInt8]) -> Bool {
    (bytes.count == 4 || bytes.count == 16) && IPAddress(bytes: bytes).nonPublicReason == nil
}
