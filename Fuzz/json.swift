// libFuzzer entry point: arbitrary bytes through the strict JSON reader.
// Build and run with scripts/fuzz.sh json SECONDS.
import ShangjiaJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    switch JSONParser.parse(bytes) {
    case .success(let document):
        // Walk the tree the way rules do: pointers, members, numbers.
        var stack = [(document.root, JSONPointer())]
        var visited = 0
        while let (value, pointer) = stack.popLast(), visited < 10_000 {
            visited += 1
            precondition(document.root.value(at: pointer) != nil, "pointer \(pointer) does not resolve")
            switch value.kind {
            case .array(let items):
                for (index, item) in items.enumerated() { stack.append((item, pointer.appending(index))) }
            case .object(let members):
                // A pointer names the last of duplicate keys (the one rules see).
                var later: Set<String> = []
                for member in members.reversed() where later.insert(member.key).inserted {
                    stack.append((member.value, pointer.appending(member.key)))
                }
            case .number(let number):
                _ = number.double
                _ = number.integer
            default:
                break
            }
        }
        for duplicate in document.duplicateKeys { _ = duplicate.objectPointer.description }
    case .failure(let error):
        precondition(error.offset >= 0 && error.offset <= bytes.count, "error offset \(error.offset) outside 0...\(bytes.count)")
        precondition(error.position.line >= 1 && error.position.column >= 1, "bad error position \(error.position)")
    }
    return 0
}
