import ShangjiaCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's outside world as the CLI sees it, so tests can run commands in-process.
public struct Console {
    public var stdout: (String) -> Void
    public var stderr: (String) -> Void
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    public var environment: [String: String]
    /// Seconds since the epoch, for the default `--today`.
    public var now: () -> Int

    public init(stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void, stdoutIsTerminal: Bool = false,
                stderrIsTerminal: Bool = false, environment: [String: String] = [:], now: @escaping () -> Int = { Int(time(nil)) }) {
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.environment = environment
        self.now = now
    }

    /// The default `--today` of every command: the date now in China (UTC+08:00).
    var todayInChina: CalendarDate { CalendarDate.inChina(secondsSinceEpoch: now()) }

    /// The real process: unbuffered writes to fds 1 and 2.
    public static func process(environment: [String: String]) -> Console {
        Console(stdout: { write(fd: 1, $0) }, stderr: { write(fd: 2, $0) },
                stdoutIsTerminal: isatty(1) == 1, stderrIsTerminal: isatty(2) == 1, environment: environment)
    }

    /// From the string's own storage: a report of many manifests is not copied again to be written.
    private static func write(fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var rest = UnsafeRawBufferPointer(bytes)
            while !rest.isEmpty {
                let written = Glibc.write(fd, rest.baseAddress, rest.count)
                if written <= 0 { return }
                rest = UnsafeRawBufferPointer(rebasing: rest[written...])
            }
        }
    }
}

/// A failure of the tool itself (exit 2): a bad flag, an unreadable config, no manifest.
/// Said in the run's `--lang`, like the findings.
struct UsageError: Error {
    let message: Text

    init(zh: String, en: String) { message = Text(zh: zh, en: en) }

    init(_ message: Text) { self.message = message }

    static func cannotRead(_ path: String, _ error: FileAccess.FileError) -> UsageError {
        UsageError(zh: "无法读取 \(path)：\(error.reason.zh)", en: "cannot read \(path): \(error.reason.en)")
    }

    static func cannotWrite(_ path: String, _ error: FileAccess.FileError) -> UsageError {
        UsageError(zh: "无法写入 \(path)：\(error.reason.zh)", en: "cannot write \(path): \(error.reason.en)")
    }
}
