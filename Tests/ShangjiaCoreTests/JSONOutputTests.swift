import Foundation
import XCTest
@testable import ShangjiaCore

final class JSONOutputTests: XCTestCase {
    /// A string value rendered alone, less the final newline.
    func quoted(_ text: String) -> String {
        String(JSONOutput.string(text).rendered().dropLast())
    }

    func testStringsAreEscapedOnlyWhereJSONOrJavaScriptNeedIt() throws {
        XCTAssertEqual(quoted("医保服务 /service/name"), #""医保服务 /service/name""#)
        XCTAssertEqual(quoted("a\"b\\c\nd\te\u{1}"), #""a\"b\\c\nd\te\u0001""#)
        XCTAssertEqual(quoted("行\u{2028}分\u{2029}段"), #""行\u2028分\u2029段""#)
        XCTAssertEqual(quoted("\u{2027}\u{202A}"), "\"\u{2027}\u{202A}\"", "neighbours of U+2028 stay as they are")
        for text in ["", "plain", "医保\u{2028}", "\u{0}\u{1F}\u{7F}", "\"\\/"] {
            let parsed = try JSONSerialization.jsonObject(with: Data(quoted(text).utf8), options: .fragmentsAllowed) as? String
            XCTAssertEqual(parsed, text)
        }
    }
}
