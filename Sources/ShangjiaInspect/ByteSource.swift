/// Random access to a file's bytes, so inspectors read only the parts they need.
protocol ByteSource {
    var size: Int64 { get }
    /// Up to `count` bytes at `offset`; fewer only at the end of the file or on a read error.
    func read(at offset: Int64, count: Int) -> [UInt8]
}

struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]

    var size: Int64 { Int64(bytes.count) }

    func read(at offset: Int64, count: Int) -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        let start = Int(offset)
        return Array(bytes[start..<min(bytes.count, start + count)])
    }
}

extension Array where Element == UInt8 {
    func uint16BE(at offset: Int) -> Int { Int(self[offset]) << 8 | Int(self[offset + 1]) }
    func uint32BE(at offset: Int) -> UInt32 {
        UInt32(self[offset]) << 24 | UInt32(self[offset + 1]) << 16 | UInt32(self[offset + 2]) << 8 | UInt32(self[offset + 3])
    }
    func uint16LE(at offset: Int) -> Int { Int(self[offset]) | Int(self[offset + 1]) << 8 }
    func uint32LE(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
    func uint64LE(at offset: Int) -> UInt64 {
        UInt64(uint32LE(at: offset)) | UInt64(uint32LE(at: offset + 4)) << 32
    }
    func hasBytes(_ pattern: [UInt8], at offset: Int) -> Bool {
        offset >= 0 && offset + pattern.count <= count && self[offset..<offset + pattern.count].elementsEqual(pattern)
    }
}
