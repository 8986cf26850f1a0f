import XCTest
@testable import ShangjiaInspect

/// Calibration icons for icon-line-style, 180×180 like the service icons.
final class LineStyleMeasurementTests: XCTestCase {
    private typealias Pixel = (UInt8, UInt8, UInt8, UInt8)
    private let size = 180
    private let blue: Pixel = (0x1E, 0x6F, 0xFF, 255)
    private let white: Pixel = (255, 255, 255, 255)
    private let clear: Pixel = (0, 0, 0, 0)

    private func image(_ pixel: (Double, Double) -> Pixel) -> RGBAImage {
        var rgba: [UInt8] = []
        for y in 0..<size {
            for x in 0..<size {
                let (r, g, b, a) = pixel(Double(x) + 0.5, Double(y) + 0.5)
                rgba += [r, g, b, a]
            }
        }
        return RGBAImage(width: size, height: size, rgba: rgba)
    }

    private func distanceFromCentre(_ x: Double, _ y: Double) -> Double { ((x - 90) * (x - 90) + (y - 90) * (y - 90)).squareRoot() }

    private func outlineCircle(stroke: Double, background: Pixel) -> RGBAImage {
        image { x, y in abs(distanceFromCentre(x, y) - 70) <= stroke / 2 ? self.blue : background }
    }

    /// A line icon of several strokes: a document outline with two text lines.
    private func outlineDocument(background: Pixel) -> RGBAImage {
        image { x, y in
            let inBox = x >= 40 && x <= 140 && y >= 25 && y <= 155
            let inInner = x >= 48 && x <= 132 && y >= 33 && y <= 147
            let textLine = x >= 62 && x <= 118 && (abs(y - 70) <= 4 || abs(y - 100) <= 4)
            return (inBox && !inInner) || textLine ? self.blue : background
        }
    }

    /// A filled rounded square (corner radius 36, 10 px margin) with a white plus glyph.
    private func filledRoundedSquare(background: Pixel) -> RGBAImage {
        image { x, y in
            let dx = max(0, abs(x - 90) - 44), dy = max(0, abs(y - 90) - 44)
            guard (dx * dx + dy * dy).squareRoot() <= 36 else { return background }
            let plus = (abs(x - 90) <= 10 && abs(y - 90) <= 45) || (abs(y - 90) <= 10 && abs(x - 90) <= 45)
            return plus ? self.white : self.blue
        }
    }

    private func filledDisc(radius: Double, background: Pixel) -> RGBAImage {
        image { x, y in self.distanceFromCentre(x, y) <= radius ? self.blue : background }
    }

    private func measure(_ name: String, _ image: RGBAImage) -> LineStyleMeasurement {
        let m = LineStyleMeasurement.measure(image)
        print("line-style \(name): background \(m.background) tile \(m.isTile) box \(m.inkWidth)×\(m.inkHeight) coverage \(String(format: "%.3f", m.coverage)) survival \(String(format: "%.3f", m.erosionSurvival)) r=\(m.strokeRadius) solidity \(String(format: "%.3f", m.solidity))")
        return m
    }

    func testOutlineIconsMeasureLow() {
        let icons = [
            ("outline circle 8px, transparent", outlineCircle(stroke: 8, background: clear)),
            ("outline circle 8px, white", outlineCircle(stroke: 8, background: white)),
            ("outline circle 12px, transparent", outlineCircle(stroke: 12, background: clear)),
            ("outline document 8px, white", outlineDocument(background: white)),
            ("outline circle 8px, light grey", outlineCircle(stroke: 8, background: (0xF2, 0xF2, 0xF2, 255))),
        ]
        for (name, icon) in icons {
            let m = measure(name, icon)
            XCTAssertFalse(m.isTile, name)
            XCTAssertLessThan(m.erosionSurvival, 0.05, name)
            XCTAssertFalse(m.looksFilled(), name)
        }
        XCTAssertEqual(LineStyleMeasurement.measure(outlineCircle(stroke: 8, background: clear)).background, "transparent")
        XCTAssertEqual(LineStyleMeasurement.measure(outlineCircle(stroke: 8, background: white)).background, "#FFFFFF")
    }

    func testFilledIconsMeasureHigh() {
        let icons = [
            ("filled rounded square + white glyph, transparent", filledRoundedSquare(background: clear)),
            ("filled rounded square + white glyph, white", filledRoundedSquare(background: white)),
            ("filled disc, transparent", filledDisc(radius: 80, background: clear)),
            ("filled disc, white", filledDisc(radius: 80, background: white)),
        ]
        for (name, icon) in icons {
            let m = measure(name, icon)
            XCTAssertGreaterThan(m.coverage, 0.6, name)
            XCTAssertGreaterThan(m.erosionSurvival, 0.5, name)
            XCTAssertTrue(m.looksFilled(), name)
        }
    }

    /// A small filled glyph in a wide margin covers 8 % of the canvas but 79 % of its own box, and
    /// the erosion radius follows the box (6.5 % of 81 px, 5 px), not the canvas.
    func testAFilledGlyphInAWideMarginIsJudgedByItsOwnBox() {
        let m = measure("filled disc r40, transparent", filledDisc(radius: 40, background: clear))
        XCTAssertEqual(m.inkWidth, 80)
        XCTAssertEqual(m.inkHeight, 80)
        XCTAssertEqual(m.strokeRadius, 5)
        XCTAssertEqual(m.coverage, 0.78, accuracy: 0.02)
        XCTAssertTrue(m.looksFilled())
    }

    /// A coloured canvas with a white line glyph on it is a tile, filled by definition: the tile
    /// colour is not taken for a background against which the thin glyph would pass.
    func testAFullBleedTileIsFilled() {
        let tile = image { x, y in abs(self.distanceFromCentre(x, y) - 50) <= 4 ? self.white : self.blue }
        let m = measure("full-bleed tile with a white ring", tile)
        XCTAssertTrue(m.isTile)
        XCTAssertEqual(m.background, "#1E6FFF")
        XCTAssertTrue(m.looksFilled())
    }

    /// The share of ink surviving is compared with the threshold, strictly above it; the solidity
    /// with its floor, at or above it.
    func testThresholdsAreParameters() {
        let m = LineStyleMeasurement.measure(filledRoundedSquare(background: clear))
        let survival = Int(m.erosionSurvival * 100)
        XCTAssertTrue(m.looksFilled(maxSurvivalPercent: survival))
        XCTAssertFalse(m.looksFilled(maxSurvivalPercent: survival + 1))
        let solidity = Int(m.solidity * 100)
        XCTAssertTrue(m.looksFilled(minSolidityPercent: solidity))
        XCTAssertFalse(m.looksFilled(minSolidityPercent: solidity + 1))
    }

    /// An outline calendar whose header is a thick band: the band survives the erosion (a third of
    /// the ink), but the ink fills only 45 % of its silhouette, a hollow outline. The same calendar
    /// with its body filled is solid.
    func testAThickBandInAHollowOutlineIsNotFilled() {
        func calendar(hollow: Bool) -> RGBAImage {
            image { x, y in
                let frame = x >= 30 && x <= 150 && y >= 30 && y <= 150
                let inner = x >= 38 && x <= 142 && y >= 66 && y <= 142
                return frame && !(hollow && inner) ? self.blue : self.clear
            }
        }
        let outline = measure("outline calendar with a 36 px header band", calendar(hollow: true))
        XCTAssertGreaterThan(outline.erosionSurvival, 0.1)
        XCTAssertEqual(outline.solidity, 1 - 104.0 * 76 / (120 * 120), accuracy: 0.001)
        XCTAssertFalse(outline.looksFilled())
        let solid = measure("filled calendar", calendar(hollow: false))
        XCTAssertEqual(solid.solidity, 1)
        XCTAssertTrue(solid.looksFilled())
    }

    private func bitmap(_ inked: [Bool], width: Int) -> InkBitmap {
        InkBitmap(width: width, height: inked.count / width) { inked[$0] ? 1 : 0 }
    }

    /// Erosion by a 5×5 square counted by hand: a 20×15 block keeps 16×11 pixels, a 3-pixel line
    /// none, and 5-pixel bands along the left and right edges (outside counts as background) their
    /// middle columns but for two rows at each end: 27 each. The bands also meet across row ends
    /// in memory, which must not count.
    func testErosionFiguresAreExact() {
        let width = 50, height = 31
        var inked: [Bool] = []
        for y in 0..<height {
            for x in 0..<width {
                let block = (10..<30).contains(x) && (5..<20).contains(y)
                let line = (10..<40).contains(x) && (25..<28).contains(y)
                inked.append(block || line || x < 5 || x >= 45)
            }
        }
        var ink = bitmap(inked, width: width)
        XCTAssertEqual(ink.inkCount, 20 * 15 + 30 * 3 + 2 * 5 * height)
        XCTAssertEqual(ink.boundingBox.width, 50)
        XCTAssertEqual(ink.boundingBox.height, 31)
        XCTAssertEqual(ink.erosionSurvivors(radius: 2), 16 * 11 + 2 * 27)
    }

    /// Rows a whole number of words wide (128 pixels) and a band of ink across all of them: the band
    /// keeps all but its first 4 columns and rows.
    func testErosionOfABandAcrossWholeWordRows() {
        let width = 128, height = 64
        var ink = bitmap((0..<width * height).map { (20..<40).contains($0 / width) }, width: width)
        XCTAssertEqual(ink.boundingBox.width, 128)
        XCTAssertEqual(ink.boundingBox.height, 20)
        XCTAssertEqual(ink.erosionSurvivors(radius: 2), 124 * 16)
    }

    /// The bit-packed bitmap (rows padded to whole words, erosion by shifted ANDs, the bounding box
    /// from word ORs) against a pixel-by-pixel reference, on random blobs and noise of random sizes
    /// around the 64-pixel word boundary. A failure prints the case's ink, row by row.
    func testBitPackedErosionMatchesAPixelByPixelReference() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<100 {
            let width = Int.random(in: 1...150, using: &generator), height = Int.random(in: 1...80, using: &generator)
            let inked = randomInk(width: width, height: height, using: &generator)
            let radius = Int.random(in: 1...9, using: &generator)
            var ink = bitmap(inked, width: width)
            let inkCount = ink.inkCount, box = ink.boundingBox, reference = referenceBox(inked, width: width)
            let survivors = ink.erosionSurvivors(radius: radius), referenceCount = referenceSurvivors(inked, width: width, radius: radius)
            if inkCount != inked.filter({ $0 }).count || box != reference || survivors != referenceCount {
                let rows = stride(from: 0, to: inked.count, by: width).map { String(inked[$0..<$0 + width].map { $0 ? "#" : "." }) }
                XCTFail("trial \(trial), \(width)×\(height), radius \(radius): box \(box) vs \(reference), survivors \(survivors) vs \(referenceCount)\n" + rows.joined(separator: "\n"))
            }
        }
    }

    /// The word-parallel outside fill against a breadth-first search from the image's edge, on the
    /// same random images plus hollow rectangles (holes to find) and spirals (paths that wind back).
    func testEnclosedBackgroundMatchesABreadthFirstReference() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<200 {
            let width = Int.random(in: 1...150, using: &generator), height = Int.random(in: 1...80, using: &generator)
            var inked = randomInk(width: width, height: height, using: &generator)
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let left = Int.random(in: 0..<width, using: &generator), top = Int.random(in: 0..<height, using: &generator)
                let right = Int.random(in: left..<width, using: &generator), bottom = Int.random(in: top..<height, using: &generator)
                for y in top...bottom { for x in left...right where x == left || x == right || y == top || y == bottom { inked[y * width + x] = true } }
            }
            if trial % 4 == 0 { drawSpiral(&inked, width: width, height: height) }
            let enclosed = bitmap(inked, width: width).enclosedBackground(), reference = referenceEnclosed(inked, width: width)
            if enclosed != reference {
                let rows = stride(from: 0, to: inked.count, by: width).map { String(inked[$0..<$0 + width].map { $0 ? "#" : "." }) }
                XCTFail("trial \(trial), \(width)×\(height): enclosed \(enclosed) vs \(reference)\n" + rows.joined(separator: "\n"))
            }
        }
    }

    /// A square spiral of ink, 2 pixels apart, from the border inwards: its background corridor
    /// reaches the edge only by winding round, through many row turns.
    private func drawSpiral(_ inked: inout [Bool], width: Int, height: Int) {
        func ink(_ x: Int, _ y: Int) { if x >= 0 && y >= 0 && x < width && y < height { inked[y * width + x] = true } }
        var (left, top, right, bottom) = (0, 0, width - 1, height - 1)
        while left <= right && top <= bottom {
            for x in left...right { ink(x, top) }
            for y in top...bottom { ink(right, y) }
            for x in left...right { ink(x, bottom) }
            if top + 2 <= bottom { for y in top + 2...bottom { ink(left, y) } }
            ink(left + 1, top + 2)
            (left, top, right, bottom) = (left + 2, top + 2, right - 2, bottom - 2)
        }
    }

    /// Background pixels a 4-connected search from the edge's background does not reach.
    private func referenceEnclosed(_ inked: [Bool], width: Int) -> Int {
        let height = inked.count / width
        var reached = [Bool](repeating: false, count: inked.count), queue: [Int] = []
        for index in inked.indices where !inked[index] {
            let (x, y) = (index % width, index / width)
            if x == 0 || y == 0 || x == width - 1 || y == height - 1 { reached[index] = true; queue.append(index) }
        }
        while let index = queue.popLast() {
            let (x, y) = (index % width, index / width)
            for (nx, ny) in [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)] where nx >= 0 && ny >= 0 && nx < width && ny < height {
                let next = ny * width + nx
                if !inked[next] && !reached[next] { reached[next] = true; queue.append(next) }
            }
        }
        return inked.indices.filter { !inked[$0] && !reached[$0] }.count
    }

    /// Rectangles (the shapes erosion keeps) over sparse noise (the pixels it removes), sometimes none.
    private func randomInk(width: Int, height: Int, using generator: inout some RandomNumberGenerator) -> [Bool] {
        let noise = Double.random(in: 0...0.3, using: &generator)
        var inked = (0..<width * height).map { _ in Double.random(in: 0..<1, using: &generator) < noise }
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            let left = Int.random(in: 0..<width, using: &generator), top = Int.random(in: 0..<height, using: &generator)
            let right = Int.random(in: left..<width, using: &generator), bottom = Int.random(in: top..<height, using: &generator)
            for y in top...bottom { for x in left...right { inked[y * width + x] = true } }
        }
        return inked
    }

    /// Survives when the whole (2r+1)² square around it is inside the image and inked.
    private func referenceSurvivors(_ inked: [Bool], width: Int, radius: Int) -> Int {
        let height = inked.count / width
        var survivors = 0
        for y in 0..<height {
            for x in 0..<width where inked[y * width + x] {
                var whole = true
                for dy in -radius...radius {
                    for dx in -radius...radius {
                        let (nx, ny) = (x + dx, y + dy)
                        if nx < 0 || ny < 0 || nx >= width || ny >= height || !inked[ny * width + nx] { whole = false }
                    }
                }
                if whole { survivors += 1 }
            }
        }
        return survivors
    }

    private func referenceBox(_ inked: [Bool], width: Int) -> (width: Int, height: Int) {
        let points = inked.indices.filter { inked[$0] }.map { ($0 % width, $0 / width) }
        guard !points.isEmpty else { return (0, 0) }
        let xs = points.map(\.0), ys = points.map(\.1)
        return (xs.max()! - xs.min()! + 1, ys.max()! - ys.min()! + 1)
    }

    /// 4 pixels wide, all ink below two transparent rows: the box is 4×58, its radius 4 (6.5 % of
    /// 58), and no 9×9 square fits.
    func testImageNarrowerThanTheErosionSquareKeepsNothing() {
        let rgba = [UInt8](repeating: 0, count: 4 * 2 * 4) + [UInt8](repeating: 255, count: 4 * 58 * 4)
        let m = LineStyleMeasurement.measure(RGBAImage(width: 4, height: 60, rgba: rgba))
        XCTAssertEqual(m.background, "transparent")
        XCTAssertEqual(m.strokeRadius, 4)
        XCTAssertEqual(m.coverage, 1)
        XCTAssertEqual(m.erosionSurvival, 0)
    }

    func testBlankImage() {
        let m = LineStyleMeasurement.measure(image { _, _ in self.white })
        XCTAssertFalse(m.isTile)
        XCTAssertEqual(m.inkWidth, 0)
        XCTAssertEqual(m.coverage, 0)
        XCTAssertEqual(m.erosionSurvival, 0)
        XCTAssertFalse(m.looksFilled())
    }
}
