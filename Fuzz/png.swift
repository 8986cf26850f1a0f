// libFuzzer entry point: arbitrary bytes as "icon.png" through the content inspection
// (PNG chunk reader, zlib, full decoder) and the line-style measurement of decoded pixels.
// Build and run with scripts/fuzz.sh png SECONDS.
import ShangjiaInspect

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNG(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let inspection = MemoryFileInspector(files: ["icon.png": bytes]).inspect("icon.png")
    _ = inspection.contentMatchesExtension()
    if let image = inspection.image {
        precondition(image.width >= 0 && image.height >= 0, "negative dimensions")
        if let pixels = image.pixels {
            precondition(pixels.rgba.count == pixels.width * pixels.height * 4, "pixel buffer size mismatch")
            _ = LineStyleMeasurement.measure(pixels)
        }
    }
    return 0
}
