/// A prober that answers from a table instead of the network: rule examples and tests
/// describe what a server did, and the rules judge it as they judge a live answer.
public struct RecordedProber: AddressProbing {
    /// By URL as written in the manifest (or as a script's URL resolves).
    public var fetches: [String: Fetch]
    /// By `host:port`.
    public var legacy: [String: LegacySupport]

    public init(fetches: [String: Fetch] = [:], legacy: [String: LegacySupport] = [:]) {
        self.fetches = fetches
        self.legacy = legacy
    }

    /// An address the table lacks did not resolve: a test that forgets one sees it fail.
    public func fetch(_ url: String) -> Fetch {
        fetches[url] ?? HTTPAddress(url).flatMap { fetches[$0.canonical] }
            ?? Fetch(failure: Failure(.unresolvable, url: url, detail: "not in the recorded answers"))
    }

    public func legacyProtocols(host: String, port: Int) -> LegacySupport {
        legacy["\(host):\(port)"] ?? .refused
    }
}
