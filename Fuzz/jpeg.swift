// libFuzzer entry point: arbitrary bytes as "photo.jpg" through the content inspection
// (JPEG segment reader). Build and run with scripts/fuzz.sh jpeg SECONDS.
import ShangjiaInspect

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJPEG(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let inspection = MemoryFileInspector(files: ["photo.jpg": bytes]).inspect("photo.jpg")
    _ = inspection.contentMatchesExtension()
    if let image = inspection.image {
        precondition(image.width >= 0 && image.height >= 0, "negative dimensions")
        if let pixels = image.pixels { _ = LineStyleMeasurement.measure(pixels) }
    }
    return 0
}
