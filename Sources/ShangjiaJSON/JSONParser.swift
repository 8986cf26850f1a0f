/// Why a text is not a manifest's JSON, with the position of the fault.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case notUTF8(byte: UInt8)
        case utf16
        case empty
        case unexpectedEnd
        case unexpectedCharacter(String)
        case expected(Expectation, found: String)
        /// `//` or `/*`: JSON has no comments.
        case comment
        /// A `,` right before `]` or `}`.
        case trailingComma
        case controlCharacterInString(UInt32)
        case invalidEscape(String)
        case loneSurrogate(String)
        case invalidNumber(String)
        case tooDeep(limit: Int)
        case trailingContent(String)
    }

    /// What the reader needed where it found something else.
    public enum Expectation: Sendable, Equatable {
        case commaOrArrayEnd, commaOrObjectEnd, key, colon
    }

    public let reason: Reason
    public let position: SourcePosition
    /// Byte offset of the fault in the input (BOM included), for showing the line.
    public let offset: Int
}

/// The result of reading a document: the value tree plus what the reader noticed on the way.
public struct JSONDocument: Sendable {
    public let root: JSONValue
    /// Keys that appear more than once in one object: the later occurrence's position.
    public let duplicateKeys: [DuplicateKey]
    public let hasBOM: Bool

    public struct DuplicateKey: Sendable {
        public let objectPointer: JSONPointer
        public let key: String
        public let position: SourcePosition
    }
}

/// A strict RFC 8259 reader that records positions. It is iterative, so nesting depth is
/// bounded by `maxDepth` before any tree is built, and never by the thread's stack.
public struct JSONParser {
    public static let defaultMaxDepth = 512

    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) -> Result<JSONDocument, JSONSyntaxError> {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(buffer: buffer, maxDepth: maxDepth)
            do {
                return .success(try parser.parseDocument())
            } catch let error as JSONSyntaxError {
                return .failure(error)
            } catch {
                preconditionFailure("unexpected error \(error)")
            }
        }
    }

    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) -> Result<JSONDocument, JSONSyntaxError> {
        parse(Array(text.utf8), maxDepth: maxDepth)
    }
}

private struct Parser {
    let buffer: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var offset = 0
    // Position tracking is incremental: columns are counted from the last known point
    // on the same line, so a 40 MB single-line document stays linear.
    var line = 1
    var lineStart = 0
    var countedOffset = 0
    var countedColumn = 1
    var duplicates: [JSONDocument.DuplicateKey] = []
    let hasBOM: Bool

    init(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.buffer = buffer
        self.maxDepth = maxDepth
        hasBOM = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        if hasBOM { offset = 3; lineStart = 3; countedOffset = 3 }
    }

    mutating func parseDocument() throws -> JSONDocument {
        if buffer.count >= 2, (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) {
            throw JSONSyntaxError(reason: .utf16, position: .start, offset: 0)
        }
        do {
            skipWhitespace()
            if offset >= buffer.count { throw error(.empty) }
            let root = try parseValueIteratively()
            skipWhitespace()
            if offset < buffer.count { throw unexpected(.trailingContent(describe(at: offset))) }
            return JSONDocument(root: root, duplicateKeys: duplicates, hasBOM: hasBOM)
        } catch {
            // A parsed document is UTF-8: strings are checked as they are read, and a non-ASCII
            // byte anywhere else is a syntax error. A failed one is checked in full, so that a
            // byte that is not UTF-8 is the fault reported, wherever it is.
            var checker = Parser(buffer: buffer, maxDepth: maxDepth)
            try checker.validateUTF8()
            throw error
        }
    }

    // MARK: positions

    mutating func position(of target: Int) -> SourcePosition {
        if target < countedOffset || countedOffset < lineStart {
            countedOffset = lineStart
            countedColumn = 1
        }
        var column = countedColumn
        var index = countedOffset
        while index < target {
            if buffer[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        countedOffset = target
        countedColumn = column
        return SourcePosition(line: line, column: column)
    }

    /// The position of an offset before the current one, possibly on an earlier line (rare:
    /// only for an error message, so it counts from scratch).
    func position(behind target: Int) -> SourcePosition {
        var newlines = 0
        for index in target..<offset where buffer[index] == 0x0A { newlines += 1 }
        var start = target
        while start > (hasBOM ? 3 : 0), buffer[start - 1] != 0x0A { start -= 1 }
        var column = 1
        for index in start..<target where buffer[index] & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: line - newlines, column: column)
    }

    mutating func error(_ reason: JSONSyntaxError.Reason, at target: Int? = nil) -> JSONSyntaxError {
        let at = min(target ?? offset, buffer.count)
        return JSONSyntaxError(reason: reason, position: position(of: at), offset: at)
    }

    /// The error for what stands at the offset: a comment or a trailing comma is named as such
    /// (at the `//` or the `,`), anything else is `otherwise`.
    mutating func unexpected(_ otherwise: JSONSyntaxError.Reason) -> JSONSyntaxError {
        guard offset < buffer.count else { return error(otherwise) }
        let byte = buffer[offset]
        if byte == UInt8(ascii: "/"), offset + 1 < buffer.count, buffer[offset + 1] == UInt8(ascii: "/") || buffer[offset + 1] == UInt8(ascii: "*") {
            return error(.comment)
        }
        if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
            var before = offset - 1
            while before >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[before]) { before -= 1 }
            if before >= 0, buffer[before] == UInt8(ascii: ",") {
                return JSONSyntaxError(reason: .trailingComma, position: position(behind: before), offset: before)
            }
        }
        return error(otherwise)
    }

    func describe(at index: Int) -> String {
        guard index < buffer.count else { return "end of file" }
        let byte = buffer[index]
        if byte < 0x20 || byte == 0x7F { return "U+" + hex(UInt32(byte), width: 4) }
        var end = index + 1
        while end < buffer.count, buffer[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<end]), as: UTF8.self)
    }

    // MARK: UTF-8

    /// Rejects the first byte that is not well-formed UTF-8 (GBK, Latin-1, CESU surrogates),
    /// tracking lines so that the error points at it.
    mutating func validateUTF8() throws {
        var index = offset
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1; lineStart = index + 1 }
                index += 1
            } else if let length = utf8SequenceLength(at: index) {
                index += length
            } else {
                throw invalidUTF8(at: index)
            }
        }
    }

    func utf8SequenceLength(at index: Int) -> Int? { UTF8Sequence.length(in: buffer, at: index) }

    mutating func invalidUTF8(at index: Int) -> JSONSyntaxError {
        countedOffset = lineStart
        countedColumn = 1
        return error(.notUTF8(byte: buffer[index]), at: index)
    }

    // MARK: grammar

    mutating func skipWhitespace() {
        while offset < buffer.count {
            switch buffer[offset] {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default: return
            }
        }
    }

    /// A member name compared code point by code point, as RFC 8259 §8.3 asks: Swift's String
    /// equality would take "é" and "e\u{301}" for the same name.
    private struct MemberName: Hashable {
        let name: String

        init(_ name: String) { self.name = name }

        static func == (lhs: MemberName, rhs: MemberName) -> Bool {
            lhs.name.utf8.count == rhs.name.utf8.count && lhs.name.utf8.elementsEqual(rhs.name.utf8)
        }

        func hash(into hasher: inout Hasher) {
            name.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                ?? name.utf8.forEach { hasher.combine($0) }
        }
    }

    /// An array or object being read. Its values wait on a stack shared by all open containers,
    /// from `firstIndex` on, so that each container allocates one array of its final size when
    /// it closes instead of growing its own, and no container is a heap object of its own.
    private struct OpenContainer {
        let isArray: Bool
        let position: SourcePosition
        let firstIndex: Int
        /// How many values it holds so far: in an array, the index of the value being read.
        var count = 0
        /// The names of its members, hashed only once there are more than `scannedNameLimit`.
        var nameIndex: Set<MemberName>?
        var pendingKey = ""
        var keyPosition = SourcePosition.start

        init(isArray: Bool, position: SourcePosition, firstIndex: Int) {
            self.isArray = isArray
            self.position = position
            self.firstIndex = firstIndex
        }

        /// Objects in manifests have a few dozen members at most: comparing the new name with
        /// each is far cheaper than hashing it into a fresh set, and a huge object stays linear.
        static let scannedNameLimit = 32

        /// Adds `value` (under the pending key, in an object) to the open values; false when an
        /// earlier member has the same name.
        mutating func attach(_ value: JSONValue, items: inout [JSONValue], members: inout [JSONMember]) -> Bool {
            count += 1
            if isArray {
                items.append(value)
                return true
            }
            let name = MemberName(pendingKey)
            let isNew: Bool
            if nameIndex != nil {
                isNew = nameIndex!.insert(name).inserted
            } else {
                isNew = !members[firstIndex...].contains { MemberName($0.key) == name }
            }
            members.append(JSONMember(key: pendingKey, keyPosition: keyPosition, value: value))
            if nameIndex == nil, count > Self.scannedNameLimit {
                nameIndex = Set(members[firstIndex...].lazy.map { MemberName($0.key) })
            }
            return isNew
        }

        /// The finished array or object, its values taken off the open values.
        func close(items: inout [JSONValue], members: inout [JSONMember]) -> JSONValue {
            if isArray {
                defer { items.removeSubrange(firstIndex...) }
                return JSONValue(.array(Array(items[firstIndex...])), at: position)
            }
            defer { members.removeSubrange(firstIndex...) }
            return JSONValue(.object(Array(members[firstIndex...])), at: position)
        }
    }

    mutating func parseValueIteratively() throws -> JSONValue {
        var stack: [OpenContainer] = []
        var openItems: [JSONValue] = []
        var openMembers: [JSONMember] = []
        while true {
            skipWhitespace()
            guard offset < buffer.count else { throw error(.unexpectedEnd) }
            let valueStart = offset
            var completed: JSONValue
            let opener = buffer[offset]
            if opener == UInt8(ascii: "[") || opener == UInt8(ascii: "{") {
                let isArray = opener == UInt8(ascii: "[")
                let position = position(of: offset)
                offset += 1
                skipWhitespace()
                if offset < buffer.count, buffer[offset] == (isArray ? UInt8(ascii: "]") : UInt8(ascii: "}")) {
                    offset += 1
                    completed = JSONValue(isArray ? .array([]) : .object([]), at: position)
                } else {
                    if stack.count + 1 > maxDepth { throw error(.tooDeep(limit: maxDepth), at: valueStart) }
                    var container = OpenContainer(isArray: isArray, position: position, firstIndex: isArray ? openItems.count : openMembers.count)
                    if !isArray { (container.pendingKey, container.keyPosition) = try parseKey() }
                    stack.append(container)
                    continue
                }
            } else {
                completed = try parseScalar()
            }
            // Attach the completed value to its container; close containers as they end.
            while !stack.isEmpty {
                let top = stack.count - 1
                if !stack[top].attach(completed, items: &openItems, members: &openMembers) {
                    duplicates.append(.init(objectPointer: pointer(of: stack[..<top]), key: stack[top].pendingKey, position: stack[top].keyPosition))
                }
                skipWhitespace()
                guard offset < buffer.count else { throw error(.unexpectedEnd) }
                let isArray = stack[top].isArray
                if buffer[offset] == UInt8(ascii: ",") {
                    offset += 1
                    if !isArray {
                        skipWhitespace()
                        (stack[top].pendingKey, stack[top].keyPosition) = try parseKey()
                    }
                    break
                } else if buffer[offset] == (isArray ? UInt8(ascii: "]") : UInt8(ascii: "}")) {
                    offset += 1
                    completed = stack.removeLast().close(items: &openItems, members: &openMembers)
                } else {
                    throw unexpected(.expected(isArray ? .commaOrArrayEnd : .commaOrObjectEnd, found: describe(at: offset)))
                }
            }
            if stack.isEmpty { return completed }
        }
    }

    /// The pointer of an object whose enclosing containers are `stack`, for duplicate-key reports.
    private func pointer(of stack: ArraySlice<OpenContainer>) -> JSONPointer {
        JSONPointer(stack.map { $0.isArray ? String($0.count) : $0.pendingKey })
    }

    /// Reads `"key"` then `:`; leaves the offset at the value.
    mutating func parseKey() throws -> (String, SourcePosition) {
        guard offset < buffer.count else { throw error(.unexpectedEnd) }
        guard buffer[offset] == UInt8(ascii: "\"") else { throw unexpected(.expected(.key, found: describe(at: offset))) }
        let keyPosition = position(of: offset)
        let key = try parseString()
        skipWhitespace()
        guard offset < buffer.count else { throw error(.unexpectedEnd) }
        guard buffer[offset] == UInt8(ascii: ":") else { throw unexpected(.expected(.colon, found: describe(at: offset))) }
        offset += 1
        return (key, keyPosition)
    }

    mutating func parseScalar() throws -> JSONValue {
        let position = position(of: offset)
        switch buffer[offset] {
        case UInt8(ascii: "\""):
            return JSONValue(.string(try parseString()), at: position)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONValue(.bool(true), at: position)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONValue(.bool(false), at: position)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONValue(.null, at: position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), at: position)
        default:
            throw unexpected(.unexpectedCharacter(describe(at: offset)))
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        let matches = offset + count <= buffer.count && (0..<count).allSatisfy { buffer[offset + $0] == literal.utf8Start[$0] }
        guard matches else { throw error(.unexpectedCharacter(describe(at: offset))) }
        offset += count
    }

    mutating func parseNumber() throws -> JSONNumber {
        let begin = offset
        func digits(_ parser: inout Parser) -> Int {
            let from = parser.offset
            while parser.offset < parser.buffer.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.buffer[parser.offset]) { parser.offset += 1 }
            return parser.offset - from
        }
        if buffer[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < buffer.count else { throw error(.invalidNumber(text(from: begin))) }
        if buffer[offset] == UInt8(ascii: "0") {
            offset += 1
        } else if digits(&self) == 0 {
            throw error(.invalidNumber(text(from: begin)), at: begin)
        }
        if offset < buffer.count, buffer[offset] == UInt8(ascii: ".") {
            offset += 1
            if digits(&self) == 0 { throw error(.invalidNumber(text(from: begin)), at: begin) }
        }
        if offset < buffer.count, buffer[offset] == UInt8(ascii: "e") || buffer[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < buffer.count, buffer[offset] == UInt8(ascii: "+") || buffer[offset] == UInt8(ascii: "-") { offset += 1 }
            if digits(&self) == 0 { throw error(.invalidNumber(text(from: begin)), at: begin) }
        }
        if offset < buffer.count, isNumberContinuation(buffer[offset]) {
            while offset < buffer.count, isNumberContinuation(buffer[offset]) { offset += 1 }
            throw error(.invalidNumber(text(from: begin)), at: begin)
        }
        return JSONNumber(text: text(from: begin))
    }

    func isNumberContinuation(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    func text(from begin: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[begin..<min(offset, buffer.count, begin + 64)]), as: UTF8.self)
    }

    /// Reads a string starting at its opening quote, checking that its bytes are UTF-8.
    mutating func parseString() throws -> String {
        offset += 1
        let contentStart = offset
        // Fast path: no escapes.
        while offset < buffer.count {
            let byte = buffer[offset]
            if byte >= 0x80 {
                offset += try stringSequenceLength(at: offset)
                continue
            }
            if byte == UInt8(ascii: "\"") {
                let value = String(decoding: UnsafeBufferPointer(rebasing: buffer[contentStart..<offset]), as: UTF8.self)
                offset += 1
                return value
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error(.controlCharacterInString(UInt32(byte))) }
            offset += 1
        }
        var scalars = Array(UnsafeBufferPointer(rebasing: buffer[contentStart..<offset]))
        while offset < buffer.count {
            let byte = buffer[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escapeStart = offset
                offset += 1
                guard offset < buffer.count else { throw error(.unexpectedEnd) }
                let escaped = buffer[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4(escapeStart: escapeStart)
                    if (0xD800...0xDBFF).contains(code) {
                        guard offset + 1 < buffer.count, buffer[offset] == UInt8(ascii: "\\"), buffer[offset + 1] == UInt8(ascii: "u") else {
                            throw error(.loneSurrogate("\\u" + hex(code, width: 4)), at: escapeStart)
                        }
                        offset += 2
                        let low = try hex4(escapeStart: escapeStart)
                        guard (0xDC00...0xDFFF).contains(low) else { throw error(.loneSurrogate("\\u" + hex(code, width: 4)), at: escapeStart) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw error(.loneSurrogate("\\u" + hex(code, width: 4)), at: escapeStart)
                    }
                    scalars.append(contentsOf: Array(String(Unicode.Scalar(code)!).utf8))
                default:
                    throw error(.invalidEscape("\\" + describe(at: offset - 1)), at: escapeStart)
                }
            default:
                if byte < 0x20 { throw error(.controlCharacterInString(UInt32(byte))) }
                let length = byte < 0x80 ? 1 : try stringSequenceLength(at: offset)
                scalars.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[offset..<offset + length]))
                offset += length
            }
        }
        throw error(.unexpectedEnd)
    }

    /// The length of the UTF-8 sequence led by the non-ASCII byte at `index` inside a string.
    mutating func stringSequenceLength(at index: Int) throws -> Int {
        guard let length = utf8SequenceLength(at: index) else { throw error(.notUTF8(byte: buffer[index]), at: index) }
        return length
    }

    mutating func hex4(escapeStart: Int) throws -> UInt32 {
        guard offset + 4 <= buffer.count else { throw error(.invalidEscape("\\u"), at: escapeStart) }
        var value: UInt32 = 0
        for index in offset..<offset + 4 {
            let byte = buffer[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidEscape("\\u" + text(from: offset)), at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
        }
        offset += 4
        return value
    }
}

func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Well-formed UTF-8 (Unicode Table 3-7), shared by the reader and by what shows a file that
/// is not UTF-8.
public enum UTF8Sequence {
    /// The length of the well-formed UTF-8 sequence led by the non-ASCII byte at `index`, or nil.
    @inlinable
    public static func length(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let length: Int
        var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF
        switch buffer[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; highest = 0x9F
        case 0xF0: length = 4; lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; highest = 0x8F
        default: return nil
        }
        guard index + length <= buffer.count else { return nil }
        let second = buffer[index + 1]
        guard second >= lowest, second <= highest else { return nil }
        for continuation in 2..<max(2, length) where buffer[index + continuation] & 0xC0 != 0x80 { return nil }
        return length
    }
}
