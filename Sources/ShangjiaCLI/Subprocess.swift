#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program found on PATH with posix_spawn (no shell: arguments are passed as they
/// are) and collects its output, at most `limit` bytes of each stream.
enum Subprocess {
    struct Outcome {
        let status: Int32
        let stdout: [UInt8]
        let stderr: [UInt8]
    }

    enum Failure: Error {
        /// The program could not be started (not installed): the errno.
        case cannotStart(Int32)
        /// It wrote more than the limit; it was killed.
        case tooMuchOutput
    }

    static func run(_ arguments: [String], limit: Int, environment: [String: String] = [:]) throws(Failure) -> Outcome {
        var stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        guard pipe(&stdoutPipe) == 0 else { throw .cannotStart(errno) }
        guard pipe(&stderrPipe) == 0 else {
            close(stdoutPipe[0]); close(stdoutPipe[1])
            throw .cannotStart(errno)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, stdoutPipe[0])
        posix_spawn_file_actions_addclose(&actions, stderrPipe[0])
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, stdoutPipe[1])
        posix_spawn_file_actions_addclose(&actions, stderrPipe[1])
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = mergedEnvironment(environment).map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        close(stdoutPipe[1])
        close(stderrPipe[1])
        defer { close(stdoutPipe[0]); close(stderrPipe[0]) }
        guard spawned == 0 else { throw .cannotStart(spawned) }

        var outputs: [[UInt8]] = [[], []]
        var open = [stdoutPipe[0], stderrPipe[0]]
        var overflow = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        // Both streams at once, so a child filling one pipe never waits on us reading the other.
        while open.contains(where: { $0 >= 0 }) && !overflow {
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&polled, nfds_t(polled.count), -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            for (stream, entry) in polled.enumerated() where entry.fd >= 0 && entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count <= 0 { open[stream] = -1; continue }
                outputs[stream] += buffer.prefix(count)
                if outputs[stream].count > limit { overflow = true }
            }
        }
        if overflow { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if overflow { throw .tooMuchOutput }
        // The exit status as a shell shows it; a signal counts as failure.
        let exited = status & 0x7F == 0
        return Outcome(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), stdout: outputs[0], stderr: outputs[1])
    }

    /// The process's environment with `overrides` put in.
    private static func mergedEnvironment(_ overrides: [String: String]) -> [String] {
        var entries: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            let name = pair.prefix { $0 != "=" }
            if overrides[String(name)] == nil { entries.append(pair) }
            entry += 1
        }
        return entries + overrides.map { "\($0.key)=\($0.value)" }.sorted()
    }
}

/// `--against REV`: a manifest's content at a git revision.
enum GitHistory {
    /// The manifest's bytes at `revision`, or nil when the manifest is new since then. `REV:./NAME`
    /// run in the manifest's folder names its path inside the repository wherever the run started.
    static func content(of manifest: String, at revision: String) throws(UsageError) -> [UInt8]? {
        let folder = FileAccess.directory(of: manifest)
        let name = String(manifest.split(separator: "/").last ?? "")
        let outcome: Subprocess.Outcome
        do {
            outcome = try Subprocess.run(["git", "-C", folder, "show", "\(revision):./\(name)"], limit: FileAccess.maximumManifestBytes,
                                         environment: ["LC_ALL": "C", "GIT_PAGER": "cat"])
        } catch .cannotStart(let code) {
            throw UsageError(zh: "--against \(revision)：无法运行 git（\(FileAccess.FileError.system(code).reason.zh)）",
                             en: "--against \(revision): cannot run git (\(FileAccess.FileError.system(code).reason.en))")
        } catch {
            throw UsageError(zh: "--against \(revision)：\(manifest) 在该版本中过大", en: "--against \(revision): \(manifest) is too large at that revision")
        }
        if outcome.status == 0 { return outcome.stdout }
        let message = String(decoding: outcome.stderr, as: UTF8.self)
        if message.contains("exists on disk, but not in") || message.contains("does not exist in") { return nil }
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit \(outcome.status)"
        throw UsageError(zh: "--against \(revision)：无法从 git 读取 \(manifest) 的旧版本（\(firstLine)）",
                         en: "--against \(revision): cannot read the previous version of \(manifest) from git (\(firstLine))")
    }
}
