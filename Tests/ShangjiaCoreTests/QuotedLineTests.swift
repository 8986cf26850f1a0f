import XCTest
@testable import ShangjiaCore

/// The text report quotes the line under each finding. The engine keeps those lines, read from
/// the bytes, instead of the whole text; they must be the lines the report took from the text
/// before: the text split at "\n" characters (a "\r\n" is one character and does not split),
/// a byte order mark left out of line 1, a final "\r" left out.
final class QuotedLineTests: XCTestCase {
    /// How the text reporter found a line when the report kept the whole text.
    private func lineAsBefore(_ number: Int, of bytes: [UInt8]) -> String? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return nil }
        var text = String(lines[number - 1])
        if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    func testSameLinesAsTheWholeTextSplit() {
        let texts: [[UInt8]] = [
            Array("{\n  \"a\": 1,\n  \"b\": \"医保\"\n}\n".utf8),
            Array("\u{FEFF}{\"a\": 1}\n{\n".utf8),
            Array("{\r\n  \"a\": 1\r\n}\r\n".utf8),
            Array("line one\r\nstill one\nline two\r".utf8),
            Array("\n\n\n".utf8),
            Array("no newline at all".utf8),
            Array("\r\r\n\n\r".utf8),
            [0x7B, 0xE2, 0x0A, 0x22, 0xFF, 0xFE, 0x0D, 0x0A, 0x0A, 0xF0, 0x9F, 0x0A, 0x7D],
            Array("a\u{301}\nb\n\u{301}c".utf8),
            [],
        ]
        for (index, bytes) in texts.enumerated() {
            for number in 0...8 {
                let kept = QuotedLine.lines([number], of: bytes).first?.text
                XCTAssertEqual(kept, lineAsBefore(number, of: bytes), "text \(index), line \(number)")
            }
            let all = QuotedLine.lines([3, 1, 2, 1], of: bytes).map(\.number)
            XCTAssertEqual(all, [1, 2, 3].filter { lineAsBefore($0, of: bytes) != nil }, "text \(index): each line once, in order")
        }
    }

    func testALongLineKeepsMoreThanAnyReporterShows() {
        let line = String(repeating: "医保服务", count: 50_000)
        let kept = QuotedLine.lines([2], of: Array("{\n\(line)\n}".utf8))
        XCTAssertEqual(kept.first?.text, String(line.prefix(QuotedLine.keptCharacters)))
    }
}
