import CJPEGShim
import ShangjiaText

/// Checks a JPEG's structure: SOI, every segment in bounds, a frame header (SOF), scans whose
/// entropy-coded data runs to a marker, and EOI; a whole, sound JPEG of at most
/// `ImageInfo.maxDecodedPixels` is decoded to RGBA by libjpeg when its pixels or integrity are first asked.
enum JPEGReader {
    /// Coding process of each SOF marker.
    static let processes: [UInt8: String] = [
        0xC0: "baseline", 0xC1: "extended sequential", 0xC2: "progressive", 0xC3: "lossless",
        0xC5: "differential sequential", 0xC6: "differential progressive", 0xC7: "differential lossless",
        0xC9: "arithmetic extended sequential", 0xCA: "arithmetic progressive", 0xCB: "arithmetic lossless",
        0xCD: "arithmetic differential sequential", 0xCE: "arithmetic differential progressive",
        0xCF: "arithmetic differential lossless",
    ]

    /// The SOF markers libjpeg-turbo 2 decodes (8-bit only): baseline, extended sequential and
    /// progressive, Huffman or arithmetic coded. Lossless and hierarchical files are not decoded.
    static let decodedProcesses: Set<UInt8> = [0xC0, 0xC1, 0xC2, 0xC9, 0xCA]

    struct Frame {
        let marker: UInt8
        let process: String
        let precision: Int
        let width: Int
        let height: Int
        let components: Int

        /// Whether libjpeg is asked for its pixels: small enough (known before anything is
        /// allocated), a coding process and precision it decodes, 1, 3 or 4 components.
        var isDecoded: Bool {
            width > 0 && height > 0 && width * height <= ImageInfo.maxDecodedPixels && precision == 8
                && decodedProcesses.contains(marker) && [1, 3, 4].contains(components)
        }

        var description: String {
            "JPEG \(process) \(precision)-bit \(components) component\(components == 1 ? "" : "s")"
        }
    }

    private struct IntegrityError: Error {
        let reason: Text
        init(_ zh: String, _ en: String) { reason = Text(zh: zh, en: en) }
    }

    /// `bytes` starts with FF D8 FF. With `isWholeFile` false (a prefix of a file over the read cap)
    /// running out of bytes is not a defect, but a frame header must appear within the prefix.
    static func read(_ bytes: [UInt8], isWholeFile: Bool) -> ImageInfo {
        var frame: Frame?
        var problem: Text?
        do {
            try walkSegments(bytes, isWholeFile: isWholeFile, frame: &frame)
        } catch {
            problem = error.reason
        }
        var imageData = Lazy(ImageInfo.CheckedImageData(problem: problem, pixels: nil))
        if problem == nil, isWholeFile, let frame, frame.isDecoded {
            imageData = Lazy(computing: { decode(bytes, frame: frame) })
        }
        return ImageInfo(format: .jpeg, width: frame?.width ?? 0, height: frame?.height ?? 0,
                         bitDepth: frame?.precision ?? 0, detail: frame?.description ?? "JPEG without a frame header",
                         imageData: imageData)
    }

    /// Pixels of a structurally sound JPEG whose frame `isDecoded`; libjpeg's errors, and its
    /// warnings that the entropy-coded data is damaged, become the integrity problem.
    static func decode(_ bytes: [UInt8], frame: Frame) -> ImageInfo.CheckedImageData {
        var message = [CChar](repeating: 0, count: SHANGJIA_JPEG_MESSAGE_LENGTH)
        var status = SHANGJIA_JPEG_CORRUPT
        let rgba = [UInt8](unsafeUninitializedCapacity: frame.width * frame.height * 4) { buffer, initialized in
            status = bytes.withUnsafeBufferPointer { data in
                shangjia_jpeg_decode_rgba(data.baseAddress, data.count, UInt32(frame.width), UInt32(frame.height),
                                          buffer.baseAddress, &message)
            }
            // Rows libjpeg did not reach are zeroed so the array is initialized whatever happened.
            if status != SHANGJIA_JPEG_DECODED { buffer.initialize(repeating: 0) }
            initialized = buffer.count
        }
        switch status {
        case SHANGJIA_JPEG_DECODED:
            return ImageInfo.CheckedImageData(problem: nil, pixels: Lazy(RGBAImage(width: frame.width, height: frame.height, rgba: rgba)))
        case SHANGJIA_JPEG_UNSUPPORTED:
            return ImageInfo.CheckedImageData(problem: nil, pixels: nil)
        default:
            let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return ImageInfo.CheckedImageData(problem: Text(zh: "图像数据无法解码（libjpeg：\(reason)）",
                                                                       en: "the image data cannot be decoded (libjpeg: \(reason))"),
                                              pixels: nil)
        }
    }

    private static func walkSegments(_ bytes: [UInt8], isWholeFile: Bool, frame: inout Frame?) throws(IntegrityError) {
        var offset = 2
        var sawScan = false
        func endOfData() throws(IntegrityError) {
            guard isWholeFile else {
                if frame == nil { throw IntegrityError("文件开头部分没有帧头（SOF）", "no frame header (SOF) near the start of the file") }
                return
            }
            throw IntegrityError("文件被截断：缺少 EOI", "truncated: EOI missing")
        }
        while true {
            guard offset < bytes.count else { return try endOfData() }
            guard bytes[offset] == 0xFF else {
                throw IntegrityError("偏移 \(offset) 处应为标记", "expected a marker at offset \(offset)")
            }
            while offset < bytes.count && bytes[offset] == 0xFF { offset += 1 } // fill bytes
            guard offset < bytes.count else { return try endOfData() }
            let marker = bytes[offset]
            offset += 1
            switch marker {
            case 0xD9:
                guard let frame else { throw IntegrityError("缺少帧头（SOF）", "no frame header (SOF)") }
                guard sawScan else { throw IntegrityError("缺少扫描数据（SOS）", "no scan (SOS)") }
                guard frame.width > 0, frame.height > 0 else {
                    throw IntegrityError("帧头的宽或高为 0", "the frame header gives a zero width or height")
                }
                return
            case 0x01, 0xD0...0xD7:
                continue // standalone markers: TEM, RSTn
            case 0x00, 0xD8:
                throw IntegrityError("偏移 \(offset - 1) 处的标记无效", "invalid marker at offset \(offset - 1)")
            default:
                break
            }
            guard offset + 2 <= bytes.count else { return try endOfData() }
            let length = bytes.uint16BE(at: offset)
            guard length >= 2 else {
                throw IntegrityError("段长度 \(length) 无效", "segment length \(length) is invalid")
            }
            guard offset + length <= bytes.count else {
                guard isWholeFile else { return try endOfData() }
                throw IntegrityError("段超出文件末尾（文件被截断）", "a segment runs past the end of the file (truncated)")
            }
            if let process = processes[marker], frame == nil {
                frame = try readFrame(bytes, marker: marker, payload: offset + 2, length: length, process: process)
            } else if marker == 0xDA {
                guard frame != nil else { throw IntegrityError("SOS 出现在帧头之前", "SOS before the frame header") }
                sawScan = true
                offset = skipEntropyCodedData(bytes, from: offset + length)
                continue
            }
            offset += length
        }
    }

    private static func readFrame(_ bytes: [UInt8], marker: UInt8, payload: Int, length: Int, process: String) throws(IntegrityError) -> Frame {
        guard length >= 8 else { throw IntegrityError("帧头过短", "frame header too short") }
        let components = Int(bytes[payload + 5])
        guard length == 8 + 3 * components, components > 0 else {
            throw IntegrityError("帧头长度与分量数不符", "frame header length does not match its component count")
        }
        return Frame(marker: marker, process: process, precision: Int(bytes[payload]), width: bytes.uint16BE(at: payload + 3),
                     height: bytes.uint16BE(at: payload + 1), components: components)
    }

    /// The offset of the marker ending a scan (skipping stuffed FF00 and RSTn), or the end of the data.
    private static func skipEntropyCodedData(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { data in
            var offset = start
            while offset + 1 < data.count {
                if data[offset] != 0xFF {
                    offset += 1
                    continue
                }
                switch data[offset + 1] {
                case 0x00, 0xD0...0xD7: offset += 2
                default: return offset // a marker; fill bytes are handled by the segment walk
                }
            }
            return data.count
        }
    }
}
