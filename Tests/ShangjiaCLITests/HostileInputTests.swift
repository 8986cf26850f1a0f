import Foundation
import XCTest

/// Inputs made to hurt: each must end with exit 0 or 1, a well-formed JSON report that names the
/// rule the input breaks, and within a bounded time. Peak memory of the release binary on the
/// worst of these is measured outside the tests (see the Hardening notes).
final class HostileInputTests: XCTestCase {
    /// Wall-clock bound for one lint on a busy 2-core machine.
    static let timeLimit: Double = 5
    /// For the bulk inputs (a 40 MB string, 300,000 keys): parsing alone takes about 4.5 s in a
    /// debug build on that machine (2 s in release), so debug gets more room.
    #if DEBUG
    static let bulkTimeLimit: Double = 15
    #else
    static let bulkTimeLimit: Double = 5
    #endif

    /// The full-size finding storms (300,000 findings of one rule: 6 s and 245 MB in release,
    /// about 110 s in debug) run only when SHANGJIA_SLOW_TESTS=1.
    static let slowTests = ProcessInfo.processInfo.environment["SHANGJIA_SLOW_TESTS"] == "1"

    struct Outcome {
        let status: Int32
        let seconds: Double
        /// The rule id of every finding, in report order.
        let rules: [String]
        /// The findings as parsed from the JSON report.
        let findings: [[String: Any]]

        /// How many findings of `rule` there are, listed or summed up in an `omitted` one.
        func count(of rule: String) -> Int {
            findings.filter { $0["rule"] as? String == rule }.reduce(0) { $0 + max(1, $1["omitted"] as? Int ?? 0) }
        }
    }

    /// Lints `path` with the JSON reporter in-process and checks the invariants every hostile
    /// input shares: exit 0 or 1, nothing on stderr, a report that parses, the time bound.
    func lint(_ path: String, _ extra: [String] = [], timeLimit: Double = timeLimit,
              file: StaticString = #filePath, line: UInt = #line) throws -> Outcome {
        let start = Date()
        let result = Harness.run(["lint", "--format", "json", "--today", "2026-11-23", "--jobs", "1"] + extra + [path])
        let seconds = Date().timeIntervalSince(start)
        XCTAssertTrue(result.status == 0 || result.status == 1, "exit \(result.status), stderr: \(result.stderr.prefix(500))", file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        XCTAssertLessThan(seconds, timeLimit, "took \(seconds) s", file: file, line: line)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let report = try XCTUnwrap(object, "the report is not a JSON object", file: file, line: line)
        XCTAssertEqual(report["reportVersion"] as? Int, 1, file: file, line: line)
        let manifests = try XCTUnwrap(report["manifests"] as? [[String: Any]], file: file, line: line)
        XCTAssertEqual(manifests.count, 1, file: file, line: line)
        let findings = manifests.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        return Outcome(status: result.status, seconds: seconds, rules: findings.compactMap { $0["rule"] as? String }, findings: findings)
    }

    /// Folders this test made; removed afterwards (some hold 40 and 64 MB manifests).
    private var folders: [URL] = []

    func temporaryFolder() -> URL {
        let folder = Harness.temporaryFolder()
        folders.append(folder)
        return folder
    }

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        super.tearDown()
    }

    /// A folder holding `bytes` as manifest.json; returns the manifest's path.
    func manifest(_ bytes: [UInt8]) throws -> String {
        let url = temporaryFolder().appendingPathComponent("manifest.json")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Lints bytes that are not a valid manifest: exactly one finding, manifest-syntax, exit 1.
    func expectSyntaxError(_ bytes: [UInt8], mentioning words: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws {
        let outcome = try lint(try manifest(bytes), ["--lang", "en"], file: file, line: line)
        XCTAssertEqual(outcome.status, 1, file: file, line: line)
        XCTAssertEqual(outcome.rules, ["manifest-syntax"], file: file, line: line)
        let message = outcome.findings.first?["message"] as? String ?? ""
        for word in words {
            XCTAssertTrue(message.localizedCaseInsensitiveContains(word), "'\(word)' not in: \(message)", file: file, line: line)
        }
    }

    // MARK: - Manifest bytes

    func testDeepNesting() throws {
        try expectSyntaxError(Array(repeating: UInt8(ascii: "["), count: 200_000), mentioning: ["512"])
        // Closed and valid JSON, but still too deep.
        try expectSyntaxError(Array(repeating: UInt8(ascii: "["), count: 200_000) + Array(repeating: UInt8(ascii: "]"), count: 200_000),
                              mentioning: ["512"])
        try expectSyntaxError(Array(String(repeating: "{\"a\":", count: 100_000).utf8), mentioning: ["512"])
    }

    func testFortyMegabyteString() throws {
        // Under the 64 MB manifest cap: read, parsed and judged.
        let intro = String(repeating: "a", count: 40 << 20)
        let text = #"{"manifestVersion": 1, "service": {"intro": ""# + intro + #""}}"#
        let outcome = try lint(try manifest(Array(text.utf8)), timeLimit: Self.bulkTimeLimit)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.rules.contains("service-intro-length"), "\(outcome.rules)")
        XCTAssertFalse(outcome.rules.contains("manifest-syntax"))
        // The report does not echo the 40 MB value.
        for finding in outcome.findings {
            for case let text as String in finding.values { XCTAssertLessThan(text.utf8.count, 64 << 10, "\(finding["rule"] ?? "")") }
        }
    }

    func testManifestOverTheSizeCap() throws {
        let path = try manifest(Array(repeating: UInt8(ascii: " "), count: (64 << 20) + 1))
        let result = Harness.run(["lint", "--format", "json", path])
        // Either reported as a finding (exit 1) or refused as unreadable (exit 2), never a crash.
        XCTAssertTrue(result.status == 1 || result.status == 2, "exit \(result.status)")
    }

    /// `"k0": 0, "k1": 1, …`
    func keys(_ count: Int, value: (Int) -> String = { String($0) }) -> String {
        (0..<count).map { "\"k\($0)\": \(value($0))" }.joined(separator: ", ")
    }

    func testThreeHundredThousandKeys() throws {
        // One object of 300,000 members where a string belongs: parsed, indexed, walked by every
        // rule, and one finding.
        let text = #"{"manifestVersion": 1, "service": {"name": {"# + keys(300_000) + "}}}"
        let outcome = try lint(try manifest(Array(text.utf8)), ["--lang", "en"], timeLimit: Self.bulkTimeLimit)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.findings.filter { ($0["path"] as? String)?.hasPrefix("/service/name") == true }.compactMap { $0["rule"] as? String },
                       ["manifest-field-type"])
        XCTAssertFalse(outcome.rules.contains("manifest-syntax"))
    }

    func testManyUnknownKeysStayLinear() throws {
        // A finding per key: placing each finding used to scan the object (quadratic: 15 s for
        // 10,000 keys in debug; now about 1.5 s).
        let text = #"{"manifestVersion": 1, "service": {"# + keys(10_000) + "}}"
        let outcome = try lint(try manifest(Array(text.utf8)))
        XCTAssertEqual(outcome.count(of: "manifest-unknown-field"), 10_000)
        XCTAssertEqual(outcome.rules.filter { $0 == "manifest-unknown-field" }.count, 101, "100 listed and one for the rest")
        XCTAssertFalse(outcome.rules.contains("manifest-syntax"))
    }

    func testManyDuplicateKeys() throws {
        let text = "{" + Array(repeating: #""manifestVersion": 1"#, count: 10_000).joined(separator: ",") + "}"
        let outcome = try lint(try manifest(Array(text.utf8)))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.count(of: "manifest-field-type"), 9_999, "one per repeated key")
    }

    func testThreeHundredThousandFindings() throws {
        try XCTSkipUnless(Self.slowTests, "set SHANGJIA_SLOW_TESTS=1 for the 300,000-finding storms")
        // 300,000 findings of one rule: listed up to the limit, all counted.
        let unknown = try lint(try manifest(Array((#"{"manifestVersion": 1, "service": {"# + keys(300_000) + "}}").utf8)), timeLimit: 300)
        XCTAssertEqual(unknown.count(of: "manifest-unknown-field"), 300_000)
        XCTAssertLessThan(unknown.findings.count, 200)
        let duplicates = "{" + Array(repeating: #""manifestVersion": 1"#, count: 300_000).joined(separator: ",") + "}"
        let outcome = try lint(try manifest(Array(duplicates.utf8)), timeLimit: 300)
        XCTAssertEqual(outcome.count(of: "manifest-field-type"), 299_999)
    }

    func testInvalidUTF8() throws {
        try expectSyntaxError(Array(#"{"service": {"name": ""#.utf8) + [0xC3, 0x28] + Array(#""}}"#.utf8), mentioning: ["UTF-8"])
        // GB18030 text, as a Windows editor saves it.
        try expectSyntaxError(Array(#"{"service": {"name": ""#.utf8) + [0xD2, 0xBD, 0xB1, 0xA3] + Array(#""}}"#.utf8), mentioning: ["UTF-8"])
        // Overlong encoding of "/" and a truncated sequence at the very end.
        try expectSyntaxError(Array(#"{"a": ""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8))
        try expectSyntaxError(Array(#"{"a": 1}"#.utf8) + [0xE6, 0x9D])
    }

    func testNULBytes() throws {
        // A raw NUL inside a string, and between tokens.
        try expectSyntaxError(Array(#"{"service": {"name": "a"#.utf8) + [0] + Array(#"b"}}"#.utf8))
        try expectSyntaxError(Array(#"{"service": "#.utf8) + [0] + Array("{}}".utf8))
        try expectSyntaxError([0, 0, 0, 0])
        // An escaped NUL is valid JSON: the manifest is judged, and the report stays valid JSON.
        let outcome = try lint(try manifest(Array(#"{"manifestVersion": 1, "service": {"name": "a\u0000b"}}"#.utf8)))
        XCTAssertFalse(outcome.rules.contains("manifest-syntax"))
        XCTAssertTrue(outcome.rules.contains("service-name-charset"), "\(outcome.rules)")
    }

    func testLoneSurrogates() throws {
        // UTF-8-encoded surrogates (CESU-8) are not UTF-8.
        try expectSyntaxError(Array(#"{"a": ""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8))
        // Escaped lone surrogates cannot become text: a syntax error at the escape.
        try expectSyntaxError(Array(#"{"service": {"name": "\ud800"}}"#.utf8))
        try expectSyntaxError(Array(#"{"service": {"name": "\udc00x"}}"#.utf8))
        try expectSyntaxError(Array(#"{"service": {"name": "\ud800\u0041"}}"#.utf8))
        try expectSyntaxError(Array(#"{"\ud800": 1}"#.utf8))
        // A proper pair is fine.
        let pair = try lint(try manifest(Array(#"{"manifestVersion": 1, "service": {"name": "\ud83d\ude00"}}"#.utf8)))
        XCTAssertFalse(pair.rules.contains("manifest-syntax"))
    }

    func testEmptyAndWhitespaceFiles() throws {
        try expectSyntaxError([])
        try expectSyntaxError(Array("  \n\t ".utf8))
        try expectSyntaxError([0xEF, 0xBB, 0xBF]) // a BOM and nothing else
    }

    func testRandomBytes() throws {
        var generator = SplitMix64(seed: 0x5348_414E_474A_4941) // "SHANGJIA"
        for size in [1, 7, 100, 4096, 1 << 20] {
            var bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if bytes.first == UInt8(ascii: "{") || bytes.first == UInt8(ascii: "[") { bytes[0] = 0xFF }
            try expectSyntaxError(bytes)
        }
    }

    func testUTF16File() throws {
        let text = #"{"manifestVersion": 1, "service": {"name": "医保服务"}}"#
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let noBOM: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try expectSyntaxError(littleEndian, mentioning: ["UTF-8"])
        try expectSyntaxError(bigEndian, mentioning: ["UTF-8"])
        try expectSyntaxError(noBOM)
    }

    // MARK: - Icon files

    /// A copy of samples/clean-service (a clean manifest whose icon is assets/icon.png) in a
    /// fresh folder; `icon` then names the file rules must judge.
    func serviceFolder(icon: String? = nil) throws -> URL {
        let folder = temporaryFolder().appendingPathComponent("app")
        try FileManager.default.copyItem(atPath: Harness.packageRoot + "/samples/clean-service", toPath: folder.path)
        if let icon {
            let url = folder.appendingPathComponent("manifest.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            XCTAssertTrue(text.contains("\"assets/icon.png\""))
            try text.replacingOccurrences(of: "\"assets/icon.png\"", with: "\"\(icon)\"").write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    func lintIcon(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> Outcome {
        let folder = try serviceFolder()
        try Data(bytes).write(to: folder.appendingPathComponent("assets/icon.png"))
        return try lint(folder.appendingPathComponent("manifest.json").path, file: file, line: line)
    }

    /// The findings about the icon (at /service/icon).
    func iconRules(_ outcome: Outcome) -> [String] {
        outcome.findings.filter { $0["path"] as? String == "/service/icon" }.compactMap { $0["rule"] as? String }
    }

    func testTheCleanSampleIsClean() throws {
        let outcome = try lint(try serviceFolder().appendingPathComponent("manifest.json").path)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(iconRules(outcome), [])
    }

    func testHugeDimensionsAreJudgedFromTheHeader() throws {
        // 60,000 × 60,000 RGBA would be 14.4 GB of pixels; the IDAT holds one row.
        let header = bigEndian(60_000) + bigEndian(60_000) + [8, 6, 0, 0, 0]
        let png = PNGReaderSignature + pngChunk("IHDR", header)
            + pngChunk("IDAT", zlibCompress([UInt8](repeating: 0, count: 240_001)))
            + pngChunk("IEND", [])
        let outcome = try lintIcon(png)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(iconRules(outcome).contains("icon-dimensions"), "\(iconRules(outcome))")
    }

    func testDecompressionBomb() throws {
        // A 180 × 180 header (129,780 bytes of scanlines) whose IDAT inflates to 1 GiB of zeros.
        let header = bigEndian(180) + bigEndian(180) + [8, 6, 0, 0, 0]
        let png = PNGReaderSignature + pngChunk("IHDR", header)
            + pngChunk("IDAT", zlibCompressZeros(1 << 30))
            + pngChunk("IEND", [])
        let outcome = try lintIcon(png)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(iconRules(outcome).contains("icon-integrity"), "\(iconRules(outcome))")
    }

    func testFourGibibyteChunkLength() throws {
        let valid = cleanIcon()
        for length: UInt32 in [0xFFFF_FFFF, 0x8000_0000, 0x7FFF_FFFF] {
            // The IDAT's length field (right after the 8-byte signature and the 25-byte IHDR).
            var png = valid
            png.replaceSubrange(33..<37, with: bigEndian(Int(length)))
            let outcome = try lintIcon(png)
            XCTAssertEqual(outcome.status, 1)
            XCTAssertTrue(iconRules(outcome).contains("icon-integrity"), "length \(length): \(iconRules(outcome))")
        }
    }

    func testTruncatedAtEveryChunkBoundary() throws {
        let valid = cleanIcon()
        var boundaries = [8] // after the signature
        var offset = 8
        while offset + 8 <= valid.count {
            let length = valid[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            offset += 12 + length
            boundaries.append(offset)
        }
        XCTAssertEqual(boundaries.last, valid.count)
        for cut in boundaries.dropLast() + [4, 20, valid.count - 1] {
            let outcome = try lintIcon(Array(valid.prefix(cut)))
            XCTAssertEqual(outcome.status, 1, "cut at \(cut)")
            let rules = iconRules(outcome)
            XCTAssertTrue(rules.contains("icon-integrity") || (cut < 8 && rules.contains("icon-format")), "cut at \(cut): \(rules)")
        }
    }

    // MARK: - Files that are not plain files in the folder

    func expectMaterialFileFinding(icon: String, prepare: (URL) throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = try serviceFolder(icon: icon)
        try prepare(folder)
        let outcome = try lint(folder.appendingPathComponent("manifest.json").path, file: file, line: line)
        XCTAssertEqual(outcome.status, 1, file: file, line: line)
        XCTAssertEqual(iconRules(outcome), ["material-file"], file: file, line: line)
    }

    func testIconIsDevZero() throws {
        try expectMaterialFileFinding(icon: "assets/zero.png") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("assets/zero.png").path, withDestinationPath: "/dev/zero")
        }
    }

    func testIconIsAFIFO() throws {
        try expectMaterialFileFinding(icon: "assets/fifo.png") { folder in
            XCTAssertEqual(mkfifo(folder.appendingPathComponent("assets/fifo.png").path, 0o644), 0)
        }
    }

    func testIconIsADirectory() throws {
        try expectMaterialFileFinding(icon: "assets/folder.png") { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets/folder.png"), withIntermediateDirectories: false)
        }
    }

    func testIconIsASymlinkToEtcPasswd() throws {
        try expectMaterialFileFinding(icon: "assets/passwd.png") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("assets/passwd.png").path, withDestinationPath: "/etc/passwd")
        }
    }

    func testIconPathEscapesWithDotDot() throws {
        try expectMaterialFileFinding(icon: "../outside.png") { folder in
            // The file exists, next to the folder: still refused.
            try Data(cleanIcon()).write(to: folder.deletingLastPathComponent().appendingPathComponent("outside.png"))
        }
        try expectMaterialFileFinding(icon: "assets/../../outside.png") { folder in
            try Data(cleanIcon()).write(to: folder.deletingLastPathComponent().appendingPathComponent("outside.png"))
        }
        try expectMaterialFileFinding(icon: "/etc/passwd") { _ in }
    }

    func testIconSymlinkInsideTheFolderIsFine() throws {
        let folder = try serviceFolder(icon: "assets/alias.png")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("assets/alias.png").path, withDestinationPath: "icon.png")
        let outcome = try lint(folder.appendingPathComponent("manifest.json").path)
        XCTAssertEqual(iconRules(outcome), [])
    }

    // MARK: - Helpers

    func cleanIcon() -> [UInt8] {
        Array(FileManager.default.contents(atPath: Harness.packageRoot + "/samples/clean-service/assets/icon.png")!)
    }
}

let PNGReaderSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

func bigEndian(_ value: Int) -> [UInt8] {
    [UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
}

/// A zlib stream of stored (uncompressed) blocks: valid, and no compressor needed.
func zlibCompress(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
        let count = min(65_535, data.count - offset)
        let final: UInt8 = offset + count == data.count ? 1 : 0
        out += [final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
        out += data[offset..<offset + count]
        offset += count
    } while offset < data.count
    return out + bigEndian(Int(adler32(data)))
}

/// A zlib stream that inflates to `count` zero bytes, without a compressor: one fixed-Huffman
/// block of a literal 0 and then matches of length 258 at distance 1 (13 bits each, so eight
/// of them are 13 bytes that repeat once the bit phase settles; about 159:1).
func zlibCompressZeros(_ count: Int) -> [UInt8] {
    var writer = BitWriter()
    writer.bytes = [0x78, 0x01]
    writer.write(1, bits: 1) // BFINAL
    writer.write(1, bits: 2) // BTYPE 01: fixed Huffman
    writer.writeHuffman(0b0011_0000, length: 8) // literal 0
    var remaining = count - 1
    func match(_ writer: inout BitWriter) {
        writer.writeHuffman(0b1100_0101, length: 8) // length code 285: 258
        writer.writeHuffman(0, length: 5) // distance code 0: 1
    }
    // Two groups of eight by hand; the second is the period.
    for _ in 0..<8 { match(&writer) }
    let before = writer.bytes.count
    for _ in 0..<8 { match(&writer) }
    let period = Array(writer.bytes[before...])
    precondition(period.count == 13)
    remaining -= 16 * 258
    let groups = remaining / (8 * 258)
    writer.bytes.reserveCapacity(writer.bytes.count + groups * 13 + 64)
    for _ in 0..<groups { writer.bytes += period }
    remaining -= groups * 8 * 258
    while remaining >= 258 { match(&writer); remaining -= 258 }
    for _ in 0..<remaining { writer.writeHuffman(0b0011_0000, length: 8) }
    writer.writeHuffman(0, length: 7) // end of block (256)
    writer.flush()
    // Adler-32 of `count` zeros: a = 1, b = count mod 65521.
    return writer.bytes + bigEndian((count % 65_521) << 16 | 1)
}

struct BitWriter {
    var bytes: [UInt8] = []
    var current: UInt32 = 0
    var used = 0

    mutating func write(_ value: UInt32, bits: Int) {
        for bit in 0..<bits {
            current |= ((value >> UInt32(bit)) & 1) << UInt32(used)
            used += 1
            if used == 8 { bytes.append(UInt8(current)); current = 0; used = 0 }
        }
    }

    /// Huffman codes go most significant bit first.
    mutating func writeHuffman(_ code: UInt32, length: Int) {
        for bit in stride(from: length - 1, through: 0, by: -1) { write((code >> UInt32(bit)) & 1, bits: 1) }
    }

    mutating func flush() { if used > 0 { bytes.append(UInt8(current)); current = 0; used = 0 } }
}

/// One PNG chunk: length, type, data, CRC-32 of type and data.
func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let typeAndData = Array(type.utf8) + data
    return bigEndian(data.count) + typeAndData + bigEndian(Int(crc32(typeAndData)))
}

func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }
    return ~crc
}

func adler32(_ data: [UInt8]) -> UInt32 {
    var a: UInt32 = 1, b: UInt32 = 0
    for byte in data { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
    return b << 16 | a
}

/// A small deterministic generator, so "random" bytes are the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
