import XCTest
@testable import ShangjiaInspect

final class DocumentSnifferTests: XCTestCase {
    private func inspect(_ name: String, _ bytes: [UInt8]) -> FileInspection {
        MemoryFileInspector(files: [name: bytes]).inspect(name)
    }

    func testEachBuilderIsRecognisedByContent() {
        let cases: [(String, [UInt8], ContentKind)] = [
            ("a.pdf", SyntheticFiles.pdf(), .pdf),
            ("a.docx", SyntheticFiles.docx(), .docx),
            ("a.xlsx", SyntheticFiles.xlsx(), .xlsx),
            ("a.doc", SyntheticFiles.ole(), .ole),
            ("a.XLS", SyntheticFiles.ole(), .ole),
            ("a.mp4", SyntheticFiles.mp4(), .mp4),
            ("a.mov", SyntheticFiles.mp4(), .mp4),
            ("a.PNG", SyntheticFiles.png(width: 2, height: 2) { _, _ in (1, 2, 3, 4) }, .png),
            ("a.jpg", SyntheticFiles.jpeg(width: 8, height: 8), .jpeg),
            ("a.jpeg", SyntheticFiles.jpeg(width: 8, height: 8), .jpeg),
        ]
        for (name, bytes, kind) in cases {
            let inspection = inspect(name, bytes)
            XCTAssertNil(inspection.problem, name)
            XCTAssertEqual(inspection.size, Int64(bytes.count), name)
            XCTAssertEqual(inspection.content, kind, name)
            XCTAssertEqual(inspection.contentMatchesExtension(), true, name)
            XCTAssertEqual(inspection.image != nil, kind == .png || kind == .jpeg, name)
        }
        XCTAssertEqual(SyntheticFiles.ole().count, 1536)
    }

    func testMismatchesAndUnknownExtensions() {
        XCTAssertEqual(inspect("a.jpg", SyntheticFiles.png(width: 1, height: 1) { _, _ in (0, 0, 0, 255) }).contentMatchesExtension(), false)
        XCTAssertEqual(inspect("a.docx", SyntheticFiles.xlsx()).contentMatchesExtension(), false)
        XCTAssertEqual(inspect("a.doc", SyntheticFiles.docx()).contentMatchesExtension(), false)
        XCTAssertEqual(inspect("a.pdf", Array("hello".utf8)).content, .unknown)
        XCTAssertNil(inspect("a.txt", SyntheticFiles.pdf()).contentMatchesExtension())
        XCTAssertNil(inspect("README", SyntheticFiles.pdf()).contentMatchesExtension())
        XCTAssertEqual(inspect("missing.pdf", []).problem, .empty)
        XCTAssertEqual(inspect("missing.pdf", []).contentMatchesExtension(), false)
    }

    func testPDFHeaderWithinTheFirstKiB() {
        XCTAssertEqual(inspect("a.pdf", [UInt8](repeating: 0x20, count: 1000) + SyntheticFiles.pdf()).content, .pdf)
        XCTAssertEqual(inspect("a.pdf", [UInt8](repeating: 0x20, count: 1020) + SyntheticFiles.pdf()).content, .unknown)
    }

    func testZipVariants() {
        XCTAssertEqual(inspect("a.zip", SyntheticFiles.zip([("readme.txt", "hi")])).content, .zip)
        XCTAssertEqual(inspect("a.docx", SyntheticFiles.zip([("word/document.xml", "<w/>")])).content, .zip)
        // The end record may sit behind an archive comment.
        var commented = SyntheticFiles.docx()
        commented[commented.count - 2] = 5
        commented += Array("hello".utf8)
        XCTAssertEqual(inspect("a.docx", commented).content, .docx)
        // A cut archive has no end record: not a document.
        let docx = SyntheticFiles.docx()
        XCTAssertEqual(inspect("a.docx", Array(docx[0..<docx.count - 10])).content, .unknown)
        // A central directory offset pointing past the end.
        var broken = docx
        broken[broken.count - 3] = 0xFF
        XCTAssertEqual(inspect("a.docx", broken).content, .unknown)
    }

    func testMemoryInspectorPaths() {
        let inspector = MemoryFileInspector(files: ["materials/a.pdf": SyntheticFiles.pdf()])
        XCTAssertEqual(inspector.inspect("materials/./a.pdf").content, .pdf)
        XCTAssertEqual(inspector.inspect("materials/x/../a.pdf").content, .pdf)
        XCTAssertEqual(inspector.inspect("materials/x/../a.pdf").path, "materials/x/../a.pdf")
        XCTAssertEqual(inspector.inspect("b.pdf").problem, .missing)
        XCTAssertEqual(inspector.inspect("../a.pdf").problem, .escapesFolder)
        XCTAssertEqual(inspector.inspect("materials/../../a.pdf").problem, .escapesFolder)
        XCTAssertEqual(inspector.inspect("/materials/a.pdf").problem, .escapesFolder)
    }
}
