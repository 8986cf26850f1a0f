// libFuzzer entry point: arbitrary bytes as "photo.jpg" through the content inspection: the JPEG
// segment reader, then libjpeg's decode (through CJPEGShim) and the pixel measurements.
// Build and run with scripts/fuzz.sh jpeg SECONDS.
import ShangjiaInspect

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJPEG(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let inspection = MemoryFileInspector(files: ["photo.jpg": bytes]).inspect("photo.jpg")
    _ = inspection.contentMatchesExtension()
    if let image = inspection.image {
        precondition(image.width >= 0 && image.height >= 0, "negative dimensions")
        _ = image.integrityProblem
        if let pixels = image.pixels {
            precondition(pixels.width == image.width && pixels.height == image.height, "pixels differ from the frame header")
            _ = LineStyleMeasurement.measure(pixels)
            _ = StrokeBorderMeasurement.measure(pixels)
        }
    }
    return 0
}
