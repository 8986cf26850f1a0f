import ShangjiaCore

/// What every reporter may need besides the findings.
public struct ReportSettings: Sendable {
    public var language: Language
    /// ANSI colour (text format only): on a TTY and without NO_COLOR.
    public var colour: Bool
    public var toolVersion: String

    public init(language: Language = .zh, colour: Bool = false, toolVersion: String = Tool.version) {
        self.language = language
        self.colour = colour
        self.toolVersion = toolVersion
    }
}

/// An image file's bytes with what its content (not its name) says it is.
public struct ImageAttachment: Sendable {
    public enum Format: String, Sendable {
        case png, jpeg

        var mediaType: String { "image/" + rawValue }
    }

    public let bytes: [UInt8]
    public let format: Format
    public let width: Int
    public let height: Int

    public init(bytes: [UInt8], format: Format, width: Int, height: Int) {
        self.bytes = bytes
        self.format = format
        self.width = width
        self.height = height
    }
}

public enum Tool {
    public static let name = "shangjia"
    public static let version = "0.1.0"
}

/// Findings → one output format.
public protocol Reporter {
    func render(_ report: LintReport, settings: ReportSettings) -> String
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github, gitlab, html
}
