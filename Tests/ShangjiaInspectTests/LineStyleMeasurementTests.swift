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

    private func filledDisc(background: Pixel) -> RGBAImage {
        image { x, y in self.distanceFromCentre(x, y) <= 80 ? self.blue : background }
    }

    private func measure(_ name: String, _ image: RGBAImage) -> LineStyleMeasurement {
        let m = LineStyleMeasurement.measure(image)
        print("line-style \(name): background \(m.background) coverage \(String(format: "%.3f", m.coverage)) survival \(String(format: "%.3f", m.erosionSurvival)) r=\(m.strokeRadius)")
        return m
    }

    func testOutlineIconsMeasureLow() {
        let icons = [
            ("outline circle 8px, transparent", outlineCircle(stroke: 8, background: clear)),
            ("outline circle 8px, white", outlineCircle(stroke: 8, background: white)),
            ("outline circle 12px, transparent", outlineCircle(stroke: 12, background: clear)),
            ("outline document 8px, white", outlineDocument(background: white)),
        ]
        for (name, icon) in icons {
            let m = measure(name, icon)
            XCTAssertEqual(m.strokeRadius, 6)
            XCTAssertLessThan(m.coverage, 0.25, name)
            XCTAssertLessThan(m.erosionSurvival, 0.1, name)
        }
        XCTAssertEqual(LineStyleMeasurement.measure(outlineCircle(stroke: 8, background: clear)).background, "transparent")
        XCTAssertEqual(LineStyleMeasurement.measure(outlineCircle(stroke: 8, background: white)).background, "#FFFFFF")
    }

    func testFilledIconsMeasureHigh() {
        let icons = [
            ("filled rounded square + white glyph, transparent", filledRoundedSquare(background: clear)),
            ("filled rounded square + white glyph, white", filledRoundedSquare(background: white)),
            ("filled disc, transparent", filledDisc(background: clear)),
            ("filled disc, white", filledDisc(background: white)),
        ]
        for (name, icon) in icons {
            let m = measure(name, icon)
            XCTAssertGreaterThan(m.coverage, 0.4, name)
            XCTAssertGreaterThan(m.erosionSurvival, 0.5, name)
        }
    }

    /// Erosion by a 5×5 square (radius 2 for a 31-pixel side) counted by hand: a 20×15 block keeps
    /// 16×11 pixels, a 3-pixel line none, and 5-pixel bands along the left and right edges (outside
    /// counts as background) their middle columns but for two rows at each end: 27 each. The bands
    /// also meet across row ends in memory, which must not count.
    func testErosionFiguresAreExact() {
        let width = 50, height = 31
        var rgba: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width {
                let block = (10..<30).contains(x) && (5..<20).contains(y)
                let line = (10..<40).contains(x) && (25..<28).contains(y)
                let inked = block || line || x < 5 || x >= 45
                rgba += inked ? [0x1E, 0x6F, 0xFF, 255] : [0, 0, 0, 0]
            }
        }
        let m = LineStyleMeasurement.measure(RGBAImage(width: width, height: height, rgba: rgba))
        XCTAssertEqual(m.background, "transparent")
        XCTAssertEqual(m.strokeRadius, 2)
        let ink = 20 * 15 + 30 * 3 + 2 * 5 * height
        XCTAssertEqual(m.coverage, Double(ink) / Double(width * height))
        XCTAssertEqual(m.erosionSurvival, Double(16 * 11 + 2 * 27) / Double(ink))
    }

    /// Rows a whole number of words wide (128 pixels) and a band of ink across all of them: the band
    /// keeps all but its first 4 columns and rows, on a white background.
    func testErosionOfABandAcrossWholeWordRows() {
        let width = 128, height = 64
        var rgba: [UInt8] = []
        for y in 0..<height {
            for _ in 0..<width { rgba += (20..<40).contains(y) ? [0x1E, 0x6F, 0xFF, 255] : [255, 255, 255, 255] }
        }
        let m = LineStyleMeasurement.measure(RGBAImage(width: width, height: height, rgba: rgba))
        XCTAssertEqual(m.background, "#FFFFFF")
        XCTAssertEqual(m.strokeRadius, 2)
        XCTAssertEqual(m.coverage, Double(width * 20) / Double(width * height))
        XCTAssertEqual(m.erosionSurvival, Double(124 * 16) / Double(width * 20))
    }

    /// 4 pixels wide, all ink below two transparent rows: no 5×5 square fits.
    func testImageNarrowerThanTheErosionSquareKeepsNothing() {
        let rgba = [UInt8](repeating: 0, count: 4 * 2 * 4) + [UInt8](repeating: 255, count: 4 * 58 * 4)
        let m = LineStyleMeasurement.measure(RGBAImage(width: 4, height: 60, rgba: rgba))
        XCTAssertEqual(m.background, "transparent")
        XCTAssertEqual(m.coverage, 232.0 / 240.0)
        XCTAssertEqual(m.erosionSurvival, 0)
    }

    func testBlankImage() {
        let m = LineStyleMeasurement.measure(image { _, _ in self.white })
        XCTAssertEqual(m.coverage, 0)
        XCTAssertEqual(m.erosionSurvival, 0)
    }
}
