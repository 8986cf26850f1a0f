import CZlib

/// How much of a server's answer is read, whatever it sends.
public struct ProbeLimits: Sendable {
    public var headerBytes = 64 << 10
    public var bodyBytes = 1 << 20
    public var inflatedBytes = 4 << 20

    public init() {}
}

/// Reads a stream in pieces, keeping what was read past the part asked for.
final class StreamReader {
    private let channel: Channel
    private let url: String
    private let deadline: Deadline
    private var buffer: [UInt8] = []
    private var start = 0
    private(set) var ended = false

    init(channel: Channel, url: String, deadline: Deadline) {
        self.channel = channel
        self.url = url
        self.deadline = deadline
    }

    private var available: Int { buffer.count - start }

    /// Reads more; false at the end of the stream.
    private func fill(step: Failure.Step) -> Result<Bool, Failure> {
        if ended { return .success(false) }
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        switch channel.receive(limit: 16 << 10, url: url, step: step, before: deadline) {
        case .failure(let failure): return .failure(failure)
        case .success(let bytes):
            if bytes.isEmpty {
                ended = true
                return .success(false)
            }
            buffer += bytes
            return .success(true)
        }
    }

    /// Bytes up to and including the first blank line (`\r\n\r\n` or `\n\n`), at most `limit`.
    func headerBlock(limit: Int) -> Result<[UInt8], Failure> {
        var searched = start
        while true {
            var index = searched
            while index < buffer.count {
                if buffer[index] == 0x0A {
                    let next = index + 1
                    if next < buffer.count, buffer[next] == 0x0A { return .success(take(next + 1 - start)) }
                    if next + 1 < buffer.count, buffer[next] == 0x0D, buffer[next + 1] == 0x0A { return .success(take(next + 2 - start)) }
                }
                index += 1
            }
            searched = max(start, buffer.count - 2)
            if available > limit { return .failure(Failure(.headersTooLarge, url: url, detail: "\(limit)")) }
            switch fill(step: .headers) {
            case .failure(let failure): return .failure(failure)
            case .success(true): continue
            case .success(false):
                let detail = available == 0 ? "the server closed the connection without answering" : "the response ended inside its headers"
                return .failure(Failure(available == 0 ? .connectionFailed : .malformedResponse, url: url, detail: detail))
            }
        }
    }

    /// A line without its line end (for chunk sizes), at most `limit` bytes.
    func line(limit: Int) -> Result<[UInt8], Failure> {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = take(newline + 1 - start)
                line.removeLast()
                if line.last == 0x0D { line.removeLast() }
                return .success(line)
            }
            if available > limit { return .failure(Failure(.malformedResponse, url: url, detail: "a chunk-size line over \(limit) bytes")) }
            switch fill(step: .body) {
            case .failure(let failure): return .failure(failure)
            case .success(true): continue
            case .success(false): return .failure(Failure(.malformedResponse, url: url, detail: "the chunked body ended early"))
            }
        }
    }

    /// Exactly `count` bytes, or fewer when the stream ends first.
    func bytes(_ count: Int) -> Result<[UInt8], Failure> {
        while available < count {
            switch fill(step: .body) {
            case .failure(let failure): return .failure(failure)
            case .success(true): continue
            case .success(false): return .success(take(available))
            }
        }
        return .success(take(count))
    }

    private func take(_ count: Int) -> [UInt8] {
        let part = Array(buffer[start..<(start + count)])
        start += count
        return part
    }
}

public enum HTTP {
    /// `GET address` over an open channel: the first final (non-1xx) response.
    static func get(_ address: HTTPAddress, over channel: Channel, userAgent: String, limits: ProbeLimits,
                    before deadline: Deadline) -> Result<Response, Failure> {
        let url = address.canonical
        let request = "GET \(address.target) HTTP/1.1\r\nHost: \(address.authority)\r\nUser-Agent: \(userAgent)\r\n"
            + "Accept: text/html,*/*\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n"
        if let failure = channel.send(Array(request.utf8), url: url, step: .request, before: deadline) { return .failure(failure) }
        let reader = StreamReader(channel: channel, url: url, deadline: deadline)
        var headerBudget = limits.headerBytes
        while true {
            let head: Head
            switch reader.headerBlock(limit: headerBudget).flatMap({ Head.parse($0, url: url) }) {
            case .failure(let failure): return .failure(failure)
            case .success(let parsed): head = parsed
            }
            headerBudget -= head.size
            // 1xx are interim answers (100 Continue, 103 Early Hints); the final one follows.
            if (100..<200).contains(head.status), head.status != 101 { continue }
            return body(of: head, from: reader, url: url, limits: limits).map { body, truncated in
                Response(url: url, status: head.status, headers: head.headers, body: body, bodyTruncated: truncated)
            }
        }
    }

    /// A status line and headers.
    struct Head {
        let status: Int
        let headers: [(name: String, value: String)]
        let size: Int

        static func parse(_ block: [UInt8], url: String) -> Result<Head, Failure> {
            var lines = block.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> ArraySlice<UInt8> in
                line.last == 0x0D ? line.dropLast() : line
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            guard let statusLine = lines.first else { return .failure(Failure(.malformedResponse, url: url, detail: "empty response")) }
            let words = statusLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
            guard words.count >= 2, words[0].starts(with: Array("HTTP/1.".utf8)), words[1].count == 3,
                  words[1].allSatisfy({ (0x30...0x39).contains($0) }), let status = Int(String(decoding: words[1], as: UTF8.self)),
                  status >= 100 else {
                let shown = String(decoding: statusLine.prefix(40), as: UTF8.self).escapingControls
                return .failure(Failure(.malformedResponse, url: url, detail: "not an HTTP/1.x status line: \(shown)"))
            }
            var headers: [(name: String, value: String)] = []
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else {
                    return .failure(Failure(.malformedResponse, url: url, detail: "a header line without a name"))
                }
                let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces
                headers.append((name, value))
            }
            return .success(Head(status: status, headers: headers, size: block.count))
        }

        func values(_ name: String) -> [String] { headers.filter { $0.name == name }.map(\.value) }
    }

    /// The body as the headers frame it, decoded, within the limits.
    static func body(of head: Head, from reader: StreamReader, url: String, limits: ProbeLimits) -> Result<([UInt8], Bool), Failure> {
        if head.status == 204 || head.status == 304 { return .success(([], false)) }
        var raw: [UInt8], truncated = false
        let codings = head.values("transfer-encoding").flatMap { $0.lowercased().split(separator: ",").map { $0.trimmingSpaces } }
        if !codings.isEmpty {
            if codings.last == "chunked" {
                switch chunked(from: reader, url: url, limit: limits.bodyBytes) {
                case .failure(let failure): return .failure(failure)
                case .success(let result): (raw, truncated) = result
                }
            } else {
                switch reader.bytes(limits.bodyBytes + 1) {
                case .failure(let failure): return .failure(failure)
                case .success(let bytes): (raw, truncated) = (Array(bytes.prefix(limits.bodyBytes)), bytes.count > limits.bodyBytes)
                }
            }
        } else if let lengthValues = Optional(head.values("content-length")), !lengthValues.isEmpty {
            let lengths = Set(lengthValues.flatMap { $0.split(separator: ",").map { $0.trimmingSpaces } })
            guard lengths.count == 1, let text = lengths.first, !text.isEmpty, text.count <= 18,
                  text.allSatisfy({ $0.isASCII && $0.isNumber }), let announced = Int(text) else {
                return .failure(Failure(.malformedResponse, url: url, detail: "Content-Length \(lengthValues.joined(separator: ", ").escapingControls)"))
            }
            switch reader.bytes(min(announced, limits.bodyBytes)) {
            case .failure(let failure): return .failure(failure)
            case .success(let bytes):
                if bytes.count < min(announced, limits.bodyBytes) {
                    return .failure(Failure(.truncatedBody(received: bytes.count, announced: announced), url: url))
                }
                (raw, truncated) = (bytes, announced > limits.bodyBytes)
            }
        } else {
            switch reader.bytes(limits.bodyBytes + 1) {
            case .failure(let failure): return .failure(failure)
            case .success(let bytes): (raw, truncated) = (Array(bytes.prefix(limits.bodyBytes)), bytes.count > limits.bodyBytes)
            }
        }
        let encoding = head.values("content-encoding").last?.lowercased().trimmingSpaces
        guard encoding == "gzip" || encoding == "x-gzip" else { return .success((raw, truncated)) }
        switch Gzip.inflate(raw, limit: limits.inflatedBytes, inputComplete: !truncated) {
        case .failure(let problem): return .failure(Failure(.malformedResponse, url: url, detail: "gzip: \(problem.words)"))
        case .success(let (bytes, cut)): return .success((bytes, truncated || cut))
        }
    }

    /// A chunked body (RFC 9112 §7.1), trailers skipped.
    static func chunked(from reader: StreamReader, url: String, limit: Int) -> Result<([UInt8], Bool), Failure> {
        var body: [UInt8] = []
        while true {
            let sizeLine: [UInt8]
            switch reader.line(limit: 1024) {
            case .failure(let failure): return .failure(failure)
            case .success(let line): sizeLine = line
            }
            let digits = sizeLine.prefix { $0 != UInt8(ascii: ";") && $0 != 0x20 && $0 != 0x09 }
            // Hex digits only: Int(_:radix:) would also take a sign, and a negative size.
            guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit && $0 < 0x80 }),
                  let size = Int(String(decoding: digits, as: UTF8.self), radix: 16) else {
                let shown = String(decoding: sizeLine.prefix(20), as: UTF8.self).escapingControls
                return .failure(Failure(.malformedResponse, url: url, detail: "bad chunk size \(shown)"))
            }
            if size == 0 {
                // Trailer fields up to the blank line; a connection closed here lost nothing.
                while case .success(let line) = reader.line(limit: 8192), !line.isEmpty {}
                return .success((body, false))
            }
            let wanted = min(size, limit - body.count)
            switch reader.bytes(wanted) {
            case .failure(let failure): return .failure(failure)
            case .success(let bytes):
                body += bytes
                if bytes.count < wanted { return .failure(Failure(.truncatedBody(received: body.count, announced: body.count - bytes.count + size), url: url)) }
            }
            if wanted < size { return .success((body, true)) }
            switch reader.line(limit: 2) {
            case .success(let end) where end.isEmpty: continue
            case .failure(let failure): return .failure(failure)
            default: return .failure(Failure(.malformedResponse, url: url, detail: "a chunk longer than its size"))
            }
        }
    }
}

enum Gzip {
    /// Inflates a gzip (or zlib) body to at most `limit` bytes; the flag says it was cut there.
    /// An incomplete input (a truncated body) inflates as far as it goes.
    static func inflate(_ input: [UInt8], limit: Int, inputComplete: Bool) -> Result<([UInt8], Bool), Reason> {
        var stream = z_stream()
        // 15 window bits, +32: a gzip or zlib header, detected.
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return .failure(Reason("inflateInit2")) }
        defer { inflateEnd(&stream) }
        // One byte over the limit tells that the body goes on past it.
        var output = [UInt8](repeating: 0, count: min(limit + 1, max(4096, input.count * 4)))
        var produced = 0, status = Z_OK
        input.withUnsafeBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) } // zlib only reads it
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                if produced == output.count {
                    guard output.count <= limit else { break }
                    output += [UInt8](repeating: 0, count: min(output.count, limit + 1 - output.count))
                }
                output.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.next_out = outputBuffer.baseAddress! + produced
                    stream.avail_out = uInt(outputBuffer.count - produced)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    produced = outputBuffer.count - Int(stream.avail_out)
                }
                // Done, broken, or every input byte used with room to spare.
                if status != Z_OK || (stream.avail_in == 0 && produced < output.count) { break }
            }
        }
        if produced > limit { return .success((Array(output.prefix(limit)), true)) }
        switch status {
        case Z_STREAM_END: return .success((Array(output.prefix(produced)), false))
        case Z_OK, Z_BUF_ERROR:
            return inputComplete ? .failure(Reason("the stream ends early")) : .success((Array(output.prefix(produced)), true))
        default:
            return .failure(Reason(stream.msg.map { String(cString: $0) } ?? "error \(status)"))
        }
    }
}

extension String {
    /// Control characters as `\u{…}`, so a server's bytes never reach a terminal raw.
    var escapingControls: String {
        var shown = ""
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                shown += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}

/// A server's bytes already received, read in pieces of `pieceSize` as a socket would hand them over.
final class RecordedChannel: Channel {
    private var bytes: ArraySlice<UInt8>
    private let pieceSize: Int

    init(_ bytes: [UInt8], pieceSize: Int) {
        self.bytes = bytes[...]
        self.pieceSize = max(1, pieceSize)
    }

    /// The request goes nowhere: the answer is already recorded.
    func send(_ bytes: [UInt8], url: String, step: Failure.Step, before deadline: Deadline) -> Failure? { nil }

    func receive(limit: Int, url: String, step: Failure.Step, before deadline: Deadline) -> Result<[UInt8], Failure> {
        let piece = bytes.prefix(min(limit, pieceSize))
        bytes = bytes.dropFirst(piece.count)
        return .success(Array(piece))
    }
}

extension HTTP {
    /// Reads a recorded response to `GET url` exactly as one from a live server is read (limits,
    /// framing, gzip): for tests and the fuzzer, with the bytes arriving `pieceSize` at a time.
    public static func response(from bytes: [UInt8], pieceSize: Int = 4096, url: String = "https://example.test/",
                                limits: ProbeLimits = ProbeLimits()) -> Result<Response, Failure> {
        guard let address = HTTPAddress(url) else { return .failure(Failure(.unsupportedAddress, url: url)) }
        return get(address, over: RecordedChannel(bytes, pieceSize: pieceSize), userAgent: "shangjia", limits: limits,
                   before: Deadline(secondsFromNow: 10))
    }
}
