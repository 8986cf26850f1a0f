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
        let width = image.width, height = image.height, pixelCount = width * height
        let radius = max(2, min(width, height) / 30)
        return image.rgba.withUnsafeBufferPointer { rgba in
            // 1 where alpha ≥ 128: the ink if the background is transparency. Each pixel is read as
            // one UInt32 whose top bit is alpha's, so the loop vectorizes.
            var ink = [UInt8](unsafeUninitializedCapacity: pixelCount) { mask, initialized in
                let pixels = UnsafeRawPointer(rgba.baseAddress!)
                for index in 0..<pixelCount {
                    let pixel = UInt32(littleEndian: pixels.loadUnaligned(fromByteOffset: 4 &* index, as: UInt32.self))
                    mask[index] = UInt8(truncatingIfNeeded: pixel >> 31)
                }
                initialized = pixelCount
            }
            let opaqueCount = ink.withUnsafeBufferPointer { sumOfFlags($0.baseAddress!, count: pixelCount) }
            let background: String, inkCount: Int
            if Double(pixelCount - opaqueCount) >= transparentShare * Double(pixelCount) {
                background = "transparent"
                inkCount = opaqueCount
            } else {
                let (red, green, blue) = dominantBorderColour(rgba, width: width, height: height)
                background = "#" + hex(red) + hex(green) + hex(blue)
                ink.withUnsafeMutableBufferPointer { mask in
                    for index in 0..<pixelCount {
                        let offset = 4 &* index
                        let difference = max(abs(Int(rgba[offset]) &- Int(red)), abs(Int(rgba[offset &+ 1]) &- Int(green)),
                                             abs(Int(rgba[offset &+ 2]) &- Int(blue)))
                        mask[index] = difference > colourTolerance ? 1 : 0
                    }
                }
                inkCount = ink.withUnsafeBufferPointer { sumOfFlags($0.baseAddress!, count: pixelCount) }
            }
            let survivors = erosionSurvivors(&ink, width: width, height: height, radius: radius)
            return LineStyleMeasurement(background: background, coverage: Double(inkCount) / Double(pixelCount),
                                        erosionSurvival: inkCount == 0 ? 0 : Double(survivors) / Double(inkCount),
                                        strokeRadius: radius)
        }
    }

    /// The most common border colour (binned to 5 bits a channel so anti-aliasing noise does not
    /// split it), as the mean of the border pixels in that bin. Corners count twice; of equally
    /// common bins the first to reach that count (top and bottom rows before the sides) wins.
    private static func dominantBorderColour(_ rgba: UnsafeBufferPointer<UInt8>, width: Int, height: Int) -> (UInt8, UInt8, UInt8) {
        var border: [Int] = []
        border.reserveCapacity(2 * (width + height))
        for x in 0..<width {
            border.append(x)
            border.append((height - 1) * width + x)
        }
        for y in 0..<height {
            border.append(y * width)
            border.append(y * width + width - 1)
        }
        func bin(_ index: Int) -> Int {
            Int(rgba[4 * index] >> 3) << 10 | Int(rgba[4 * index + 1] >> 3) << 5 | Int(rgba[4 * index + 2] >> 3)
        }
        var binCounts = [Int32](repeating: 0, count: 1 << 15)
        var commonest = bin(border[0])
        for index in border {
            let bin = bin(index)
            binCounts[bin] += 1
            if binCounts[bin] > binCounts[commonest] { commonest = bin }
        }
        var sums = (0, 0, 0), members = 0
        for index in border where bin(index) == commonest {
            sums = (sums.0 + Int(rgba[4 * index]), sums.1 + Int(rgba[4 * index + 1]), sums.2 + Int(rgba[4 * index + 2]))
            members += 1
        }
        return (UInt8(sums.0 / members), UInt8(sums.1 / members), UInt8(sums.2 / members))
    }

    /// How many ink pixels survive erosion by a (2r+1)² square, outside the image counting as
    /// background. Each pixel becomes the AND of the square whose bottom-right corner it is,
    /// doubling runs of ANDed pixels along rows, then along columns (shifting by whole rows).
    /// Shifts run across row ends only into columns too near the left edge to be counted.
    /// `mask` (1 ink, 0 background) is overwritten.
    private static func erosionSurvivors(_ mask: inout [UInt8], width: Int, height: Int, radius: Int) -> Int {
        let side = 2 * radius + 1
        guard side <= width, side <= height else { return 0 }
        return mask.withUnsafeMutableBufferPointer { mask in
            let count = mask.count
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
            defer { scratch.deallocate() }
            var current = mask.baseAddress!, next = scratch
            for step in [1, width] {
                var covered = 1
                while covered < side {
                    let shift = min(covered, side - covered)
                    let offset = shift * step
                    next.initialize(repeating: 0, count: offset)
                    for index in offset..<count { next[index] = current[index] & current[index &- offset] }
                    swap(&current, &next)
                    covered += shift
                }
            }
            var survivors = 0
            for y in side - 1..<height { survivors += sumOfFlags(current + (y * width + side - 1), count: width - side + 1) }
            return survivors
        }
    }

    /// The sum of bytes that are each 0 or 1, eight at a time.
    private static func sumOfFlags(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int {
        let raw = UnsafeRawPointer(bytes)
        var sum = 0, index = 0
        while index &+ 8 <= count {
            // The product's top byte sums all eight; no partial sum exceeds 8, so none carries.
            sum &+= Int((raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) &* 0x0101_0101_0101_0101) >> 56)
            index &+= 8
        }
        while index < count {
            sum &+= Int(bytes[index])
            index &+= 1
        }
        return sum
    }

    private static func hex(_ value: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
