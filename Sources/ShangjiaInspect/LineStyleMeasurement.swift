/// Figures for telling a line (线性, outline) icon from a filled (面性) one; the icon-line-style
/// rule judges them. Ink is every pixel that is not background. An opaque canvas whose border is
/// a colour (not paper white) is a tile, filled by definition. Otherwise the ink is eroded by a
/// radius proportional to its bounding box, so the margin around the glyph does not matter: the
/// strokes of a line icon vanish, the solid parts of a filled one stay. A thick part inside an
/// outline (a calendar's header band) also stays; the ink's solidity, the share it fills of its
/// silhouette (the ink with its enclosed holes filled), tells that hollow outline from a solid shape.
///
/// Calibrated on real icon families (scripts/render-icon-calibration.py,
/// Tests/ShangjiaInspectTests/Fixtures/icon-line-style).
public struct LineStyleMeasurement: Sendable {
    /// "transparent" or "#RRGGBB".
    public let background: String
    /// The canvas is opaque and its commonest border colour is not paper: the icon is a coloured
    /// tile (square, rounded or full-bleed) with its glyph on it. The ink figures are 0 then.
    public let isTile: Bool
    /// The ink's bounding box, 0 × 0 without ink.
    public let inkWidth: Int, inkHeight: Int
    /// Ink pixels / pixels of the ink's bounding box.
    public let coverage: Double
    /// Ink pixels surviving erosion / ink pixels.
    public let erosionSurvival: Double
    /// Half the side of the square eroded around each pixel.
    public let strokeRadius: Int
    /// Ink pixels / pixels of the ink's silhouette: the ink and the background it encloses (not
    /// connected to the image's edge). 1 for shapes without holes, low for hollow outlines.
    public let solidity: Double

    /// With at least this share of alpha < 128 pixels the background is transparency.
    static let transparentShare = 0.02
    /// Largest per-channel difference from the background colour still counted as background.
    static let colourTolerance = 48
    /// A border colour with every channel at least this light is paper (white, light grey, a
    /// pale tint), on which the glyph itself is judged; a darker or more saturated one is a tile.
    static let paperLevel = 224
    /// The erosion radius in thousandths of the ink's longer side. Line families draw strokes of
    /// 1.5–2.5 units in a 20-unit glyph (a half-width of at most 6.25 %); the solid parts of
    /// filled glyphs are several times thicker.
    public static let radiusPerMille = 65
    /// Above this share of the ink surviving erosion an icon looks filled (percent); the line
    /// icons of the tuning families keep under 10 %, 99 % of their filled glyphs more.
    public static let maxLineSurvivalPercent = 10
    /// Below this solidity (percent) surviving ink is a thick part of a hollow outline; the
    /// highest multiple of 5 that keeps every filled glyph of the tuning families flagged (their
    /// least solid, MDI's calendar-range, fills 57 % of its silhouette).
    public static let minFilledSolidityPercent = 55

    /// Filled: a tile, or more than `maxSurvivalPercent` % of the ink survives the erosion and the
    /// ink fills at least `minSolidityPercent` % of its silhouette.
    public func looksFilled(maxSurvivalPercent: Int = maxLineSurvivalPercent, minSolidityPercent: Int = minFilledSolidityPercent) -> Bool {
        isTile || erosionSurvival * 100 > Double(maxSurvivalPercent) && solidity * 100 >= Double(minSolidityPercent)
    }

    public static func measure(_ image: RGBAImage) -> LineStyleMeasurement {
        let width = image.width, height = image.height, pixelCount = width * height
        return image.rgba.withUnsafeBufferPointer { rgba in
            // Where alpha ≥ 128: the ink if the background is transparency. Each pixel is read as
            // one UInt32 whose top bit is alpha's, so the loop vectorizes.
            let pixels = UnsafeRawPointer(rgba.baseAddress!)
            var ink = InkBitmap(width: width, height: height) { index in
                UInt8(truncatingIfNeeded: UInt32(littleEndian: pixels.loadUnaligned(fromByteOffset: 4 &* index, as: UInt32.self)) >> 31)
            }
            let background: String
            if Double(pixelCount - ink.inkCount) >= transparentShare * Double(pixelCount) {
                background = "transparent"
            } else {
                let (red, green, blue) = dominantBorderColour(rgba, width: width, height: height)
                background = "#" + hex(red) + hex(green) + hex(blue)
                if min(red, green, blue) < paperLevel {
                    return LineStyleMeasurement(background: background, isTile: true, inkWidth: 0, inkHeight: 0,
                                                coverage: 0, erosionSurvival: 0, strokeRadius: 0, solidity: 0)
                }
                ink = InkBitmap(width: width, height: height) { index in
                    let offset = 4 &* index
                    let difference = max(abs(Int(rgba[offset]) &- Int(red)), abs(Int(rgba[offset &+ 1]) &- Int(green)),
                                         abs(Int(rgba[offset &+ 2]) &- Int(blue)))
                    return difference > colourTolerance ? 1 : 0
                }
            }
            let inkCount = ink.inkCount
            let box = ink.boundingBox
            let holes = ink.enclosedBackground()
            let radius = max(1, (max(box.width, box.height) * radiusPerMille + 500) / 1000)
            let survivors = ink.erosionSurvivors(radius: radius)
            return LineStyleMeasurement(background: background, isTile: false, inkWidth: box.width, inkHeight: box.height,
                                        coverage: inkCount == 0 ? 0 : Double(inkCount) / Double(box.width * box.height),
                                        erosionSurvival: inkCount == 0 ? 0 : Double(survivors) / Double(inkCount),
                                        strokeRadius: radius, solidity: inkCount == 0 ? 0 : Double(inkCount) / Double(inkCount + holes))
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
/// would outside the image. Each operation ANDs 64 pixels. (LineStyleMeasurementTests compares
/// it with a pixel-by-pixel reference on random images.)
struct InkBitmap {
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

    /// The width and height of the smallest rectangle holding all ink (0 × 0 without ink): rows
    /// from the first and last word rows with a bit set, columns from the OR of all rows.
    var boundingBox: (width: Int, height: Int) {
        let wordsPerRow = rowBits / 64
        var columns = [UInt64](repeating: 0, count: wordsPerRow)
        var top = Int.max, bottom = -1
        words.withUnsafeBufferPointer { words in
            for row in 0..<words.count / wordsPerRow {
                var any: UInt64 = 0
                for column in 0..<wordsPerRow {
                    let word = words[row &* wordsPerRow &+ column]
                    columns[column] |= word
                    any |= word
                }
                if any != 0 {
                    top = min(top, row)
                    bottom = row
                }
            }
        }
        guard bottom >= 0 else { return (0, 0) }
        let first = columns.firstIndex { $0 != 0 }!, last = columns.lastIndex { $0 != 0 }!
        let left = 64 * first + columns[first].trailingZeroBitCount
        let right = 64 * last + 63 - columns[last].leadingZeroBitCount
        return (right - left + 1, bottom - top + 1)
    }

    /// How many background pixels the ink encloses: those with no path (through background, in the
    /// four directions) to the image's edge. The outside grows from the edge until it stops
    /// changing: each pass goes down the rows and back up, a row taking in the background next to
    /// the outside of the row before, then every background run touching its outside, 64 pixels a
    /// step. The padding bits after each row's pixels count as outside, past the last column.
    func enclosedBackground() -> Int {
        let wordsPerRow = rowBits / 64, rows = words.count / wordsPerRow
        var outside = [UInt64](repeating: 0, count: words.count)
        outside.withUnsafeMutableBufferPointer { outside in
            words.withUnsafeBufferPointer { ink in
                guard let outside = outside.baseAddress, let ink = ink.baseAddress, rows > 0 else { return }
                // Seeds: the first and last rows' background, and the first column's.
                for row in 0..<rows {
                    let first = row &* wordsPerRow
                    if row == 0 || row == rows &- 1 {
                        for index in first..<first &+ wordsPerRow { outside[index] = ~ink[index] }
                    } else {
                        outside[first] = ~ink[first] & 1
                    }
                }
                // A row is filled along when it has new seeds: on the first pass (its first column),
                // later only when the row before brought it some.
                var changed = true, firstPass = true
                func grow(_ row: Int, from neighbour: Int) {
                    let first = row &* wordsPerRow
                    var seeded = firstPass
                    for index in first..<first &+ wordsPerRow {
                        let grown = outside[index] | outside[index &+ neighbour &* wordsPerRow] & ~ink[index]
                        if grown != outside[index] { seeded = true; outside[index] = grown }
                    }
                    if seeded {
                        changed = true
                        fillRuns(outside + first, ink: ink + first, count: wordsPerRow)
                    }
                }
                while changed {
                    changed = false
                    for row in 1..<max(1, rows) { grow(row, from: -1) }
                    firstPass = false
                    for row in (0..<rows &- 1).reversed() { grow(row, from: 1) }
                }
            }
        }
        var enclosed = 0
        for (inkWord, outsideWord) in zip(words, outside) { enclosed &+= (~(inkWord | outsideWord)).nonzeroBitCount }
        return enclosed
    }

    /// Spreads `seeds` over the background runs (the zero bits of `ink`) of one row of `count`
    /// words, both ways and across word boundaries.
    private func fillRuns(_ seeds: UnsafeMutablePointer<UInt64>, ink: UnsafePointer<UInt64>, count: Int) {
        // Upwards (towards higher pixels) by addition: a seed's carry runs through the open bits
        // above it, clearing them, to the first closed one; the bits that changed are the fill (and
        // the seeds, which a second seed in the same run turns back on). Bit 63 seeds the next word's bit 0.
        var carry: UInt64 = 0
        for index in 0..<count {
            let open = ~ink[index], seed = (seeds[index] | carry) & open
            let filled = ((open &+ seed) ^ open) & open | seed
            carry = filled >> 63
            seeds[index] = filled
        }
        // Downwards by doubling shifts (Kogge–Stone), a word's bit 0 seeding the previous one's bit 63.
        carry = 0
        for index in (0..<count).reversed() {
            var open = ~ink[index], seed = (seeds[index] | carry << 63) & open, shift: UInt64 = 1
            while shift < 64 {
                seed |= (seed >> shift) & open
                open &= open >> shift
                shift <<= 1
            }
            carry = seed & 1
            seeds[index] = seed
        }
    }

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
