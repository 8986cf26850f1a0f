/// Builders of small real files for rule examples and tests.
public enum SyntheticFiles {
    /// A valid 8-bit RGBA, non-interlaced PNG; `pixel(x, y)` gives each pixel's RGBA.
    public static func png(width: Int, height: Int, pixel: (Int, Int) -> (UInt8, UInt8, UInt8, UInt8)) -> [UInt8] {
        var scanlines: [UInt8] = []
        scanlines.reserveCapacity(height * (1 + width * 4))
        for y in 0..<height {
            scanlines.append(0) // filter type None
            for x in 0..<width {
                let (red, green, blue, alpha) = pixel(x, y)
                scanlines += [red, green, blue, alpha]
            }
        }
        let header = bigEndian32(UInt32(width)) + bigEndian32(UInt32(height)) + [8, 6, 0, 0, 0]
        return PNGReader.signature + pngChunk("IHDR", header) + pngChunk("IDAT", Inflate.compress(scanlines)) + pngChunk("IEND", [])
    }

    /// One PNG chunk: length, type, data, CRC of type and data.
    public static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeAndData = Array(type.utf8) + data
        return bigEndian32(UInt32(data.count)) + typeAndData + bigEndian32(crc32Checksum(typeAndData[...]))
    }

    /// A structurally valid baseline greyscale JPEG (SOI, APP0, DQT, SOF0, DHT, SOS, scan, EOI)
    /// whose every block is flat mid-grey.
    public static func jpeg(width: Int, height: Int) -> [UInt8] {
        func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
            [0xFF, marker] + bigEndian16(payload.count + 2) + payload
        }
        // Huffman tables with a single 1-bit code: DC difference 0 and AC end-of-block.
        let singleCodeCounts: [UInt8] = [1] + [UInt8](repeating: 0, count: 15)
        let blocks = ((width + 7) / 8) * ((height + 7) / 8)
        let scanBits = blocks * 2 // DC "0" then EOB "0" for each block
        var scan = [UInt8](repeating: 0, count: scanBits / 8)
        if scanBits % 8 != 0 { scan.append(UInt8(0xFF >> (scanBits % 8))) } // pad with 1 bits
        return [0xFF, 0xD8]
            + segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
            + segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
            + segment(0xC0, [8] + bigEndian16(height) + bigEndian16(width) + [1, 1, 0x11, 0])
            + segment(0xC4, [0x00] + singleCodeCounts + [0] + [0x10] + singleCodeCounts + [0])
            + segment(0xDA, [1, 1, 0x00, 0, 63, 0])
            + scan
            + [0xFF, 0xD9]
    }

    /// A one-page PDF with a correct cross-reference table.
    public static func pdf() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        ]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let crossReference = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(crossReference)\n%%EOF\n"
        return Array(text.utf8)
    }

    private static let contentTypesXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """

    public static func docx() -> [UInt8] {
        zip([
            ("[Content_Types].xml", contentTypesXML),
            ("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>申请表</w:t></w:r></w:p></w:body></w:document>
                """),
        ])
    }

    public static func xlsx() -> [UInt8] {
        zip([
            ("[Content_Types].xml", contentTypesXML),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>
                """),
        ])
    }

    /// A stored (uncompressed) ZIP archive.
    public static func zip(_ entries: [(name: String, text: String)]) -> [UInt8] {
        var archive: [UInt8] = [], directory: [UInt8] = []
        for (name, text) in entries {
            let nameBytes = Array(name.utf8), data = Array(text.utf8)
            // version 2.0, no flags, stored, time 00:00, date 1980-01-01, CRC, sizes, name length, no extra
            let common = littleEndian16(20) + littleEndian16(0) + littleEndian16(0) + littleEndian16(0) + littleEndian16(0x21)
                + littleEndian32(crc32Checksum(data[...])) + littleEndian32(UInt32(data.count)) + littleEndian32(UInt32(data.count))
                + littleEndian16(nameBytes.count) + littleEndian16(0)
            directory += [0x50, 0x4B, 0x01, 0x02] + littleEndian16(20) + common
                + littleEndian16(0) + littleEndian16(0) + littleEndian16(0) + littleEndian32(0) // comment, disk, attributes
                + littleEndian32(UInt32(archive.count)) + nameBytes
            archive += [0x50, 0x4B, 0x03, 0x04] + common + nameBytes + data
        }
        let directoryOffset = archive.count
        return archive + directory + [0x50, 0x4B, 0x05, 0x06] + littleEndian16(0) + littleEndian16(0)
            + littleEndian16(entries.count) + littleEndian16(entries.count)
            + littleEndian32(UInt32(directory.count)) + littleEndian32(UInt32(directoryOffset)) + littleEndian16(0)
    }

    /// An empty OLE compound file: header, one FAT sector, one directory sector holding the root entry.
    public static func ole() -> [UInt8] {
        let free: UInt32 = 0xFFFF_FFFF, endOfChain: UInt32 = 0xFFFF_FFFE, fatSector: UInt32 = 0xFFFF_FFFD
        var file: [UInt8] = DocumentSniffer.oleSignature + zeros(16)
        for field in [0x3E, 3, 0xFFFE, 9, 6] { file += littleEndian16(field) } // versions, byte order, sector shifts
        file += zeros(6)
        for field: UInt32 in [0, 1, 1, 0, 4096, endOfChain, 0, endOfChain, 0] {
            file += littleEndian32(field) // dir/FAT sector counts, first dir sector, mini stream and DIFAT fields
        }
        file += littleEndian32(0) // DIFAT: the FAT is sector 0
        for _ in 1..<109 { file += littleEndian32(free) }
        file += littleEndian32(fatSector) + littleEndian32(endOfChain) // sector 0 FAT, sector 1 directory
        for _ in 2..<128 { file += littleEndian32(free) }
        var rootName: [UInt8] = []
        for unit in "Root Entry".utf16 { rootName += littleEndian16(Int(unit)) }
        rootName += [0, 0]
        file += rootName + zeros(64 - rootName.count) + littleEndian16(rootName.count) + [5, 1] // root storage, black
        file += littleEndian32(free) + littleEndian32(free) + littleEndian32(free) // no siblings, no child
        file += zeros(36) + littleEndian32(endOfChain) + zeros(8) // CLSID, state, times; no stream
        for _ in 1..<4 {
            file += zeros(68) + littleEndian32(free) + littleEndian32(free) + littleEndian32(free) + zeros(48)
        }
        return file
    }

    private static func zeros(_ count: Int) -> [UInt8] { [UInt8](repeating: 0, count: count) }

    /// An ISO base media file: ftyp, free and an empty mdat box.
    public static func mp4() -> [UInt8] {
        bigEndian32(20) + Array("ftypisom".utf8) + bigEndian32(0x200) + Array("isom".utf8)
            + bigEndian32(8) + Array("free".utf8) + bigEndian32(8) + Array("mdat".utf8)
    }

    private static func bigEndian32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func bigEndian16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }

    private static func littleEndian32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }

    private static func littleEndian16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
}
