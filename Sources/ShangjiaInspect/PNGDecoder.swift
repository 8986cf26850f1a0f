/// Turns a PNG's IDAT stream into RGBA8: unfiltering, Adam7, palette, tRNS, and samples scaled to
/// 8 bits as round(v × 255 / (2^bitDepth − 1)), no gamma.
enum PNGDecoder {
    /// Adam7 passes: x start, y start, x step, y step.
    private static let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

    /// A non-empty pass and where its rows lie in the inflated stream.
    private struct Pass {
        let xStart, yStart, xStep, yStep, width, height: Int
        /// Offset of the pass's first row in the stream.
        let start: Int
        /// Unfiltered bytes a row, without its filter byte.
        let rowBytes: Int
        var stride: Int { 1 + rowBytes }
        var end: Int { start + height * stride }
    }

    private static func passes(of header: PNGReader.Header) -> [Pass] {
        let layout = header.interlaced ? adam7 : [(0, 0, 1, 1)]
        var passes: [Pass] = []
        var start = 0
        for (xStart, yStart, xStep, yStep) in layout where header.width > xStart && header.height > yStart {
            let width = (header.width - xStart + xStep - 1) / xStep
            let pass = Pass(xStart: xStart, yStart: yStart, xStep: xStep, yStep: yStep, width: width,
                            height: (header.height - yStart + yStep - 1) / yStep, start: start,
                            rowBytes: (width * header.bitsPerPixel + 7) / 8)
            passes.append(pass)
            start = pass.end
        }
        return passes
    }

    /// The exact size of the inflated stream: every non-empty pass row plus its filter byte.
    static func expectedStreamSize(_ header: PNGReader.Header) -> Int { passes(of: header).last?.end ?? 0 }

    /// Image data inflated to exactly the size IHDR implies, every row's filter type valid: decoding
    /// it cannot fail. Only a palette index past the palette is left for decoding to find.
    struct ImageData: Sendable {
        let header: PNGReader.Header
        let palette: [UInt8]
        let transparency: [UInt8]?
        let stream: [UInt8]

        /// A palette shorter than the bit depth can address: only decoding shows whether an index
        /// points past it.
        var paletteMayBeOverrun: Bool { header.colorType == 3 && palette.count / 3 < 1 << header.bitDepth }
    }

    static func inflate(header: PNGReader.Header, chunks: PNGReader.Chunks) throws(PNGReader.IntegrityError) -> ImageData {
        let expectedSize = expectedStreamSize(header)
        let stream: [UInt8]
        switch Inflate.zlibStream(chunks.compressedImage, expectedSize: expectedSize) {
        case .complete(let bytes): stream = bytes
        case .tooLarge:
            throw .init("图像数据解压后超过 IHDR 声明的大小（\(expectedSize) 字节）", "image data inflates beyond the \(expectedSize) bytes IHDR implies")
        case .tooSmall(let produced):
            throw .init("图像数据不完整：解压得到 \(produced) 字节，应为 \(expectedSize)", "image data incomplete: inflates to \(produced) of \(expectedSize) bytes")
        case .truncated:
            throw .init("zlib 数据流不完整", "the zlib stream is incomplete")
        case .corrupt(let message):
            throw .init("zlib 数据流损坏（\(message)）", "the zlib stream is corrupt (\(message))")
        }
        for pass in passes(of: header) {
            for row in 0..<pass.height where stream[pass.start + row * pass.stride] > 4 {
                let filter = stream[pass.start + row * pass.stride]
                throw .init("第 \(row + 1) 行的滤波类型 \(filter) 无效", "invalid filter type \(filter) in row \(row + 1)")
            }
        }
        return ImageData(header: header, palette: chunks.palette, transparency: chunks.transparency, stream: stream)
    }

    /// The pixels of checked image data, decoded when first read. Image data whose palette may be
    /// overrun is decoded at once: whether it is whole depends on it.
    static func pixels(_ data: ImageData) throws(PNGReader.IntegrityError) -> Lazy<RGBAImage> {
        guard data.paletteMayBeOverrun else { return Lazy(computing: { decode(data).image }) }
        let (image, highestPaletteIndex) = decode(data)
        guard highestPaletteIndex < data.palette.count / 3 else {
            throw .init("调色板索引 \(highestPaletteIndex) 超出范围", "palette index \(highestPaletteIndex) out of range")
        }
        return Lazy(image)
    }

    /// The RGBA8 image, and the highest palette index met (0 unless a palette image).
    static func decode(_ data: ImageData) -> (image: RGBAImage, highestPaletteIndex: Int) {
        let header = data.header
        let passes = passes(of: header)
        // The unfiltering below trusts this.
        precondition(data.stream.count == passes.last?.end, "image data does not match its header")
        let size = header.width * header.height * 4
        // 8-bit RGBA rows are already RGBA8: unfiltered straight into the image, the row above being the previous image row.
        let direct = header.colorType == 6 && header.bitDepth == 8 && !header.interlaced
        let bytesPerPixel = max(1, header.bitsPerPixel / 8)
        let converter = SampleConverter(data)
        var highestPaletteIndex = 0
        let rgba = [UInt8](unsafeUninitializedCapacity: size) { image, initialized in
            let target = image.baseAddress!
            let widestRow = (header.width * header.bitsPerPixel + 7) / 8
            let rowPair = UnsafeMutablePointer<UInt8>.allocate(capacity: direct ? 0 : 2 * widestRow)
            defer { rowPair.deallocate() }
            data.stream.withUnsafeBufferPointer { stream in
                for pass in passes {
                    for row in 0..<pass.height {
                        let line = direct ? target + row * pass.rowBytes : rowPair + (row & 1) * widestRow
                        let above: UnsafePointer<UInt8>? = row == 0 ? nil
                            : direct ? UnsafePointer(line - pass.rowBytes) : UnsafePointer(rowPair + ((row - 1) & 1) * widestRow)
                        let filterOffset = pass.start + row * pass.stride
                        unfilter(stream[filterOffset], stream.baseAddress! + filterOffset + 1, into: line, above: above,
                                 count: pass.rowBytes, bytesPerPixel: bytesPerPixel)
                        guard !direct else { continue }
                        let y = pass.yStart + row * pass.yStep
                        let highest = converter.convert(line, pixels: pass.width, to: target + (y * header.width + pass.xStart) * 4,
                                                        advancing: pass.xStep * 4)
                        highestPaletteIndex = max(highestPaletteIndex, highest)
                    }
                }
            }
            initialized = size
        }
        return (RGBAImage(width: header.width, height: header.height, rgba: rgba), highestPaletteIndex)
    }

    /// Undoes one row's filter into `line`; `above` is the unfiltered row above in the same pass,
    /// nil on a pass's first row (where it counts as zeros).
    private static func unfilter(_ filter: UInt8, _ filtered: UnsafePointer<UInt8>, into line: UnsafeMutablePointer<UInt8>,
                                 above: UnsafePointer<UInt8>?, count: Int, bytesPerPixel: Int) {
        let lead = min(bytesPerPixel, count)
        switch (filter, above) {
        case (0, _), (2, nil):
            line.initialize(from: filtered, count: count)
        case (1, _), (4, nil): // Paeth with no row above predicts the left byte, as Sub does.
            line.initialize(from: filtered, count: lead)
            for i in lead..<count { line[i] = filtered[i] &+ line[i - bytesPerPixel] }
        case (2, let above?):
            for i in 0..<count { line[i] = filtered[i] &+ above[i] }
        case (3, nil):
            line.initialize(from: filtered, count: lead)
            for i in lead..<count { line[i] = filtered[i] &+ line[i - bytesPerPixel] >> 1 }
        case (3, let above?):
            for i in 0..<lead { line[i] = filtered[i] &+ above[i] >> 1 }
            for i in lead..<count {
                line[i] = filtered[i] &+ UInt8(truncatingIfNeeded: (Int(line[i - bytesPerPixel]) + Int(above[i])) >> 1)
            }
        case (4, let above?):
            for i in 0..<lead { line[i] = filtered[i] &+ above[i] }
            for i in lead..<count { line[i] = filtered[i] &+ paeth(line[i - bytesPerPixel], above[i], above[i - bytesPerPixel]) }
        default:
            preconditionFailure("filter types are checked when the stream is inflated")
        }
    }

    @inline(__always)
    private static func paeth(_ left: UInt8, _ up: UInt8, _ upLeft: UInt8) -> UInt8 {
        let a = Int(left), b = Int(up), c = Int(upLeft)
        let pa = abs(b - c), pb = abs(a - c), pc = abs(a + b - 2 * c)
        if pa <= pb && pa <= pc { return left }
        return pb <= pc ? up : upLeft
    }
}

/// Writes unfiltered rows of any colour type and bit depth as RGBA8.
private struct SampleConverter {
    let colorType: Int
    let bitDepth: Int
    let maxSample: Int
    /// The tRNS colour key of a greyscale (red only) or RGB image; −1, matching no sample, without one.
    let keyRed, keyGreen, keyBlue: Int
    /// RGBA for every index a palette image's bit depth can hold; indices past the palette read zeros.
    let paletteRGBA: [UInt8]

    init(_ data: PNGDecoder.ImageData) {
        let colorType = data.header.colorType, bitDepth = data.header.bitDepth
        self.colorType = colorType
        self.bitDepth = bitDepth
        maxSample = (1 << bitDepth) - 1
        func key(_ channel: Int) -> Int {
            guard let transparency = data.transparency, colorType != 3 else { return -1 }
            return Int(transparency[2 * channel]) << 8 | Int(transparency[2 * channel + 1])
        }
        keyRed = key(0)
        keyGreen = colorType == 2 ? key(1) : -1
        keyBlue = colorType == 2 ? key(2) : -1
        var paletteRGBA: [UInt8] = []
        if colorType == 3 {
            let alphas = data.transparency ?? []
            paletteRGBA = [UInt8](repeating: 0, count: 4 << bitDepth)
            for index in 0..<data.palette.count / 3 {
                paletteRGBA[4 * index] = data.palette[3 * index]
                paletteRGBA[4 * index + 1] = data.palette[3 * index + 1]
                paletteRGBA[4 * index + 2] = data.palette[3 * index + 2]
                paletteRGBA[4 * index + 3] = index < alphas.count ? alphas[index] : 255
            }
        }
        self.paletteRGBA = paletteRGBA
    }

    /// The raw sample at `index` (pixel × channels + channel) of a row.
    @inline(__always)
    private func sample(_ row: UnsafePointer<UInt8>, _ index: Int) -> Int {
        switch bitDepth {
        case 8: return Int(row[index])
        case 16: return Int(row[2 * index]) << 8 | Int(row[2 * index + 1])
        default:
            let bit = index * bitDepth
            return Int(row[bit >> 3]) >> (8 - bitDepth - bit & 7) & maxSample
        }
    }

    @inline(__always)
    private func scaled(_ value: Int) -> UInt8 {
        bitDepth == 8 ? UInt8(truncatingIfNeeded: value) : UInt8(truncatingIfNeeded: (value * 255 + maxSample / 2) / maxSample)
    }

    /// Writes `pixels` pixels of `row`, the first at `target`, each next one `advancing` bytes on.
    /// Returns the highest palette index met (0 unless a palette image).
    func convert(_ row: UnsafePointer<UInt8>, pixels: Int, to target: UnsafeMutablePointer<UInt8>, advancing: Int) -> Int {
        var highestPaletteIndex = 0
        var out = target
        switch colorType {
        case 0:
            for pixel in 0..<pixels {
                let grey = sample(row, pixel), value = scaled(grey)
                out[0] = value; out[1] = value; out[2] = value
                out[3] = grey == keyRed ? 0 : 255
                out += advancing
            }
        case 2:
            for pixel in 0..<pixels {
                let red = sample(row, 3 * pixel), green = sample(row, 3 * pixel + 1), blue = sample(row, 3 * pixel + 2)
                out[0] = scaled(red); out[1] = scaled(green); out[2] = scaled(blue)
                out[3] = red == keyRed && green == keyGreen && blue == keyBlue ? 0 : 255
                out += advancing
            }
        case 3:
            paletteRGBA.withUnsafeBufferPointer { palette in
                for pixel in 0..<pixels {
                    let index = sample(row, pixel)
                    highestPaletteIndex = max(highestPaletteIndex, index)
                    out.initialize(from: palette.baseAddress! + 4 * index, count: 4)
                    out += advancing
                }
            }
        case 4:
            for pixel in 0..<pixels {
                let value = scaled(sample(row, 2 * pixel))
                out[0] = value; out[1] = value; out[2] = value
                out[3] = scaled(sample(row, 2 * pixel + 1))
                out += advancing
            }
        default:
            for pixel in 0..<pixels {
                for channel in 0..<4 { out[channel] = scaled(sample(row, 4 * pixel + channel)) }
                out += advancing
            }
        }
        return highestPaletteIndex
    }
}
