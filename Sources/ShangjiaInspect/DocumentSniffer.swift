/// Tells the spec's content kinds apart by their bytes ("Content by extension").
enum DocumentSniffer {
    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let jpegSignature: [UInt8] = [0xFF, 0xD8, 0xFF]
    /// A PDF header may follow up to 1 KiB of other bytes.
    static let pdfHeaderWindow = 1024

    /// `prefix` is the start of the file (at least the first 1 KiB when the file is that long).
    static func kind(prefix: [UInt8], source: ByteSource) -> (ContentKind, RecognizedFormat?) {
        if prefix.hasBytes(PNGReader.signature, at: 0) { return (.png, prefix.hasBytes(Array("CgBI".utf8), at: 12) ? .appleCgBI : nil) }
        if prefix.hasBytes(jpegSignature, at: 0) { return (.jpeg, nil) }
        if prefix.hasBytes(oleSignature, at: 0) { return (.ole, nil) }
        if prefix.hasBytes(Array("ftyp".utf8), at: 4) { return (.mp4, nil) }
        if prefix.hasBytes([0x50, 0x4B, 0x03, 0x04], at: 0) || prefix.hasBytes([0x50, 0x4B, 0x05, 0x06], at: 0),
           let names = ZipDirectory.entryNames(in: source) {
            if names.contains("[Content_Types].xml") {
                if names.contains("word/document.xml") { return (.docx, nil) }
                if names.contains("xl/workbook.xml") { return (.xlsx, nil) }
                if names.contains("ppt/presentation.xml") { return (.zip, .powerPoint) }
            }
            return (.zip, names.contains("mimetype") && names.contains("content.xml") ? .openDocument : nil)
        }
        if containsPDFHeader(prefix) { return (.pdf, nil) }
        return (.unknown, recognized(prefix))
    }

    /// The formats people upload by mistake, by their signatures; CSV by its first lines.
    private static func recognized(_ prefix: [UInt8]) -> RecognizedFormat? {
        if prefix.hasBytes(Array("{\\rtf".utf8), at: 0) { return .rtf }
        if prefix.hasBytes(Array("GIF87a".utf8), at: 0) || prefix.hasBytes(Array("GIF89a".utf8), at: 0) { return .gif }
        if prefix.hasBytes([0x1A, 0x45, 0xDF, 0xA3], at: 0) { return .matroska }
        if prefix.hasBytes(Array("RIFF".utf8), at: 0) {
            if prefix.hasBytes(Array("WEBP".utf8), at: 8) { return .webp }
            if prefix.hasBytes(Array("AVI ".utf8), at: 8) { return .avi }
        }
        if isHTML(prefix) { return .html }
        if isCSV(prefix) { return .csv }
        return nil
    }

    /// A UTF-8 BOM and white space, then `<!doctype html`, `<html`, `<head` or `<body` in any case.
    private static func isHTML(_ prefix: [UInt8]) -> Bool {
        var start = prefix.hasBytes([0xEF, 0xBB, 0xBF], at: 0) ? 3 : 0
        while start < prefix.count, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[start]) { start += 1 }
        let head = prefix[start..<min(prefix.count, start + 14)].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        return ["<!doctype html", "<html", "<head", "<body"].contains { head.starts(with: $0.utf8) }
    }

    /// Text (no control bytes but tab, CR, LF) whose first complete lines, at least two, each hold
    /// the same number of commas, one or more.
    private static func isCSV(_ prefix: [UInt8]) -> Bool {
        guard !prefix.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return false }
        var counts: [Int] = [], commas = 0
        for byte in prefix.prefix(4096) {
            if byte == UInt8(ascii: ",") { commas += 1 }
            guard byte == 0x0A else { continue }
            counts.append(commas)
            commas = 0
            if counts.count == 5 { break }
        }
        return counts.count >= 2 && counts[0] > 0 && counts.allSatisfy { $0 == counts[0] }
    }

    private static func containsPDFHeader(_ prefix: [UInt8]) -> Bool {
        let header = Array("%PDF-".utf8)
        let lastStart = min(prefix.count, pdfHeaderWindow) - header.count
        guard lastStart >= 0 else { return false }
        return (0...lastStart).contains { prefix.hasBytes(header, at: $0) }
    }
}

/// Reads the entry names of a ZIP's central directory, bounded in entries and bytes.
enum ZipDirectory {
    static let maxEntries = 10_000
    static let maxDirectoryBytes = 4 * 1024 * 1024
    private static let endRecordSize = 22
    private static let maxCommentSize = 0xFFFF

    /// nil when there is no well-formed end record and central directory.
    static func entryNames(in source: ByteSource) -> Set<String>? {
        guard let directory = locateDirectory(in: source), directory.size <= Int64(maxDirectoryBytes) else { return nil }
        let bytes = source.read(at: directory.offset, count: Int(directory.size))
        guard bytes.count == Int(directory.size) else { return nil }
        var names = Set<String>()
        var offset = 0
        for _ in 0..<min(directory.entries, UInt64(maxEntries)) {
            guard offset + 46 <= bytes.count, bytes.hasBytes([0x50, 0x4B, 0x01, 0x02], at: offset) else { return nil }
            let nameLength = bytes.uint16LE(at: offset + 28)
            let entryLength = 46 + nameLength + bytes.uint16LE(at: offset + 30) + bytes.uint16LE(at: offset + 32)
            guard offset + entryLength <= bytes.count else { return nil }
            names.insert(String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self))
            offset += entryLength
        }
        return names
    }

    private struct Directory {
        let offset: Int64
        let size: Int64
        let entries: UInt64
    }

    /// Finds the end-of-central-directory record in the last 64 KiB + 22 bytes (its comment may
    /// be up to 64 KiB), following the ZIP64 locator when the classic fields overflow.
    private static func locateDirectory(in source: ByteSource) -> Directory? {
        let tailLength = Int(min(source.size, Int64(maxCommentSize + endRecordSize)))
        let tailStart = source.size - Int64(tailLength)
        let tail = source.read(at: tailStart, count: tailLength)
        guard tail.count == tailLength, tailLength >= endRecordSize else { return nil }
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard let record = stride(from: tail.count - endRecordSize, through: 0, by: -1).first(where: {
            tail.hasBytes(signature, at: $0) && $0 + endRecordSize + tail.uint16LE(at: $0 + 20) <= tail.count
        }) else { return nil }
        var directory = Directory(offset: Int64(tail.uint32LE(at: record + 16)), size: Int64(tail.uint32LE(at: record + 12)),
                                  entries: UInt64(tail.uint16LE(at: record + 10)))
        if directory.offset == 0xFFFF_FFFF || directory.size == 0xFFFF_FFFF || directory.entries == 0xFFFF {
            guard let zip64 = readZip64Directory(in: source, endRecordOffset: tailStart + Int64(record)) else { return nil }
            directory = zip64
        }
        guard directory.offset >= 0, directory.size >= 0, directory.offset + directory.size <= source.size else { return nil }
        return directory
    }

    private static func readZip64Directory(in source: ByteSource, endRecordOffset: Int64) -> Directory? {
        guard endRecordOffset >= 20 else { return nil }
        let locator = source.read(at: endRecordOffset - 20, count: 20)
        guard locator.count == 20, locator.hasBytes([0x50, 0x4B, 0x06, 0x07], at: 0) else { return nil }
        let recordOffset = locator.uint64LE(at: 8)
        guard recordOffset < UInt64(source.size) else { return nil }
        let record = source.read(at: Int64(recordOffset), count: 56)
        guard record.count == 56, record.hasBytes([0x50, 0x4B, 0x06, 0x06], at: 0) else { return nil }
        let offset = record.uint64LE(at: 48), size = record.uint64LE(at: 40)
        guard offset <= UInt64(Int64.max), size <= UInt64(Int64.max) else { return nil }
        return Directory(offset: Int64(offset), size: Int64(size), entries: record.uint64LE(at: 32))
    }
}

/// Content kind and image facts of one file, reading a bounded amount of it.
enum ContentInspector {
    static let prefixLength = 64 * 1024
    /// Images up to this size are read whole; larger ones are judged from their header.
    static let imageReadCap: Int64 = 64 * 1024 * 1024
    /// How much of an image over the cap is read for its header (JPEG metadata may precede SOF).
    static let imageHeaderLength = 1024 * 1024

    static func inspect(_ source: ByteSource) -> (ContentKind, ImageInfo?, RecognizedFormat?) {
        let prefix = source.read(at: 0, count: Int(min(source.size, Int64(prefixLength))))
        let (kind, recognized) = DocumentSniffer.kind(prefix: prefix, source: source)
        guard kind == .png || kind == .jpeg else { return (kind, nil, recognized) }
        let isWholeFile = source.size <= imageReadCap
        let readLength = isWholeFile ? Int(source.size) : imageHeaderLength
        let bytes = prefix.count >= readLength ? prefix : source.read(at: 0, count: readLength)
        if kind == .jpeg { return (kind, JPEGReader.read(bytes, isWholeFile: isWholeFile), nil) }
        switch PNGReader.read(bytes, isWholeFile: isWholeFile) {
        case .success(let info):
            return (kind, info, recognized)
        case .failure(let error):
            return (kind, ImageInfo(format: .png, width: 0, height: 0, bitDepth: 0, detail: "PNG with an unusable header",
                                    integrityProblem: error.reason, pixels: nil), recognized)
        }
    }
}
