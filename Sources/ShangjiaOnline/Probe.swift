/// What the online rules learn from a live server. The types are plain values, so that rule
/// tests describe a server's behaviour without one (`RecordedProber`).

/// Answers the online rules' questions about addresses. Each distinct question is asked of
/// the network once per run, however many rules or manifests ask it.
public protocol AddressProbing: Sendable {
    /// `GET url`, following redirects. Blocks until the answer is known.
    func fetch(_ url: String) -> Fetch
    /// Whether the server at `host:port` still accepts TLS 1.0 or 1.1, in a handshake of its own.
    func legacyProtocols(host: String, port: Int) -> LegacySupport
    /// Starts these fetches in the background, so that a manifest's addresses are probed together.
    func prefetch(_ urls: [String])
}

extension AddressProbing {
    public func prefetch(_ urls: [String]) {}
}

/// The outcome of `GET` on an address: the requests made, what the first server's TLS looked
/// like, and the final answer or why there is none.
public struct Fetch: Sendable, Equatable {
    /// Each response received, the address's first; a redirect's target is the next one's URL.
    public var responses: [Response]
    /// Why no final answer came (the chain stopped here), or nil when the last response is it.
    public var failure: Failure?
    /// The address's own server (its host and port), when a TLS handshake completed.
    public var tls: TLSFacts?
    /// From the start of the first connection to the last byte of the final body.
    public var seconds: Double?

    public init(responses: [Response] = [], failure: Failure? = nil, tls: TLSFacts? = nil, seconds: Double? = nil) {
        self.responses = responses
        self.failure = failure
        self.tls = tls
        self.seconds = seconds
    }

    /// The final response when the chain ended in one (not a redirect left unfollowed).
    public var final: Response? { failure == nil ? responses.last : nil }
}

/// One HTTP response.
public struct Response: Sendable, Equatable {
    public var url: String
    public var status: Int
    /// Lowercased names, in the order received.
    public var headers: [(name: String, value: String)]
    /// The body, decoded (chunks joined, gzip inflated), at most the prober's limits.
    public var body: [UInt8]
    /// The body was longer than the limit; `body` holds its first part.
    public var bodyTruncated: Bool

    public init(url: String, status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = [], bodyTruncated: Bool = false) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyTruncated = bodyTruncated
    }

    public func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    public static func == (lhs: Response, rhs: Response) -> Bool {
        lhs.url == rhs.url && lhs.status == rhs.status && lhs.body == rhs.body && lhs.bodyTruncated == rhs.bodyTruncated
            && lhs.headers.elementsEqual(rhs.headers) { $0.name == $1.name && $0.value == $1.value }
    }
}

/// Why a fetch has no final answer. `url` is the request that failed (the address or a redirect's target).
public struct Failure: Sendable, Equatable, Error {
    public enum Kind: Sendable, Equatable {
        /// The name does not resolve; detail is the resolver's word.
        case unresolvable
        /// The name resolves to an address that is not public: `address`, and `detail` says why.
        case nonPublicAddress(address: String)
        case connectionRefused
        /// Connecting failed otherwise (unreachable network, reset); detail says how.
        case connectionFailed
        /// Nothing within the time allowed; detail names the step that was waiting.
        case timedOut(step: Step)
        /// No TLS version both sides accept (only older ones offered, or the server refuses ours).
        case noCommonProtocol
        /// The TLS handshake failed otherwise (not TLS at all, an alert, a reset).
        case handshakeFailed
        /// A redirect led to a server whose certificate does not verify (a browser stops there);
        /// the address's own certificate is judged from `Fetch.tls` instead.
        case untrustedRedirectTarget
        /// The proxy refused or failed the tunnel.
        case proxyFailed
        /// Not an HTTP/1.x response, or one that breaks the protocol (bad lengths, bad chunks, bad gzip).
        case malformedResponse
        /// Response headers over the limit.
        case headersTooLarge
        /// The connection closed before the announced body was complete.
        case truncatedBody(received: Int, announced: Int)
        /// A redirect to an address that is not https (its target is in `detail`).
        case insecureRedirect
        case tooManyRedirects
        /// A redirect whose Location is no usable URL.
        case badRedirect
        /// The address itself cannot be fetched (not https, no host).
        case unsupportedAddress
    }

    public enum Step: String, Sendable {
        case resolving, connecting, handshake, request, headers, body, proxy
    }

    public var kind: Kind
    public var url: String
    public var detail: String

    public init(_ kind: Kind, url: String, detail: String = "") {
        self.kind = kind
        self.url = url
        self.detail = detail
    }
}

/// What the TLS handshake with the address's own server showed.
public struct TLSFacts: Sendable, Equatable {
    /// `TLSv1.2`, `TLSv1.3`, …
    public var protocolVersion: String
    /// Every verification problem, judged with only the chain the server sent, at the start of `--today`.
    public var verifyErrors: [VerifyError]
    public var leaf: Certificate?

    public init(protocolVersion: String, verifyErrors: [VerifyError] = [], leaf: Certificate? = nil) {
        self.protocolVersion = protocolVersion
        self.verifyErrors = verifyErrors
        self.leaf = leaf
    }
}

/// An X.509 verification error (OpenSSL's `X509_V_ERR_*` code), at a depth of the chain (0 = the server's own).
public struct VerifyError: Sendable, Equatable {
    public var code: Int
    public var depth: Int
    /// OpenSSL's English wording.
    public var text: String

    public init(code: Int, depth: Int, text: String) {
        self.code = code
        self.depth = depth
        self.text = text
    }

    public static let certificateNotYetValid = 9
    public static let certificateExpired = 10
    public static let selfSigned = 18
    public static let selfSignedInChain = 19
    public static let issuerNotFoundLocally = 20
    public static let leafCannotBeVerified = 21
    public static let hostnameMismatch = 62
}

/// The server's own certificate.
public struct Certificate: Sendable, Equatable {
    public var subject: String
    public var issuer: String
    /// notAfter in UTC.
    public var notAfter: UTCTime
    /// `RSA`, `EC`, `ED25519`, …
    public var keyType: String
    public var keyBits: Int
    /// The signature's digest: `SHA256`, `SHA1`, `MD5`, … (empty when unknown).
    public var signatureDigest: String
    public var selfSigned: Bool
    /// The subjectAltName's DNS names and IP addresses: the names a client accepts it for.
    public var names: [String]

    public init(subject: String, issuer: String, notAfter: UTCTime, keyType: String, keyBits: Int, signatureDigest: String, selfSigned: Bool,
                names: [String] = []) {
        self.names = names
        self.subject = subject
        self.issuer = issuer
        self.notAfter = notAfter
        self.keyType = keyType
        self.keyBits = keyBits
        self.signatureDigest = signatureDigest
        self.selfSigned = selfSigned
    }
}

/// A moment in UTC, to the second.
public struct UTCTime: Sendable, Equatable, Comparable {
    public var year, month, day, hour, minute, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
    }

    public static func < (lhs: UTCTime, rhs: UTCTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second) < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}

/// Whether a server still accepts TLS 1.0 or 1.1.
public enum LegacySupport: Sendable, Equatable {
    /// It completed a handshake at this version (`TLSv1`, `TLSv1.1`).
    case accepted(String)
    case refused
    /// The handshake neither completed nor was refused (a timeout, a reset): nothing can be said.
    case unknown(String)
}
