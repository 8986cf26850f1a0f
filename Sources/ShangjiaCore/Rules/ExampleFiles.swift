import ShangjiaInspect

/// Files shared by many rule examples (and the file rules' tests): small real documents and
/// drawn icons, built once.
enum ExampleFiles {
    static let pdf = ExampleFile("PDF", SyntheticFiles.pdf())
    static let docx = ExampleFile("Word document (docx)", SyntheticFiles.docx())
    static let xlsx = ExampleFile("Excel workbook (xlsx)", SyntheticFiles.xlsx())
    static let doc = ExampleFile("Word 97–2003 document (OLE compound file)", SyntheticFiles.ole())
    static let mp4 = ExampleFile("MP4 video", SyntheticFiles.mp4())
    static let lineIcon = ExampleFile("180×180 PNG line icon: a thin ring on transparency", ring(size: 180))
    static let filledIcon = ExampleFile("180×180 PNG filled icon: a solid disc on transparency", disc(size: 180))
    static let jpegIcon = ExampleFile("180×180 JPEG", SyntheticFiles.jpeg(width: 180, height: 180))
    static let jpegLogo = ExampleFile("750×750 JPEG", SyntheticFiles.jpeg(width: 750, height: 750))
    static let roundedLogo = ExampleFile("180×180 PNG: a rounded square on transparency", roundedSquare(size: 180, radius: 30))
    static let squareLogo = ExampleFile("180×180 PNG: an opaque square", roundedSquare(size: 180, radius: 0))
    static let framedLogo = ExampleFile("180×180 PNG: a blue square framed by a 3 px white stroke", framedSquare(size: 180, stroke: 3))

    static let ink: (UInt8, UInt8, UInt8, UInt8) = (0x1F, 0x6F, 0xEB, 255)
    static let white: (UInt8, UInt8, UInt8, UInt8) = (255, 255, 255, 255)
    static let clear: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)

    /// A square PNG: ink where `isInk`, elsewhere transparency or opaque white.
    static func icon(size: Int, onWhite: Bool = false, _ isInk: (Int, Int) -> Bool) -> [UInt8] {
        SyntheticFiles.png(width: size, height: size) { x, y in isInk(x, y) ? ink : onWhite ? white : clear }
    }

    /// A line icon: a circle outlined with a stroke of a thirtieth of the side.
    static func ring(size: Int, onWhite: Bool = false) -> [UInt8] {
        let outer = Double(size) * 0.4, stroke = Double(max(2, size / 30))
        return icon(size: size, onWhite: onWhite) { x, y in
            let distance = centreDistance(x, y, size)
            return distance <= outer && distance > outer - stroke
        }
    }

    /// A filled icon: a solid disc.
    static func disc(size: Int, onWhite: Bool = false) -> [UInt8] {
        icon(size: size, onWhite: onWhite) { x, y in centreDistance(x, y, size) <= Double(size) * 0.4 }
    }

    /// A logo filling the square, its corners rounded by `radius` (0: square corners).
    static func roundedSquare(size: Int, radius: Int) -> [UInt8] {
        icon(size: size) { x, y in
            let dx = max(radius - x, x - (size - 1 - radius), 0), dy = max(radius - y, y - (size - 1 - radius), 0)
            return dx * dx + dy * dy <= radius * radius
        }
    }

    /// An opaque square of ink inside a white stroke `stroke` pixels wide.
    static func framedSquare(size: Int, stroke: Int) -> [UInt8] {
        SyntheticFiles.png(width: size, height: size) { x, y in
            min(x, y, size - 1 - x, size - 1 - y) < stroke ? white : ink
        }
    }

    /// The PNG grown to exactly `size` bytes by a tEXt comment before IEND (at least 12 bytes more).
    static func padded(_ png: [UInt8], to size: Int) -> [UInt8] {
        let header = Array("Comment".utf8) + [0], end = png.count - 12
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: size - png.count - 12 - header.count)
        return Array(png[..<end]) + SyntheticFiles.pngChunk("tEXt", header + filler) + Array(png[end...])
    }

    private static func centreDistance(_ x: Int, _ y: Int, _ size: Int) -> Double {
        let centre = Double(size - 1) / 2, dx = Double(x) - centre, dy = Double(y) - centre
        return (dx * dx + dy * dy).squareRoot()
    }
}
