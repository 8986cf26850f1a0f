import ShangjiaJSON

/// `--baseline FILE`: the findings of an earlier JSON report. A finding it already holds (same
/// manifest file, rule, pointer and message; the line may have moved) is marked baselined, so a
/// portfolio with known findings can adopt the tool and fail only on new ones.
public struct Baseline: Sendable {
    struct Key: Hashable {
        let file: String
        let rule: String
        let path: String
        let message: String
    }

    /// How many findings with each key the baseline holds: two equal findings need two entries.
    let entries: [Key: Int]

    public struct Problem: Error, Sendable {
        public let message: Text
    }

    /// Reads a `--format json` report (`--write-baseline` writes one).
    public init(_ bytes: [UInt8]) throws(Problem) {
        guard case .success(let document) = JSONParser.parse(bytes), let manifests = document.root["manifests"]?.arrayValue else {
            throw Problem(message: Text(zh: "不是 shangjia 的 JSON 报告（用 --write-baseline 或 --format json 生成）",
                                        en: "not a shangjia JSON report (write one with --write-baseline or --format json)"))
        }
        var entries: [Key: Int] = [:]
        for manifest in manifests {
            for finding in manifest["findings"]?.arrayValue ?? [] {
                guard let file = finding["file"]?.stringValue, let rule = finding["rule"]?.stringValue,
                      let path = finding["path"]?.stringValue, let message = finding["message"]?.stringValue else { continue }
                entries[Key(file: file, rule: rule, path: path, message: message), default: 0] += 1
            }
        }
        self.entries = entries
    }
}

extension LintReport {
    /// Marks the findings the baseline holds; returns how many baseline entries matched
    /// nothing (stale: fixed since, and can be deleted).
    public mutating func applyBaseline(_ baseline: Baseline) -> Int {
        var remaining = baseline.entries
        for index in manifests.indices {
            for position in manifests[index].findings.indices {
                let finding = manifests[index].findings[position]
                let key = Baseline.Key(file: finding.file, rule: finding.rule, path: finding.pointer.description, message: finding.message)
                guard let count = remaining[key], count > 0 else { continue }
                remaining[key] = count - 1
                manifests[index].findings[position].baselined = true
            }
        }
        return remaining.values.reduce(0, +)
    }
}
