import XCTest
@testable import ShangjiaJSON

final class JSONParserTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONDocument {
        try JSONParser.parse(text).get()
    }

    private func failure(_ bytes: [UInt8]) -> JSONSyntaxError? {
        if case .failure(let error) = JSONParser.parse(bytes) { return error }
        return nil
    }

    func testPositionsCountCodePointsAndLines() throws {
        let document = try parse("{\n  \"名称\": \"浙里办\",\n  \"b\": [1, true]\n}")
        XCTAssertEqual(document.root.position, SourcePosition(line: 1, column: 1))
        XCTAssertEqual(document.root["名称"]?.position, SourcePosition(line: 2, column: 9))
        XCTAssertEqual(document.root.value(at: JSONPointer(string: "/b/1")!)?.position, SourcePosition(line: 3, column: 12))
    }

    func testBOMIsAcceptedAndNotCounted() throws {
        let document = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\":1}".utf8)).get()
        XCTAssertTrue(document.hasBOM)
        XCTAssertEqual(document.root["a"]?.position, SourcePosition(line: 1, column: 6))
    }

    func testGBKIsReportedAsNotUTF8AtTheFirstBadByte() throws {
        // "名称" in GBK is C3 FB B3 C6.
        let error = try XCTUnwrap(failure(Array("{\n \"a\": \"".utf8) + [0xC3, 0xFB, 0xB3, 0xC6] + Array("\"}".utf8)))
        XCTAssertEqual(error.reason, .notUTF8(byte: 0xC3))
        XCTAssertEqual(error.position, SourcePosition(line: 2, column: 8))
    }

    func testNotUTF8OutranksEarlierSyntaxErrorsAndEscapes() throws {
        // Strings are checked as they are read; a bad byte past a syntax error is still the fault.
        let late = try XCTUnwrap(failure(Array("[1,,\n \"".utf8) + [0xE6, 0xB5] + Array("\"]".utf8)))
        XCTAssertEqual(late.reason, .notUTF8(byte: 0xE6))
        XCTAssertEqual(late.position, SourcePosition(line: 2, column: 3))
        let escaped = try XCTUnwrap(failure(Array("[\"\\n".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8)))
        XCTAssertEqual(escaped.reason, .notUTF8(byte: 0xED))
        XCTAssertEqual(escaped.offset, 4)
        XCTAssertEqual(try parse("[\"\\n浙😀\"]").root.arrayValue?.first?.stringValue, "\n浙😀")
    }

    func testDeepNestingIsAnErrorNotACrash() throws {
        let error = try XCTUnwrap(failure(Array(repeating: UInt8(ascii: "["), count: 200_000)))
        XCTAssertEqual(error.reason, .tooDeep(limit: 512))
        XCTAssertEqual(error.position, SourcePosition(line: 1, column: 513))
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        XCTAssertNoThrow(try parse(deepest))
    }

    func testDuplicateKeysAreKeptLastWinsAndReported() throws {
        let document = try parse("{\"s\": {\"k\": 1, \"k\": 2}}")
        XCTAssertEqual(document.root.value(at: JSONPointer(["s", "k"]))?.numberValue?.integer, 2)
        XCTAssertEqual(document.duplicateKeys.count, 1)
        XCTAssertEqual(document.duplicateKeys.first?.objectPointer, JSONPointer(["s"]))
        XCTAssertEqual(document.duplicateKeys.first?.position, SourcePosition(line: 1, column: 16))
        let nested = try parse(#"{"a": [[0], {"b": [1, 2, {"k": 1, "k": 2}]}]}"#)
        XCTAssertEqual(nested.duplicateKeys.map(\.objectPointer), [JSONPointer(["a", "1", "b", "2"])])
    }

    func testKeysAreComparedByCodePoints() throws {
        // Precomposed and decomposed é are canonically equivalent but different names (RFC 8259 §8.3).
        let distinct = try parse(#"{"\u00e9": 1, "e\u0301": 2}"#)
        XCTAssertEqual(distinct.duplicateKeys.count, 0)
        XCTAssertEqual(distinct.root.members?.count, 2)
        let repeated = try parse(#"{"e\u0301": 1, "e\u0301": 2, "\u00e9": 3, "\u00e9": 4}"#)
        XCTAssertEqual(repeated.duplicateKeys.map(\.position.column), [16, 43])
    }

    func testDuplicateKeysAreFoundInSmallAndLargeObjects() throws {
        // Small objects are scanned, large ones hashed: names repeated on both sides of the switch.
        for size in [3, 32, 33, 100] {
            let names = (0..<size).map { "\"k\($0)\": 0" } + ["\"k0\": 1", "\"k\(size - 1)\": 2", #""\u00e9": 3"#, #""e\u0301": 4"#, #""\u00e9": 5"#]
            let document = try parse("{" + names.joined(separator: ", ") + "}")
            XCTAssertEqual(document.duplicateKeys.map(\.key), ["k0", "k\(size - 1)", "\u{e9}"], "size \(size)")
            XCTAssertEqual(document.root["k0"]?.numberValue?.integer, 1)
        }
    }

    func testLoneSurrogateAndNULAreRejectedWithPositions() throws {
        XCTAssertEqual(failure(Array("[\"\\uD800\"]".utf8))?.reason, .loneSurrogate("\\uD800"))
        XCTAssertEqual(failure(Array("[\"a\u{0}\"]".utf8))?.reason, .controlCharacterInString(0))
        XCTAssertEqual(failure([])?.reason, .empty)
        XCTAssertEqual(failure(Array("{\"a\":1} x".utf8))?.position, SourcePosition(line: 1, column: 9))
    }

    func testCommentsAndTrailingCommasAreNamedAtTheirPlace() throws {
        let cases: [(String, JSONSyntaxError.Reason, SourcePosition)] = [
            ("{\n  \"a\": 1 // note\n}", .comment, SourcePosition(line: 2, column: 10)),
            ("// header\n{}", .comment, SourcePosition(line: 1, column: 1)),
            ("{\"a\": /* x */ 1}", .comment, SourcePosition(line: 1, column: 7)),
            ("{} // after", .comment, SourcePosition(line: 1, column: 4)),
            ("[1, 2,]", .trailingComma, SourcePosition(line: 1, column: 6)),
            ("{\"a\": [1,\n  2,\n]}", .trailingComma, SourcePosition(line: 2, column: 4)),
            ("{\"名称\": 1,\n}", .trailingComma, SourcePosition(line: 1, column: 9)),
            ("[1 / 2]", .expected(.commaOrArrayEnd, found: "/"), SourcePosition(line: 1, column: 4)),
            ("{\"a\" 1}", .expected(.colon, found: "1"), SourcePosition(line: 1, column: 6)),
            ("{\"a\": 1, 2}", .expected(.key, found: "2"), SourcePosition(line: 1, column: 10)),
        ]
        for (text, reason, position) in cases {
            let error = failure(Array(text.utf8))
            XCTAssertEqual(error?.reason, reason, text)
            XCTAssertEqual(error?.position, position, text)
        }
    }

    func testEscapesAndSurrogatePairsDecode() throws {
        let document = try parse("[\"\\u6D59\\ud83d\\ude00\\n\"]")
        XCTAssertEqual(document.root.arrayValue?.first?.stringValue, "浙😀\n")
    }

    func testLongSingleLineStaysLinear() throws {
        let members = (0..<300_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let document = try parse("{" + members + "}")
        XCTAssertEqual(document.root.members?.count, 300_000)
        XCTAssertEqual(document.root["k299999"]?.numberValue?.integer, 299_999)
    }

    func testPointerEscapingRoundTrips() {
        let pointer = JSONPointer(["a/b", "m~n", "0"])
        XCTAssertEqual(pointer.description, "/a~1b/m~0n/0")
        XCTAssertEqual(JSONPointer(string: pointer.description), pointer)
        XCTAssertTrue(pointer.isWithin(JSONPointer(["a/b"])))
        XCTAssertFalse(JSONPointer(["a"]).isWithin(pointer))
    }
}
