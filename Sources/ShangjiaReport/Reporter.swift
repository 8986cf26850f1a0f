import ShangjiaCore
import ShangjiaInspect

/// What every reporter may need besides the findings.
public struct ReportSettings: Sendable {
    public var language: Language
    /// ANSI colour (text format only): on a TTY and without NO_COLOR.
    public var colour: Bool
    public var toolVersion: String
    /// What the run did besides linting, for the text summary.
    public var run = RunNotes()

    public init(language: Language = .zh, colour: Bool = false, toolVersion: String = Tool.version) {
        self.language = language
        self.colour = colour
        self.toolVersion = toolVersion
    }
}

/// Facts about a run that are not findings: the text summary says them.
public struct RunNotes: Sendable {
    /// The config file used (given or found), as named to the user.
    public var configFile: String?
    /// `manifest.json` files found under a directory that are not shangjia manifests.
    public var skippedManifests: Int
    /// `--baseline` entries that match no finding any more.
    public var staleBaselineEntries: Int

    public init(configFile: String? = nil, skippedManifests: Int = 0, staleBaselineEntries: Int = 0) {
        self.configFile = configFile
        self.skippedManifests = skippedManifests
        self.staleBaselineEntries = staleBaselineEntries
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
