import Foundation
import XCTest
@testable import ShangjiaInspect

/// icon-line-style judged on real icon families rendered by scripts/render-icon-calibration.py,
/// labelled line or filled by each family's own naming, split by family into the icons the
/// heuristic was tuned on and icons held out from tuning.
final class LineStyleCalibrationTests: XCTestCase {
    struct Matrix: Equatable, CustomStringConvertible {
        var filledFlagged = 0, filledMissed = 0, lineFlagged = 0, linePassed = 0
        var description: String {
            let filled = filledFlagged + filledMissed, line = lineFlagged + linePassed
            return String(format: "filled flagged %d/%d (%.1f %%), line flagged %d/%d (%.1f %%)", filledFlagged, filled,
                          100 * Double(filledFlagged) / Double(max(1, filled)), lineFlagged, line, 100 * Double(lineFlagged) / Double(max(1, line)))
        }
    }

    /// The confusion matrices (tuning, held out) of the labelled icons in `folder`, and per family.
    static func evaluate(_ folder: URL) throws -> (splits: [String: Matrix], families: [String: Matrix]) {
        let labels = try String(contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8)
        let inspector = FileInspector(root: folder.path)
        var splits: [String: Matrix] = [:], families: [String: Matrix] = [:]
        for line in labels.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            let (file, family, split, label) = (fields[0], fields[1], fields[2], fields[3])
            guard let pixels = inspector.inspect(file).image?.pixels else {
                throw NSError(domain: "calibration", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(file) did not decode"])
            }
            let flagged = LineStyleMeasurement.measure(pixels).looksFilled()
            // The everyday concepts (labels.tsv's fifth column) also count as a split of their own.
            let popular = fields.count > 4 && fields[4] == "popular" ? [split + " popular"] : []
            for key in [split, family] + popular {
                var matrix = (key == family ? families[key] : splits[key]) ?? Matrix()
                switch (label == "filled", flagged) {
                case (true, true): matrix.filledFlagged += 1
                case (true, false): matrix.filledMissed += 1
                case (false, true): matrix.lineFlagged += 1
                case (false, false): matrix.linePassed += 1
                }
                if key == family { families[key] = matrix } else { splits[key] = matrix }
            }
        }
        return (splits, families)
    }

    static func print(_ result: (splits: [String: Matrix], families: [String: Matrix])) {
        for (name, matrix) in result.splits.sorted(by: { $0.key > $1.key }) { Swift.print("icon-line-style \(name): \(matrix)") }
        for (name, matrix) in result.families.sorted(by: { $0.key < $1.key }) { Swift.print("icon-line-style   \(name): \(matrix)") }
    }

    /// The committed subset (Fixtures/icon-line-style, made by the script's `--subset 3`): its
    /// matrices may move by one icon at most, so a change of the heuristic shows in this test.
    /// Most held-out misses are glyphs whose family draws its "filled" style with strokes
    /// (Material's 3d-rotation, Heroicons' solid chevron-double-right): no measure of the pixels can tell
    /// them from the family's line drawing.
    func testCommittedSubsetConfusionMatrix() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/icon-line-style", withExtension: nil))
        let result = try Self.evaluate(folder)
        Self.print(result)
        let expected = [
            "tuning": Matrix(filledFlagged: 20, filledMissed: 2, lineFlagged: 0, linePassed: 19),
            "heldout": Matrix(filledFlagged: 47, filledMissed: 13, lineFlagged: 0, linePassed: 57),
        ]
        XCTAssertEqual(Set(result.splits.keys.filter { !$0.hasSuffix(" popular") }), Set(expected.keys))
        for (split, want) in expected {
            let got = try XCTUnwrap(result.splits[split])
            let differences = [got.filledFlagged - want.filledFlagged, got.filledMissed - want.filledMissed,
                               got.lineFlagged - want.lineFlagged, got.linePassed - want.linePassed]
            XCTAssertLessThanOrEqual(differences.map(abs).max()!, 1, "\(split): \(got), expected \(want)")
        }
    }

    /// The full calibration set, rendered outside the repository: run with
    /// SHANGJIA_ICON_CALIBRATION=<folder of labels.tsv> to print its matrices (held out, in full:
    /// filled 2420/2688 flagged, line 116/3320; their everyday concepts: 644/672 and 6/856).
    func testFullCalibrationSetFromEnvironment() throws {
        guard let folder = ProcessInfo.processInfo.environment["SHANGJIA_ICON_CALIBRATION"] else {
            throw XCTSkip("set SHANGJIA_ICON_CALIBRATION to a folder rendered by scripts/render-icon-calibration.py")
        }
        let result = try Self.evaluate(URL(fileURLWithPath: folder))
        Self.print(result)
        XCTAssertFalse(result.splits.isEmpty)
    }
}
