/// Counts of findings that are neither waived nor baselined, and of those that are (a
/// finding both waived and baselined counts as waived).
public struct FindingCounts: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var waived = 0
    public var baselined = 0

    public init(_ findings: [Finding] = []) {
        for finding in findings {
            let count = max(1, finding.omitted)
            if finding.waived { waived += count; continue }
            if finding.baselined { baselined += count; continue }
            switch finding.severity {
            case .error: errors += count
            case .warning: warnings += count
            case .info: infos += count
            }
        }
    }

    /// Errors, warnings and infos: every finding neither waived nor baselined.
    public var active: Int { errors + warnings + infos }

    public static func + (lhs: FindingCounts, rhs: FindingCounts) -> FindingCounts {
        var sum = lhs
        sum.errors += rhs.errors
        sum.warnings += rhs.warnings
        sum.infos += rhs.infos
        sum.waived += rhs.waived
        sum.baselined += rhs.baselined
        return sum
    }
}

/// The result for one manifest. The manifest itself is gone by the time reporters run (see
/// `Linter`): what they show besides findings is kept here.
public struct ManifestReport: Sendable {
    public let file: String
    /// Empty when the manifest could not be read as JSON.
    public let targets: [Target]
    public internal(set) var findings: [Finding]
    /// The source lines findings sit on, for showing the offending line under a finding.
    public let quotedLines: [QuotedLine]
    /// The ids of the rules that ran on it (applied to its targets and enabled).
    public let rulesRun: [String]
    /// What `LintOptions.gather` took from the manifest (nil without one, or when it was not JSON).
    public let gathered: (any Sendable)?

    public init(file: String, targets: [Target], findings: [Finding], quotedLines: [QuotedLine] = [], rulesRun: [String],
                gathered: (any Sendable)? = nil) {
        self.file = file
        self.targets = targets
        self.findings = findings
        self.quotedLines = quotedLines
        self.rulesRun = rulesRun
        self.gathered = gathered
    }

    public var counts: FindingCounts { FindingCounts(findings) }

    /// Line `number` of the manifest as written, when a finding sits on it.
    public func line(_ number: Int) -> String? { quotedLines.first { $0.number == number }?.text }
}

/// One line of a manifest's text, kept for the findings on it: lines end at a line feed (not at
/// a carriage return followed by one, which Swift reads as one character); a leading byte order
/// mark and a final carriage return are left out; of a longer line, only the first
/// `keptCharacters` are kept (more than any reporter shows).
public struct QuotedLine: Sendable, Hashable {
    public let number: Int
    public let text: String

    static let keptCharacters = 1000
    /// How far a kept line is read: enough for `keptCharacters` but in pathological text.
    static let keptBytes = 64 << 10

    /// Lines `numbers` (1-based, any order, repeats allowed) of `bytes`, in order; numbers past the end are skipped.
    static func lines(_ numbers: [Int], of bytes: [UInt8]) -> [QuotedLine] {
        let wanted = Set(numbers.filter { $0 >= 1 }).sorted()
        var quoted: [QuotedLine] = []
        bytes.withUnsafeBufferPointer { bytes in
            var number = 1, start = 0
            for target in wanted {
                // Skip to the line's start, then read it up to its end or `keptBytes`.
                while number < target {
                    guard let end = lineEnd(in: bytes, from: start, limit: bytes.count) else { return }
                    start = end + 1
                    number += 1
                }
                let end = lineEnd(in: bytes, from: start, limit: min(bytes.count, start + keptBytes)) ?? min(bytes.count, start + keptBytes)
                quoted.append(QuotedLine(number: number, bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])))
            }
        }
        return quoted
    }

    /// The index of the line feed that ends the line starting at `start`, if one comes before `limit`.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit {
            if bytes[index] == UInt8(ascii: "\n") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\r")) { return index }
            index += 1
        }
        return nil
    }

    private init(number: Int, bytes: UnsafeBufferPointer<UInt8>) {
        var line = bytes[...]
        if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        let text = String(decoding: line, as: UTF8.self)
        self.number = number
        self.text = line.count > Self.keptCharacters ? String(text.prefix(Self.keptCharacters)) : text
    }

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// The result of one `lint` run, in report order.
public struct LintReport: Sendable {
    public let today: CalendarDate
    public internal(set) var manifests: [ManifestReport]
    /// Every enabled rule of the run, in id order.
    public let rules: [RuleDescription]

    public var counts: FindingCounts { manifests.reduce(FindingCounts()) { $0 + $1.counts } }
}

extension LintReport {
    /// Keeps only the findings `keep` accepts (`--quiet`: errors only).
    public mutating func keepOnly(_ keep: (Finding) -> Bool) {
        for index in manifests.indices { manifests[index].findings.removeAll { !keep($0) } }
    }
}
