import ShangjiaCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
// A decoded icon is ~130 KB. With glibc's defaults each one is fresh pages from the kernel (page
// faults; on free, madvise and TLB flushes on every core): keep such buffers on the heap for
// reuse. mallopt is not in Swift's Glibc module, hence the lookup; -1 and -3 are glibc's
// M_TRIM_THRESHOLD and M_MMAP_THRESHOLD.
if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
    let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
    _ = mallopt(-1, 64 << 20)
    _ = mallopt(-3, 16 << 20)
}
#endif

var environment: [String: String] = [:]
var entry = environ
while let pointer = entry.pointee {
    // Split at the "=" byte (strchr): a Character walk cost ~5,000 instructions a variable at every start.
    if let equals = strchr(pointer, Int32(UInt8(ascii: "="))) {
        let name = UnsafeRawBufferPointer(start: pointer, count: pointer.distance(to: equals))
        environment[String(decoding: name, as: UTF8.self)] = String(cString: equals + 1)
    }
    entry += 1
}
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: .process(environment: environment)))
