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
            // Where alpha ≥ 128: the ink if the background is transparency. Each pixel is read as
            // one UInt32 whose top bit is alpha's, so the loop vectorizes.
            let pixels = UnsafeRawPointer(rgba.baseAddress!)
            var ink = InkBitmap(width: width, height: height) { index in
                UInt8(truncatingIfNeeded: UInt32(littleEndian: pixels.loadUnaligned(fromByteOffset: 4 &* index, as: UInt32.self)) >> 31)
            }
            let opaqueCount = ink.inkCount
            let background: String
            if Double(pixelCount - opaqueCount) >= transparentShare * Double(pixelCount) {
                background = "transparent"
            } else {
                let (red, green, blue) = dominantBorderColour(rgba, width: width, height: height)
                background = "#" + hex(red) + hex(green) + hex(blue)
                ink = InkBitmap(width: width, height: height) { index in
                    let offset = 4 &* index
                    let difference = max(abs(Int(rgba[offset]) &- Int(red)), abs(Int(rgba[offset &+ 1]) &- Int(green)),
                                         abs(Int(rgba[offset &+ 2]) &- Int(blue)))
                    return difference > colourTolerance ? 1 : 0
                }
            }
            let inkCount = background == "transparent" ? opaqueCount : ink.inkCount
            let survivors = ink.erosionSurvivors(radius: radius)
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

    private static func hex(_ value: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}

/// Ink as one bit a pixel, each row starting a word: pixel x of row y is bit x % 64 of word
/// y × (width / 64 + 1) + x / 64, and every row ends in at least one bit of background. Eroding along rows
/// then shifts the whole bitmap: a run ANDed across a row start meets that background, as it
/// would outside the image. Each operation ANDs 64 pixels.
private struct InkBitmap {
    private var words: [UInt64]
    private let rowBits: Int

    /// `flag` is 1 for an ink pixel (by row-major index) and 0 for background.
    init(width: Int, height: Int, flag: (Int) -> UInt8) {
        rowBits = 64 * (width / 64 + 1)
        // A byte a pixel first, as a loop over bytes vectorizes; then eight are packed at a time.
        let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: height * rowBits)
        defer { flags.deallocate() }
        for y in 0..<height {
            let row = flags + y * rowBits, firstPixel = y * width
            for x in 0..<width { row[x] = flag(firstPixel &+ x) }
            (row + width).initialize(repeating: 0, count: rowBits - width)
        }
        let raw = UnsafeRawPointer(flags)
        words = [UInt64](unsafeUninitializedCapacity: height * rowBits / 64) { words, initialized in
            for wordIndex in 0..<words.count {
                var word: UInt64 = 0
                for byteIndex in 0..<8 {
                    let eightFlags = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 64 &* wordIndex &+ 8 &* byteIndex, as: UInt64.self))
                    // The product holds flag i (bit 8i) at bit 56 + i, without carries: its top byte holds all eight.
                    word |= ((eightFlags &* 0x0102_0408_1020_4080) >> 56) << (8 &* byteIndex)
                }
                words[wordIndex] = word
            }
            initialized = words.count
        }
    }

    var inkCount: Int { words.reduce(0) { $0 &+ $1.nonzeroBitCount } }

    /// How many ink pixels survive erosion by a (2r+1)² square, outside the image counting as
    /// background. Each pixel becomes the AND of the square whose bottom-right corner it is,
    /// doubling runs of ANDed pixels along rows, then along columns (shifting by whole rows).
    /// The bitmap is left eroded.
    mutating func erosionSurvivors(radius: Int) -> Int {
        let side = 2 * radius + 1
        for step in [1, rowBits] {
            var covered = 1
            while covered < side {
                let shift = min(covered, side - covered)
                andShifted(by: shift * step)
                covered += shift
            }
        }
        return inkCount
    }

    /// ANDs every pixel with the one `distance` bits before it (background before the first).
    private mutating func andShifted(by distance: Int) {
        let wordShift = distance / 64, bitShift = UInt64(distance % 64), count = words.count
        guard wordShift < count else { return words = [UInt64](repeating: 0, count: count) }
        // Into a new array: a loop from one buffer to another vectorizes.
        words = words.withUnsafeBufferPointer { source in
            [UInt64](unsafeUninitializedCapacity: count) { target, initialized in
                let source = source.baseAddress!, target = target.baseAddress!
                target.initialize(repeating: 0, count: wordShift)
                target[wordShift] = source[wordShift] & source[0] &<< bitShift
                for index in wordShift + 1..<count {
                    // `&>> 1 &>> (63 − s)` is `>> (64 − s)`, and 0 when s is 0.
                    target[index] = source[index] & (source[index &- wordShift] &<< bitShift | (source[index &- wordShift &- 1] &>> 1) &>> (63 &- bitShift))
                }
                initialized = count
            }
        }
    }
}
