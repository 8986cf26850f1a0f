/// Whether a logo is framed by a stroke (描边): a band of one colour, distinct from what lies
/// inside it, running around the edge of the image or around its opaque shape. The
/// icon-stroke-border rule reports these figures.
///
/// The opaque shape (alpha ≥ 128; the whole image when it has no transparency) is peeled in
/// rings one pixel deep, by an approximately Euclidean (3-4 chamfer) distance to its outline, so
/// that a stroke round a rounded corner is as deep as along a straight side. The band is the run
/// of outer rings nearly all of whose pixels have the outermost rings' colour; it is a stroke
/// when it is thin (at most `maxBandWidth`) and the pixels just inside it mostly differ from it.
/// A flat tile or a white margin is one colour far deeper than a stroke; a gradient or a photo
/// is not one colour even in its outermost ring.
public struct StrokeBorderMeasurement: Sendable, Equatable {
    public enum Outline: String, Sendable {
        /// Every pixel is opaque (always so for a JPEG): the band would follow the image's edge.
        case imageEdge
        /// The band would follow the outline of the opaque pixels (a rounded or shaped logo).
        case opaqueShape
    }

    public let outline: Outline
    /// How many rings from the outline inwards share the band colour (0: not even the outermost).
    public let bandWidth: Int
    /// The outermost two rings' median colour, "#RRGGBB".
    public let bandColour: String
    /// The lowest share, over the band's rings, of pixels of the band colour (over the outermost
    /// ring when the band is empty).
    public let bandUniformity: Double
    /// The share of pixels in the two rings just inside the band (after one ring of transition)
    /// that are not of the band colour.
    public let insideContrast: Double
    /// The widest band taken for a stroke: 3 % of the shorter side, at least 2 px (22 px at 750).
    public let maxBandWidth: Int

    /// Largest per-channel difference from the band colour still counted as that colour: JPEG
    /// ringing and chroma subsampling move a flat colour's pixels by up to about 30.
    static let colourTolerance: UInt8 = 40
    /// Share of a ring's pixels that must be of the band colour for the ring to belong to it.
    static let minBandUniformity = 0.85
    /// Share of the pixels inside the band that must differ from it.
    static let minInsideContrast = 0.6

    public var isFramed: Bool {
        bandWidth >= 1 && bandWidth <= maxBandWidth && insideContrast >= Self.minInsideContrast
    }

    public static func measure(_ image: RGBAImage) -> StrokeBorderMeasurement {
        let width = image.width, height = image.height
        let maxBand = max(2, min(width, height) * 3 / 100)
        // Rings beyond the widest band: one that ends it, one of transition, two inside.
        let ringLimit = maxBand + 4
        return image.rgba.withUnsafeBufferPointer { rgba in
            let (rings, isFullyOpaque) = outlineRings(rgba, width: width, height: height, limit: ringLimit)
            let colour = medianColour(rgba, rings: rings, of: 1...2)
            var totals = [Int](repeating: 0, count: ringLimit + 1), matches = totals
            rings.withUnsafeBufferPointer { rings in
                let pixels = rgba.baseAddress!
                var index = 0
                while index < rings.count {
                    let ring = Int(rings[index]), offset = 4 &* index
                    if ring > 0 {
                        totals[ring] &+= 1
                        if isNear(pixels[offset], colour.0), isNear(pixels[offset &+ 1], colour.1), isNear(pixels[offset &+ 2], colour.2) {
                            matches[ring] &+= 1
                        }
                    }
                    index &+= 1
                }
            }
            func share(_ ring: Int) -> Double { totals[ring] == 0 ? 0 : Double(matches[ring]) / Double(totals[ring]) }
            var bandWidth = 0, uniformity = share(1)
            while bandWidth < ringLimit - 3, totals[bandWidth + 1] > 0, share(bandWidth + 1) >= minBandUniformity {
                bandWidth += 1
                uniformity = min(uniformity, share(bandWidth))
            }
            let inside = (bandWidth + 2)...(bandWidth + 3)
            let insideTotal = inside.reduce(0) { $0 + totals[$1] }, insideMatches = inside.reduce(0) { $0 + matches[$1] }
            let contrast = insideTotal == 0 ? 0 : 1 - Double(insideMatches) / Double(insideTotal)
            return StrokeBorderMeasurement(outline: isFullyOpaque ? .imageEdge : .opaqueShape, bandWidth: bandWidth,
                                           bandColour: hexColour(colour), bandUniformity: uniformity,
                                           insideContrast: contrast, maxBandWidth: maxBand)
        }
    }

    /// Each pixel's ring: 1 for the opaque pixels along the outline, 2 for the next, … up to
    /// `limit`; 0 for transparent pixels and those deeper than `limit`. Two chamfer passes (3 a
    /// side step, 4 a diagonal one, capped) over a grid with a transparent border one pixel
    /// wide, which stands for the outside of the image and spares every bounds check.
    private static func outlineRings(_ rgba: UnsafeBufferPointer<UInt8>, width: Int, height: Int,
                                     limit: Int) -> (rings: [UInt8], isFullyOpaque: Bool) {
        let cap = UInt16(3 * limit + 3), stride = width + 2
        var grid = [UInt16](repeating: 0, count: stride * (height + 2))
        var rings = [UInt8](repeating: 0, count: width * height)
        var isFullyOpaque = true
        // Raw pointers and while loops: this runs over every pixel of a 750×750 logo, and
        // unoptimized (test) builds would otherwise spend seconds on it.
        grid.withUnsafeMutableBufferPointer { gridBuffer in
            let grid = gridBuffer.baseAddress!, pixels = rgba.baseAddress!
            var y = 0
            while y < height {
                var x = 0
                while x < width {
                    if pixels[4 &* (y &* width &+ x) &+ 3] >= 128 { grid[(y &+ 1) &* stride &+ x &+ 1] = cap } else { isFullyOpaque = false }
                    x &+= 1
                }
                y &+= 1
            }
            // Forward over the neighbours above and to the left, then backward over the others;
            // two-argument min only, as the variadic one builds an array for every pixel.
            var cell = stride &+ 1
            while cell < stride &* (height &+ 1) {
                if grid[cell] != 0 {
                    let beside = min(grid[cell &- 1], grid[cell &- stride]) &+ 3
                    let diagonal = min(grid[cell &- stride &- 1], grid[cell &- stride &+ 1]) &+ 4
                    grid[cell] = min(grid[cell], min(beside, diagonal))
                }
                cell &+= 1
            }
            cell = stride &* (height &+ 1) &- 2
            while cell > stride {
                if grid[cell] != 0 {
                    let beside = min(grid[cell &+ 1], grid[cell &+ stride]) &+ 3
                    let diagonal = min(grid[cell &+ stride &+ 1], grid[cell &+ stride &- 1]) &+ 4
                    grid[cell] = min(grid[cell], min(beside, diagonal))
                }
                cell &-= 1
            }
            // A pixel 3 (beside) or 4 (diagonal) from the outside is ring 1; 6 or 7 ring 2; …
            rings.withUnsafeMutableBufferPointer { ringBuffer in
                let rings = ringBuffer.baseAddress!
                var y = 0
                while y < height {
                    var x = 0
                    while x < width {
                        let ring = (Int(grid[(y &+ 1) &* stride &+ x &+ 1]) &+ 1) / 3
                        if ring <= limit { rings[y &* width &+ x] = UInt8(truncatingIfNeeded: ring) }
                        x &+= 1
                    }
                    y &+= 1
                }
            }
        }
        return (rings, isFullyOpaque)
    }

    private static func isNear(_ sample: UInt8, _ reference: UInt8) -> Bool {
        (sample > reference ? sample &- reference : reference &- sample) <= colourTolerance
    }

    /// The per-channel median of the pixels in the `selected` rings (black when there are none).
    private static func medianColour(_ rgba: UnsafeBufferPointer<UInt8>, rings: [UInt8],
                                     of selected: ClosedRange<UInt8>) -> (UInt8, UInt8, UInt8) {
        var histogram = [Int](repeating: 0, count: 3 * 256) // red, green, blue
        var count = 0
        for index in rings.indices where rings[index] >= selected.lowerBound && rings[index] <= selected.upperBound {
            histogram[Int(rgba[4 &* index])] &+= 1
            histogram[256 &+ Int(rgba[4 &* index &+ 1])] &+= 1
            histogram[512 &+ Int(rgba[4 &* index &+ 2])] &+= 1
            count &+= 1
        }
        func median(_ channel: Int) -> UInt8 {
            var seen = 0
            for value in 0..<256 {
                seen += histogram[channel * 256 + value]
                if 2 * seen > count { return UInt8(value) }
            }
            return 0
        }
        return (median(0), median(1), median(2))
    }

    private static func hexColour(_ colour: (UInt8, UInt8, UInt8)) -> String {
        let digits = Array("0123456789ABCDEF")
        return "#" + String([colour.0, colour.1, colour.2].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }
}
