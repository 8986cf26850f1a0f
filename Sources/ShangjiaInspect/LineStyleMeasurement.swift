/// Figures for telling a line (线性, outline) icon from a filled (面性) one; the icon-line-style
/// rule judges them. Ink is every pixel that is not background; eroding the ink by a stroke
/// radius removes thin strokes but leaves most of a filled shape standing.
public struct LineStyleMeasurement: Sendable {
    /// "transparent" or "#RRGGBB".
    public let background: String
    /// Ink pixels / all pixels.
    public let coverage: Double
    /// Ink pixels surviving erosion / ink pixels.
    public let erosionSurvival: Double
    /// Half the side of the square eroded around each pixel.
    public let strokeRadius: Int

    /// With at least this share of alpha < 128 pixels the background is transparency.
    static let transparentShare = 0.02
    /// Largest per-channel difference from the background colour still counted as background.
    static let colourTolerance = 48

    public static func measure(_ image: RGBAImage) -> LineStyleMeasurement {
        let pixelCount = image.width * image.height
        let rgba = image.rgba
        let transparentCount = stride(from: 3, to: rgba.count, by: 4).reduce(0) { $0 + (rgba[$1] < 128 ? 1 : 0) }
        let ink: [Bool]
        let background: String
        if Double(transparentCount) >= transparentShare * Double(pixelCount) {
            background = "transparent"
            ink = (0..<pixelCount).map { rgba[$0 * 4 + 3] >= 128 }
        } else {
            let colour = dominantBorderColour(image)
            background = "#" + [colour.0, colour.1, colour.2].map { hex($0) }.joined()
            ink = (0..<pixelCount).map { index in
                let offset = index * 4
                return max(abs(Int(rgba[offset]) - Int(colour.0)), abs(Int(rgba[offset + 1]) - Int(colour.1)),
                           abs(Int(rgba[offset + 2]) - Int(colour.2))) > colourTolerance
            }
        }
        let radius = max(2, min(image.width, image.height) / 30)
        let inkCount = ink.reduce(0) { $0 + ($1 ? 1 : 0) }
        let survivors = eroded(ink, width: image.width, height: image.height, radius: radius).reduce(0) { $0 + ($1 ? 1 : 0) }
        return LineStyleMeasurement(background: background, coverage: Double(inkCount) / Double(pixelCount),
                                    erosionSurvival: inkCount == 0 ? 0 : Double(survivors) / Double(inkCount),
                                    strokeRadius: radius)
    }

    /// The most common border colour (binned to 5 bits a channel so anti-aliasing noise does not
    /// split it), as the mean of the border pixels in that bin.
    private static func dominantBorderColour(_ image: RGBAImage) -> (UInt8, UInt8, UInt8) {
        var border: [Int] = []
        for x in 0..<image.width { border += [x, (image.height - 1) * image.width + x] }
        for y in 0..<image.height { border += [y * image.width, y * image.width + image.width - 1] }
        var bins: [Int: [Int]] = [:]
        for index in border {
            let offset = index * 4
            let bin = Int(image.rgba[offset] >> 3) << 10 | Int(image.rgba[offset + 1] >> 3) << 5 | Int(image.rgba[offset + 2] >> 3)
            bins[bin, default: []].append(offset)
        }
        let members = bins.values.max { $0.count < $1.count } ?? []
        func mean(_ channel: Int) -> UInt8 {
            UInt8(members.reduce(0) { $0 + Int(image.rgba[$1 + channel]) } / max(1, members.count))
        }
        return (mean(0), mean(1), mean(2))
    }

    /// Erosion by a (2r+1)² square, outside the image counting as background; done as a
    /// horizontal then a vertical pass over running ink counts.
    private static func eroded(_ mask: [Bool], width: Int, height: Int, radius: Int) -> [Bool] {
        func pass(_ input: [Bool], lines: Int, length: Int, index: (Int, Int) -> Int) -> [Bool] {
            var output = [Bool](repeating: false, count: input.count)
            let window = 2 * radius + 1
            for line in 0..<lines {
                var prefix = [Int](repeating: 0, count: length + 1)
                for position in 0..<length { prefix[position + 1] = prefix[position] + (input[index(line, position)] ? 1 : 0) }
                for position in radius..<max(radius, length - radius) where prefix[position + radius + 1] - prefix[position - radius] == window {
                    output[index(line, position)] = true
                }
            }
            return output
        }
        let horizontal = pass(mask, lines: height, length: width) { y, x in y * width + x }
        return pass(horizontal, lines: width, length: height) { x, y in y * width + x }
    }

    private static func hex(_ value: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
