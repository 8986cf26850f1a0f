import ShangjiaText

/// What a file is by its bytes, whatever its name says.
public enum ContentKind: String, Sendable {
    case pdf, docx, xlsx
    /// A ZIP archive that is neither docx nor xlsx.
    case zip
    /// An OLE compound file (doc, xls).
    case ole
    /// `ftyp` at offset 4 (mp4, mov).
    case mp4
    case png, jpeg, unknown
}

/// What a file that is none of the spec's kinds really is (or a PNG Apple altered), so that
/// messages can name it: an RTF saved as .doc, a WebP named .png.
public enum RecognizedFormat: String, Sendable {
    case rtf, html, csv, webp, gif, matroska, avi
    /// A ZIP: OpenDocument (odt, ods, odp) or PowerPoint (pptx).
    case openDocument, powerPoint
    /// A PNG rewritten by Xcode (a CgBI chunk before IHDR, BGRA pixels): not a standard PNG.
    case appleCgBI
}

/// Why a referenced file could not be inspected.
public enum FileAccessProblem: Sendable, Equatable {
    /// No such file.
    case missing
    /// The path is absolute or its `..` leaves the manifest folder.
    case escapesFolder
    /// A symlink (at any component) resolves outside the folder tree.
    case symlinkOutside
    /// "directory", "FIFO", "character device", "block device", "socket".
    case notRegular(String)
    /// 0 bytes.
    case empty
    /// The errno text.
    case unreadable(String)
}

public struct RGBAImage: Sendable {
    public let width: Int
    public let height: Int
    /// Row-major, 4 bytes a pixel.
    public let rgba: [UInt8]

    public init(width: Int, height: Int, rgba: [UInt8]) {
        precondition(width > 0 && height > 0 && rgba.count == width * height * 4, "RGBA buffer does not match its size")
        self.width = width
        self.height = height
        self.rgba = rgba
    }
}

public struct ImageInfo: Sendable {
    public enum Format: String, Sendable { case png, jpeg }

    /// Larger images are judged from their header and structure only, never decoded.
    public static let maxDecodedPixels = 1_000_000

    public let format: Format
    public let width: Int
    public let height: Int
    /// Bits a sample: PNG bit depth or JPEG precision.
    public let bitDepth: Int
    /// e.g. "PNG 8-bit RGBA, non-interlaced", "JPEG progressive 8-bit 3 components".
    public let detail: String
    /// nil when the file is whole. A small PNG's image data is inflated and checked when this or
    /// `pixels` is first read: most images (screenshots, materials) are only sniffed, never asked.
    public var integrityProblem: Text? { imageData.value.problem }
    /// Only for a whole image of at most `maxDecodedPixels` (a PNG, or an 8-bit JPEG that libjpeg
    /// decodes), decoded when first read. A JPEG's pixels are opaque.
    public var pixels: RGBAImage? { imageData.value.pixels?.value }
    private let imageData: Lazy<CheckedImageData>

    /// What reading the image data found: a problem, or pixels to decode when asked.
    struct CheckedImageData: Sendable {
        let problem: Text?
        let pixels: Lazy<RGBAImage>?
    }

    public init(format: Format, width: Int, height: Int, bitDepth: Int, detail: String,
                integrityProblem: Text?, pixels: RGBAImage?) {
        self.init(format: format, width: width, height: height, bitDepth: bitDepth, detail: detail,
                  imageData: Lazy(CheckedImageData(problem: integrityProblem, pixels: pixels.map { Lazy($0) })))
    }

    init(format: Format, width: Int, height: Int, bitDepth: Int, detail: String, imageData: Lazy<CheckedImageData>) {
        self.format = format
        self.width = width
        self.height = height
        self.bitDepth = bitDepth
        self.detail = detail
        self.imageData = imageData
    }
}

/// A value computed when first asked for, once; concurrent readers wait for the one computing.
final class Lazy<Value: Sendable>: Sendable {
    private enum State {
        case pending(@Sendable () -> Value)
        case computed(Value)
    }

    private let state: Locked<State>

    init(_ value: Value) {
        state = Locked(.computed(value))
    }

    /// `compute` and what it holds are released once it has run.
    init(computing compute: @escaping @Sendable () -> Value) {
        state = Locked(.pending(compute))
    }

    var value: Value {
        state.withLock { state in
            switch state {
            case .computed(let value):
                return value
            case .pending(let compute):
                let value = compute()
                state = .computed(value)
                return value
            }
        }
    }
}

public struct FileInspection: Sendable {
    /// As given (relative to the manifest folder).
    public let path: String
    /// When set, size, content and image are not meaningful.
    public let problem: FileAccessProblem?
    public let size: Int64
    public let content: ContentKind
    /// Set when content is png or jpeg.
    public let image: ImageInfo?
    /// For content `unknown` or `zip`, or an Apple PNG: what the bytes are, when recognized.
    public let recognized: RecognizedFormat?

    public init(path: String, problem: FileAccessProblem?, size: Int64 = 0, content: ContentKind = .unknown, image: ImageInfo? = nil,
                recognized: RecognizedFormat? = nil) {
        self.path = path
        self.problem = problem
        self.size = size
        self.content = content
        self.image = image
        self.recognized = recognized
    }

    /// The file's extension, lowercased; "" when it has none.
    public var fileExtension: String {
        // Over the bytes in place: several rules ask this of every file, and "/" and "." are ASCII.
        var path = path // withUTF8 is mutating; a native String is contiguous already, so nothing is copied
        return path.withUTF8 { bytes in
            guard let dot = bytes.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }),
                  bytes[dot] == UInt8(ascii: "."), dot > 0, bytes[dot - 1] != UInt8(ascii: "/") else { return "" }
            return String(decoding: bytes[(dot + 1)...], as: UTF8.self).lowercased()
        }
    }

    /// The content each extension of the spec's "Content by extension" table requires.
    public static func expectedContent(forExtension ext: String) -> ContentKind? {
        switch ext.lowercased() {
        case "pdf": .pdf
        case "docx": .docx
        case "xlsx": .xlsx
        case "doc", "xls": .ole
        case "png": .png
        case "jpg", "jpeg": .jpeg
        case "mp4", "mov": .mp4
        default: nil
        }
    }

    /// Whether the content matches the (case-insensitive) extension per the spec's table;
    /// nil for an extension not in the table, false when the file could not be read.
    public func contentMatchesExtension() -> Bool? {
        guard let expected = Self.expectedContent(forExtension: fileExtension) else { return nil }
        return problem == nil && content == expected
    }

    func renamed(_ newPath: String) -> FileInspection {
        FileInspection(path: newPath, problem: problem, size: size, content: content, image: image, recognized: recognized)
    }
}

public protocol FileInspecting: Sendable {
    func inspect(_ relativePath: String) -> FileInspection
    /// Forgets cached inspections (and their decoded pixels) once a manifest's rules are done,
    /// so a run over many applications holds one application's images at a time.
    func forgetCache()
}
