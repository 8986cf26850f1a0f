import ShangjiaInspect
import ShangjiaReport

/// The images the HTML report embeds, read under the same rules the file rules use: only a
/// regular file inside the manifest's folder tree (no `..` escape, no symlink out), PNG or
/// JPEG by content, and small enough to inline.
enum ImageAttachments {
    static let maximumBytes = 2 << 20

    /// `files` inspects the manifest's folder (the linter's own inspector, while the manifest
    /// is linted: its cache already knows the icons the rules looked at).
    static func load(_ relativePath: String, of manifestFile: String, files: FileInspecting) -> ImageAttachment? {
        let folder = FileAccess.directory(of: manifestFile)
        let inspection = files.inspect(relativePath)
        guard inspection.problem == nil, inspection.size <= maximumBytes, let image = inspection.image,
              let format = ImageAttachment.Format(rawValue: image.format.rawValue),
              let bytes = try? FileAccess.read(folder + "/" + relativePath, limit: maximumBytes),
              // Read a second time by path: it must still be the file just inspected.
              Int64(bytes.count) == inspection.size, hasSignature(bytes, of: format) else { return nil }
        return ImageAttachment(bytes: bytes, format: format, width: image.width, height: image.height)
    }

    static func hasSignature(_ bytes: [UInt8], of format: ImageAttachment.Format) -> Bool {
        switch format {
        case .png: return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: return bytes.starts(with: [0xFF, 0xD8, 0xFF])
        }
    }
}
