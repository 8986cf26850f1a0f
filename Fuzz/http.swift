// libFuzzer entry point: arbitrary bytes as a server's answer to GET, read through the prober's
// HTTP/1.1 reader (status line, headers, Content-Length, chunked, gzip, limits), the first byte
// choosing how the bytes are split across reads; the rest also read as a Location to resolve.
// Build and run with scripts/fuzz.sh http SECONDS.
import ShangjiaOnline

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let pieceSize = Int(bytes.first ?? 0) + 1
    var limits = ProbeLimits()
    limits.headerBytes = 4096
    limits.bodyBytes = 8192
    limits.inflatedBytes = 32768
    switch HTTP.response(from: Array(bytes.dropFirst()), pieceSize: pieceSize, limits: limits) {
    case .success(let response):
        precondition((100...999).contains(response.status), "status out of range")
        precondition(response.body.count <= limits.inflatedBytes, "body over the limit")
        if let location = response.header("location") { _ = HTTPAddress("https://example.test/a/b?c")!.resolving(location) }
    case .failure(let failure):
        precondition(!failure.detail.unicodeScalars.contains { $0.value < 0x20 }, "control characters in a failure")
    }
    _ = HTTPAddress(String(decoding: bytes, as: UTF8.self))
    return 0
}
