/// Turns a PNG's IDAT stream into RGBA8: unfiltering, Adam7, palette, tRNS, and samples scaled to
/// 8 bits as round(v × 255 / (2^bitDepth − 1)), no gamma.
enum PNGDecoder {
    /// Adam7 passes: x start, y start, x step, y step.
    private static let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

    private struct Pass {
        let xStart, yStart, xStep, yStep, width, height: Int
    }

    private static func passes(of header: PNGReader.Header) -> [Pass] {
        guard header.interlaced else {
            return [Pass(xStart: 0, yStart: 0, xStep: 1, yStep: 1, width: header.width, height: header.height)]
        }
        return adam7.map { xStart, yStart, xStep, yStep in
            Pass(xStart: xStart, yStart: yStart, xStep: xStep, yStep: yStep,
                 width: header.width > xStart ? (header.width - xStart + xStep - 1) / xStep : 0,
                 height: header.height > yStart ? (header.height - yStart + yStep - 1) / yStep : 0)
        }
    }

    private static func rowBytes(width: Int, header: PNGReader.Header) -> Int { (width * header.bitsPerPixel + 7) / 8 }

    /// The exact size of the inflated stream: every non-empty pass row plus its filter byte.
    static func expectedStreamSize(_ header: PNGReader.Header) -> Int {
        passes(of: header).reduce(0) { total, pass in
            pass.width == 0 || pass.height == 0 ? total : total + pass.height * (1 + rowBytes(width: pass.width, header: header))
        }
    }

    static func decode(header: PNGReader.Header, palette: [UInt8], transparency: [UInt8]?,
                       compressed: [UInt8]) throws(PNGReader.IntegrityError) -> RGBAImage {
        let expectedSize = expectedStreamSize(header)
        var stream: [UInt8]
        switch Inflate.zlibStream(compressed, expectedSize: expectedSize) {
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
        var rgba = [UInt8](repeating: 0, count: header.width * header.height * 4)
        let converter = SampleConverter(header: header, palette: palette, transparency: transparency)
        var passStart = 0
        for pass in passes(of: header) where pass.width > 0 && pass.height > 0 {
            let stride = 1 + rowBytes(width: pass.width, header: header)
            try unfilter(&stream, start: passStart, rows: pass.height, stride: stride,
                         bytesPerPixel: max(1, header.bitsPerPixel / 8))
            try stream.withUnsafeBufferPointer { source throws(PNGReader.IntegrityError) in
                try rgba.withUnsafeMutableBufferPointer { target throws(PNGReader.IntegrityError) in
                    for row in 0..<pass.height {
                        let rowStart = passStart + row * stride + 1
                        let y = pass.yStart + row * pass.yStep
                        // 8-bit RGBA, non-interlaced (most icons): rows are already RGBA8.
                        if header.colorType == 6, header.bitDepth == 8, pass.xStep == 1 {
                            let rowBytes = pass.width * 4
                            for offset in 0..<rowBytes { target[y * header.width * 4 + offset] = source[rowStart + offset] }
                            continue
                        }
                        for column in 0..<pass.width {
                            let x = pass.xStart + column * pass.xStep
                            try converter.write(pixel: column, of: source, rowStart: rowStart, to: target, at: (y * header.width + x) * 4)
                        }
                    }
                }
            }
            passStart += pass.height * stride
        }
        return RGBAImage(width: header.width, height: header.height, rgba: rgba)
    }

    /// Undoes filters 0–4 in place; each row keeps its filter byte in front. The filter is
    /// chosen once a row, so the inner loops stay simple.
    private static func unfilter(_ stream: inout [UInt8], start: Int, rows: Int, stride: Int,
                                 bytesPerPixel: Int) throws(PNGReader.IntegrityError) {
        try stream.withUnsafeMutableBufferPointer { data throws(PNGReader.IntegrityError) in
            let width = stride - 1
            for row in 0..<rows {
                let filterOffset = start + row * stride
                let line = filterOffset + 1, previous = line - stride
                let hasPrevious = row > 0
                func up(_ i: Int) -> Int { hasPrevious ? Int(data[previous + i]) : 0 }
                func left(_ i: Int) -> Int { i >= bytesPerPixel ? Int(data[line + i - bytesPerPixel]) : 0 }
                func add(_ i: Int, _ predictor: Int) { data[line + i] = UInt8(truncatingIfNeeded: Int(data[line + i]) + predictor) }
                switch data[filterOffset] {
                case 0:
                    continue
                case 1:
                    for i in bytesPerPixel..<max(bytesPerPixel, width) { add(i, left(i)) }
                case 2:
                    guard hasPrevious else { continue }
                    for i in 0..<width { add(i, Int(data[previous + i])) }
                case 3:
                    for i in 0..<width { add(i, (left(i) + up(i)) >> 1) }
                case 4:
                    for i in 0..<width {
                        let upLeft = hasPrevious && i >= bytesPerPixel ? Int(data[previous + i - bytesPerPixel]) : 0
                        add(i, paeth(left(i), up(i), upLeft))
                    }
                case let filter:
                    throw .init("第 \(row + 1) 行的滤波类型 \(filter) 无效", "invalid filter type \(filter) in row \(row + 1)")
                }
            }
        }
    }

    private static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }
}

/// Reads one pixel's samples at the PNG's bit depth and writes it as RGBA8.
private struct SampleConverter {
    let header: PNGReader.Header
    let palette: [UInt8]
    let transparency: [UInt8]?
    let maxSample: Int

    init(header: PNGReader.Header, palette: [UInt8], transparency: [UInt8]?) {
        self.header = header
        self.palette = palette
        self.transparency = transparency
        maxSample = (1 << header.bitDepth) - 1
    }

    /// The raw sample `channel` of pixel `pixel` in a row.
    @inline(__always)
    private func sample(_ source: UnsafeBufferPointer<UInt8>, rowStart: Int, pixel: Int, channel: Int) -> Int {
        let index = pixel * header.channels + channel
        switch header.bitDepth {
        case 8: return Int(source[rowStart + index])
        case 16: return Int(source[rowStart + 2 * index]) << 8 | Int(source[rowStart + 2 * index + 1])
        default:
            let bit = index * header.bitDepth
            let shift = 8 - header.bitDepth - bit % 8
            return Int(source[rowStart + bit / 8]) >> shift & maxSample
        }
    }

    @inline(__always)
    private func scaled(_ value: Int) -> UInt8 {
        UInt8((value * 255 + maxSample / 2) / maxSample)
    }

    /// The tRNS colour key channel `channel` (greyscale and RGB images).
    private func key(_ channel: Int) -> Int? {
        guard let transparency else { return nil }
        return Int(transparency[2 * channel]) << 8 | Int(transparency[2 * channel + 1])
    }

    func write(pixel: Int, of source: UnsafeBufferPointer<UInt8>, rowStart: Int,
               to target: UnsafeMutableBufferPointer<UInt8>, at offset: Int) throws(PNGReader.IntegrityError) {
        func channel(_ index: Int) -> Int { sample(source, rowStart: rowStart, pixel: pixel, channel: index) }
        switch header.colorType {
        case 0:
            let grey = channel(0)
            let value = scaled(grey)
            target[offset] = value; target[offset + 1] = value; target[offset + 2] = value
            target[offset + 3] = grey == key(0) ? 0 : 255
        case 2:
            let red = channel(0), green = channel(1), blue = channel(2)
            target[offset] = scaled(red); target[offset + 1] = scaled(green); target[offset + 2] = scaled(blue)
            target[offset + 3] = transparency != nil && red == key(0) && green == key(1) && blue == key(2) ? 0 : 255
        case 3:
            let index = channel(0)
            guard index * 3 + 2 < palette.count else {
                throw .init("调色板索引 \(index) 超出范围", "palette index \(index) out of range")
            }
            target[offset] = palette[index * 3]; target[offset + 1] = palette[index * 3 + 1]; target[offset + 2] = palette[index * 3 + 2]
            target[offset + 3] = transparency.flatMap { index < $0.count ? $0[index] : nil } ?? 255
        case 4:
            let value = scaled(channel(0))
            target[offset] = value; target[offset + 1] = value; target[offset + 2] = value
            target[offset + 3] = scaled(channel(1))
        default:
            target[offset] = scaled(channel(0)); target[offset + 1] = scaled(channel(1)); target[offset + 2] = scaled(channel(2))
            target[offset + 3] = scaled(channel(3))
        }
    }
}
