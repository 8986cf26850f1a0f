import ShangjiaText

/// Checks a PNG's structure (signature, chunk lengths and CRCs, IHDR, PLTE, tRNS, IDAT run,
/// zlib stream, IEND) and decodes small images to RGBA8 when their pixels are first read.
enum PNGReader {
    static let signature: [UInt8] = [137, 80, 78, 71, 13, 10, 26, 10]
    static let maxChunkLength = 0x7FFF_FFFF

    struct Header: Equatable {
        let width: Int
        let height: Int
        let bitDepth: Int
        let colorType: Int
        let interlaced: Bool

        /// A switch, not a table: this is read for every sample while decoding.
        var channels: Int {
            switch colorType {
            case 2: return 3
            case 4: return 2
            case 6: return 4
            default: return 1
            }
        }
        var bitsPerPixel: Int { channels * bitDepth }

        var description: String {
            let colour = switch colorType {
            case 0: "greyscale"
            case 2: "RGB"
            case 3: "palette"
            case 4: "greyscale+alpha"
            default: "RGBA" // IHDR allows no other
            }
            return "PNG \(bitDepth)-bit \(colour), \(interlaced ? "Adam7 interlaced" : "non-interlaced")"
        }
    }

    struct IntegrityError: Error {
        let reason: Text
        init(_ zh: String, _ en: String) { reason = Text(zh: zh, en: en) }
    }

    /// Reads a PNG. With `isWholeFile` false (a file over the read cap) only the signature and IHDR are
    /// judged. Fails, with the reason, when even the signature or IHDR is unusable.
    static func read(_ bytes: [UInt8], isWholeFile: Bool) -> Result<ImageInfo, IntegrityError> {
        guard bytes.hasBytes(signature, at: 0) else {
            return .failure(IntegrityError("PNG 文件签名缺失或损坏", "PNG signature missing or corrupted"))
        }
        let header: Header
        do {
            header = try readHeader(bytes)
        } catch {
            return .failure(error)
        }
        func info(_ imageData: Lazy<ImageInfo.CheckedImageData>) -> ImageInfo {
            ImageInfo(format: .png, width: header.width, height: header.height, bitDepth: header.bitDepth,
                      detail: header.description, imageData: imageData)
        }
        let whole = Lazy(ImageInfo.CheckedImageData(problem: nil, pixels: nil))
        guard isWholeFile else { return .success(info(whole)) }
        do {
            let decodes = header.width * header.height <= ImageInfo.maxDecodedPixels
            let chunks = try walkChunks(bytes, header: header, collectingImageData: decodes)
            guard decodes else { return .success(info(whole)) }
            // Chunks and CRCs are judged now; inflating waits until integrity or pixels are asked.
            return .success(info(Lazy(computing: {
                do throws(IntegrityError) {
                    return ImageInfo.CheckedImageData(problem: nil, pixels: try PNGDecoder.pixels(PNGDecoder.inflate(header: header, chunks: chunks)))
                } catch {
                    return ImageInfo.CheckedImageData(problem: error.reason, pixels: nil)
                }
            })))
        } catch {
            return .success(info(Lazy(ImageInfo.CheckedImageData(problem: error.reason, pixels: nil))))
        }
    }

    /// The signature is known good; reads the first chunk, which must be a valid IHDR with a right CRC.
    private static func readHeader(_ bytes: [UInt8]) throws(IntegrityError) -> Header {
        guard bytes.count >= 8 + 8 + 13 + 4, bytes.hasBytes(Array("IHDR".utf8), at: 12) else {
            throw IntegrityError("第一个数据块不是 IHDR", "the first chunk is not IHDR")
        }
        guard bytes.uint32BE(at: 8) == 13 else { throw IntegrityError("IHDR 长度不是 13", "IHDR length is not 13") }
        guard crc32Checksum(bytes[12..<29]) == bytes.uint32BE(at: 29) else {
            throw IntegrityError("IHDR 的 CRC 校验错误", "CRC mismatch in IHDR")
        }
        let width = Int(bytes.uint32BE(at: 16)), height = Int(bytes.uint32BE(at: 20))
        let bitDepth = Int(bytes[24]), colorType = Int(bytes[25])
        guard width > 0, height > 0, width <= maxChunkLength, height <= maxChunkLength else {
            throw IntegrityError("IHDR 的宽或高无效（\(width)×\(height)）", "IHDR width or height invalid (\(width)×\(height))")
        }
        // A switch, not a dictionary of sets built for every PNG.
        let depths: [Int]
        switch colorType {
        case 0: depths = [1, 2, 4, 8, 16]
        case 3: depths = [1, 2, 4, 8]
        case 2, 4, 6: depths = [8, 16]
        default: throw IntegrityError("IHDR 颜色类型 \(colorType) 无效", "IHDR colour type \(colorType) is invalid")
        }
        guard depths.contains(bitDepth) else {
            throw IntegrityError("IHDR 颜色类型 \(colorType) 不允许位深 \(bitDepth)", "IHDR bit depth \(bitDepth) is invalid for colour type \(colorType)")
        }
        guard bytes[26] == 0, bytes[27] == 0, bytes[28] <= 1 else {
            throw IntegrityError("IHDR 的压缩、滤波或隔行方法无效", "IHDR compression, filter or interlace method is invalid")
        }
        return Header(width: width, height: height, bitDepth: bitDepth, colorType: colorType, interlaced: bytes[28] == 1)
    }

    struct Chunks {
        var palette: [UInt8] = []
        var transparency: [UInt8]?
        var compressedImage: [UInt8] = []
    }

    /// Walks every chunk after IHDR up to IEND, checking bounds before touching data, CRCs and ordering.
    private static func walkChunks(_ bytes: [UInt8], header: Header, collectingImageData: Bool) throws(IntegrityError) -> Chunks {
        var chunks = Chunks()
        var offset = 8 + 25
        var sawPalette = false, idatState = 0 // 0 none yet, 1 in the IDAT run, 2 after it
        while true {
            guard offset + 8 <= bytes.count else {
                throw IntegrityError("文件被截断：缺少 \(idatState == 0 ? "IDAT" : "IEND")", "truncated: \(idatState == 0 ? "IDAT" : "IEND") missing")
            }
            let length = Int(bytes.uint32BE(at: offset))
            let typeBytes = Array(bytes[offset + 4..<offset + 8])
            let type = String(decoding: typeBytes, as: UTF8.self)
            guard length <= maxChunkLength else {
                throw IntegrityError("数据块长度 \(length) 超过 2^31−1", "chunk length \(length) exceeds 2^31−1")
            }
            guard typeBytes.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) else {
                throw IntegrityError("数据块类型无效（偏移 \(offset)）", "invalid chunk type at offset \(offset)")
            }
            guard length + 12 <= bytes.count - offset else {
                throw IntegrityError("数据块 \(type) 长度 \(length) 超出文件末尾（文件被截断）", "chunk \(type) of length \(length) runs past the end of the file (truncated)")
            }
            let dataStart = offset + 8
            guard crc32Checksum(bytes[offset + 4..<dataStart + length]) == bytes.uint32BE(at: dataStart + length) else {
                throw IntegrityError("数据块 \(type) 的 CRC 校验错误", "CRC mismatch in chunk \(type)")
            }
            let data = bytes[dataStart..<dataStart + length]
            offset = dataStart + length + 4
            if type == "IDAT" {
                guard idatState != 2 else { throw IntegrityError("IDAT 数据块不连续", "IDAT chunks are not consecutive") }
                idatState = 1
                if collectingImageData { chunks.compressedImage.append(contentsOf: data) }
                continue
            }
            if idatState == 1 { idatState = 2 }
            switch type {
            case "IEND":
                guard idatState != 0 else { throw IntegrityError("缺少 IDAT 图像数据", "no IDAT chunk") }
                guard length == 0 else { throw IntegrityError("IEND 数据块不为空", "IEND chunk is not empty") }
                guard !(header.colorType == 3 && !sawPalette) else {
                    throw IntegrityError("调色板图像缺少 PLTE", "palette image without PLTE")
                }
                return chunks
            case "IHDR":
                throw IntegrityError("IHDR 重复出现", "duplicate IHDR")
            case "PLTE":
                guard header.colorType != 0, header.colorType != 4 else {
                    throw IntegrityError("灰度图像不允许 PLTE", "PLTE is not allowed in a greyscale image")
                }
                guard !sawPalette, idatState == 0, chunks.transparency == nil else {
                    throw IntegrityError("PLTE 重复或位置错误", "PLTE repeated or out of order")
                }
                let entries = length / 3
                guard length % 3 == 0, entries >= 1, entries <= 256,
                      header.colorType != 3 || entries <= 1 << header.bitDepth else {
                    throw IntegrityError("PLTE 长度 \(length) 无效", "PLTE length \(length) is invalid")
                }
                sawPalette = true
                chunks.palette = Array(data)
            case "tRNS":
                guard idatState == 0, chunks.transparency == nil else {
                    throw IntegrityError("tRNS 重复或位置错误", "tRNS repeated or out of order")
                }
                let lengthIsValid = switch header.colorType {
                case 0: length == 2
                case 2: length == 6
                case 3: sawPalette && length <= chunks.palette.count / 3
                default: false
                }
                guard lengthIsValid else {
                    throw IntegrityError("tRNS 对颜色类型 \(header.colorType) 无效", "tRNS is invalid for colour type \(header.colorType)")
                }
                chunks.transparency = Array(data)
            default:
                // Ancillary chunks (lowercase first letter, e.g. APNG's acTL/fcTL/fdAT) are safe to skip.
                guard typeBytes[0] >= 97 else {
                    throw IntegrityError("未知的关键数据块 \(type)", "unknown critical chunk \(type)")
                }
            }
        }
    }
}
