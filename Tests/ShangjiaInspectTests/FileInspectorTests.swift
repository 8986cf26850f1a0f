import Foundation
import XCTest
@testable import ShangjiaInspect

final class FileInspectorTests: XCTestCase {
    private var root = ""
    private var outside = ""

    override func setUpWithError() throws {
        var template = Array((NSTemporaryDirectory() + "/shangjia-inspect-XXXXXX").utf8CString)
        root = String(cString: try XCTUnwrap(mkdtemp(&template)))
        outside = root + "-outside"
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/assets/sub", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data(SyntheticFiles.png(width: 3, height: 3) { _, _ in (9, 9, 9, 255) }).write(to: URL(fileURLWithPath: root + "/assets/icon.png"))
        try Data(SyntheticFiles.pdf()).write(to: URL(fileURLWithPath: root + "/form.pdf"))
        try Data(SyntheticFiles.pdf()).write(to: URL(fileURLWithPath: outside + "/secret.pdf"))
        try Data().write(to: URL(fileURLWithPath: root + "/empty.pdf"))
        XCTAssertEqual(mkfifo(root + "/pipe.pdf", 0o600), 0)
        try manager.createSymbolicLink(atPath: root + "/passwd.pdf", withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: root + "/zero.png", withDestinationPath: "/dev/zero")
        try manager.createSymbolicLink(atPath: root + "/alias.png", withDestinationPath: "assets/icon.png")
        try manager.createSymbolicLink(atPath: root + "/elsewhere", withDestinationPath: outside)
        try manager.createSymbolicLink(atPath: root + "/dangling.pdf", withDestinationPath: "nowhere.pdf")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: outside)
    }

    func testAccessProblems() {
        let inspector = FileInspector(root: root)
        let expectations: [(String, FileAccessProblem?)] = [
            ("assets/icon.png", nil),
            ("./assets/sub/../icon.png", nil),
            ("alias.png", nil),
            ("form.pdf", nil),
            ("nothing.pdf", .missing),
            ("dangling.pdf", .missing),
            ("assets/icon.png/x", .missing),
            ("../x", .escapesFolder),
            ("assets/../../x", .escapesFolder),
            ("/etc/passwd", .escapesFolder),
            ("passwd.pdf", .symlinkOutside),
            ("zero.png", .symlinkOutside),
            ("elsewhere/secret.pdf", .symlinkOutside),
            ("pipe.pdf", .notRegular("FIFO")),
            ("assets", .notRegular("directory")),
            ("", .notRegular("directory")),
            ("empty.pdf", .empty),
        ]
        for (path, problem) in expectations {
            let inspection = inspector.inspect(path)
            XCTAssertEqual(inspection.problem, problem, path)
            XCTAssertEqual(inspection.path, path)
        }
        let icon = inspector.inspect("assets/icon.png")
        XCTAssertEqual(icon.content, .png)
        XCTAssertEqual(icon.image?.pixels?.rgba.prefix(4), [9, 9, 9, 255])
        XCTAssertEqual(inspector.inspect("form.pdf").contentMatchesExtension(), true)
        XCTAssertEqual(inspector.inspect("pipe.pdf").contentMatchesExtension(), false)
    }

    func testFoldersReachedThroughASymlinkInsideTheTreeAreFine() throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/shortcut", withDestinationPath: "assets")
        let inspection = FileInspector(root: root).inspect("shortcut/icon.png")
        XCTAssertNil(inspection.problem)
        XCTAssertEqual(inspection.content, .png)
    }

    func testForgettingClosesTheFolders() throws {
        func openDescriptors() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count }
        let before = try openDescriptors()
        let inspector = FileInspector(root: root)
        XCTAssertNil(inspector.inspect("assets/icon.png").problem)
        XCTAssertEqual(inspector.inspect("assets/sub/none.pdf").problem, .missing)
        XCTAssertEqual(try openDescriptors(), before + 3, "the folder, assets and assets/sub")
        inspector.forgetCache()
        XCTAssertEqual(try openDescriptors(), before)
    }

    func testFileExtensionIsTheLastDotOfTheName() {
        let expectations = [("材料/建设方案.PDF", "pdf"), ("a.b/c", ""), (".hidden", ""), ("x/.hidden", ""), ("x.tar.gz", "gz"), ("dir/", ""), ("a.", "")]
        for (path, ext) in expectations { XCTAssertEqual(FileInspection(path: path, problem: nil).fileExtension, ext, path) }
    }

    func testRelativePathsAreNormalizedLexically() {
        let expectations: [(String, String?)] = [
            ("assets/icon.png", "assets/icon.png"), ("材料/建设方案.pdf", "材料/建设方案.pdf"), ("a.b/c..d", "a.b/c..d"),
            ("./a", "a"), ("a/./b", "a/b"), ("a//b", "a/b"), ("a/", "a"), ("a/b/../c", "a/c"), (".hidden/x", ".hidden/x"),
            ("", ""), (".", ""), ("..", nil), ("a/../..", nil), ("/etc/passwd", nil),
        ]
        for (path, normal) in expectations { XCTAssertEqual(RelativePath.normalized(path), normal, path) }
    }

    func testDevicesAndSockets() throws {
        XCTAssertEqual(FileInspector(root: "/dev").inspect("zero").problem, .notRegular("character device"))
        let path = root + "/socket.pdf"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        XCTAssertEqual(FileInspector(root: root).inspect("socket.pdf").problem, .notRegular("socket"))
    }

    func testEachFileIsReadOnce() {
        let inspector = FileInspector(root: root)
        let first = inspector.inspect("assets/icon.png")
        let second = inspector.inspect("assets/icon.png")
        let third = inspector.inspect("assets/./sub/../icon.png")
        XCTAssertEqual(inspector.filesRead, 1)
        XCTAssertEqual(third.path, "assets/./sub/../icon.png")
        for inspection in [second, third] {
            XCTAssertEqual(inspection.size, first.size)
            XCTAssertEqual(inspection.content, first.content)
            XCTAssertEqual(inspection.image?.pixels?.rgba, first.image?.pixels?.rgba)
        }
        _ = inspector.inspect("form.pdf")
        XCTAssertEqual(inspector.filesRead, 2)
    }

    /// A sparse 100 MiB PNG is over the read cap: its header is judged, the rest never read.
    func testImageOverTheReadCapIsJudgedFromItsHeader() throws {
        let path = root + "/big.png"
        let bytes = SyntheticFiles.png(width: 300, height: 200) { _, _ in (0, 0, 0, 255) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(truncate(path, 100 * 1024 * 1024), 0)
        let start = Date()
        let inspection = FileInspector(root: root).inspect("big.png")
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
        XCTAssertEqual(inspection.size, 100 * 1024 * 1024)
        XCTAssertEqual(inspection.content, .png)
        XCTAssertEqual(inspection.image?.width, 300)
        XCTAssertEqual(inspection.image?.height, 200)
        XCTAssertNil(inspection.image?.integrityProblem)
        XCTAssertNil(inspection.image?.pixels)
    }

    func testConcurrentInspectionsAgree() {
        let inspector = FileInspector(root: root)
        let results = Locked([String: ContentKind]())
        DispatchQueue.concurrentPerform(iterations: 32) { index in
            let path = index % 2 == 0 ? "form.pdf" : "assets/icon.png"
            let content = inspector.inspect(path).content
            results.withLock { $0[path + "#\(index)"] = content }
        }
        let contents = results.withLock { $0 }
        XCTAssertEqual(contents.count, 32)
        XCTAssertTrue(contents.allSatisfy { $0.key.hasPrefix("form.pdf") ? $0.value == .pdf : $0.value == .png })
    }
}
