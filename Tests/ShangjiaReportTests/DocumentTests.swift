@testable import ShangjiaCore
import XCTest
@testable import ShangjiaReport

/// The pieces of the documents for people that the command tests do not reach one by one.
final class DocumentTests: XCTestCase {
    func testEveryFormEntryIsACatalogField() {
        for form in PortalForms.all {
            for entry in form.sections.flatMap(\.entries) {
                XCTAssertNotNil(entry.field, "\(form.name): \(entry.pointer) is not in FieldCatalog")
                XCTAssertNotNil(entry.label(.zh), "\(form.name): \(entry.pointer)")
            }
        }
    }

    func testChineseNumeralsForNumberedParagraphs() {
        XCTAssertEqual([1, 2, 9, 10, 11, 12, 20, 21, 99, 100].map(Statement.chineseNumeral),
                       ["一", "二", "九", "十", "十一", "十二", "二十", "二十一", "九十九", "100"])
    }

    func testSentenceEndsOnceInItsLanguage() {
        XCTAssertEqual(Statement.sentence("已与省大数据局确认", .zh), "已与省大数据局确认。")
        XCTAssertEqual(Statement.sentence("已确认。 ", .zh), "已确认。")
        XCTAssertEqual(Statement.sentence("confirmed", .en), "confirmed.")
        XCTAssertEqual(Statement.sentence("really?", .en), "really?")
    }

    func testDisplayWidthCountsWideCharactersTwice() {
        XCTAssertEqual(DisplayWidth.of("PC端地址"), 8)
        XCTAssertEqual(DisplayWidth.of("（未填）"), 8)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent takes no column")
    }

    func testFileSizesGroupTheirBytes() {
        XCTAssertEqual(FileDescription.size(1023), "1023 B")
        XCTAssertEqual(FileDescription.size(122_880), "120 KB (122,880 B)")
    }

    func testZipEntriesAreDeflatedAndStamped1980() {
        var archive = ZipArchive()
        archive.add("a.xml", String(repeating: "<w:p/>", count: 1000))
        let bytes = archive.finish()
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(bytes[8], 8, "method 8, deflate")
        XCTAssertEqual(Array(bytes[10..<14]), [0, 0, 0x21, 0], "1980-01-01 00:00, whatever the clock says")
        XCTAssertLessThan(bytes.count, 600, "6,000 repetitive bytes compress")
        XCTAssertEqual(Array(bytes.suffix(22).prefix(4)), [0x50, 0x4B, 0x05, 0x06], "the end of central directory record")
    }
}
