import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The reader as the user meets it: the `dossier` process launched under a pseudo-terminal,
/// timed from just before the spawn until the title bar's bytes arrive from the terminal.
enum LaunchBench {
    /// One launch: milliseconds until the first frame, until the whole analysis was ready (when
    /// waited for), and the process's peak resident memory.
    struct Run { var milliseconds: Double; var peakMB: Int; var readyMilliseconds: Double? = nil }

    /// What only the timeline draws: it opens once the whole collection is analysed and its events found.
    static let readyMarker = "TIMELINE —"

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Launches `binary arguments…` on a fresh 120×40 pseudo-terminal, waits for `marker` in what
    /// it draws; with `waitReady`, then presses `t` until the timeline opens (the whole analysis done);
    /// then quits it (`Q`) and collects its peak RSS.
    static func launch(binary: String, arguments: [String], environment: [String: String],
                       marker: String = "document 1 of", waitReady: Bool = false, timeout: Double = 600) throws -> Run {
        #if os(Linux)
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure(description: "cannot open /dev/ptmx") }
        defer { close(master) }
        // Linux's unlockpt/ptsname, as ioctls (TIOCSPTLCK, TIOCGPTN): Swift does not import the libc wrappers.
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw Failure(description: "cannot set up a pseudo-terminal")
        }
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session, so the terminal opened above becomes the child's controlling terminal.
        posix_spawnattr_setflags(&attributes, Int16(0x80)) // POSIX_SPAWN_SETSID

        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let started = clock.now
        guard posix_spawn(&pid, binary, &actions, &attributes, argv, envp) == 0 else {
            throw Failure(description: "cannot start \(binary)")
        }
        let needle = Array(marker.utf8)
        let readyNeedle = Array(readyMarker.utf8)
        var seen: [UInt8] = []
        var elapsed: Duration?
        var ready: Duration?
        var lastPress = clock.now
        var buffer = [UInt8](repeating: 0, count: 65536)
        var quitSent = false
        var status: Int32 = 0
        var usage = rusage()
        var exited = false
        while !exited {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 50) > 0 {
                let n = read(master, &buffer, buffer.count)
                if n > 0, elapsed == nil || (waitReady && ready == nil) {
                    seen += buffer[0..<n]
                    if elapsed == nil {
                        if contains(seen, needle) { elapsed = clock.now - started; seen.removeAll() }
                    } else if contains(seen, readyNeedle) {
                        ready = clock.now - started
                    }
                    if seen.count > 1 << 20 { seen.removeFirst(seen.count - 64) }
                }
            }
            if waitReady, elapsed != nil, ready == nil, clock.now - lastPress > .milliseconds(300) {
                // Until the analysis is whole, `t` only says how far it is; then it opens the timeline.
                _ = "t".utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, 1) }
                lastPress = clock.now
            }
            if elapsed != nil, !waitReady || ready != nil, !quitSent {
                // q closes the timeline when it is open, Q quits.
                let keys = ready != nil ? "qQ" : "Q"
                _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, keys.utf8.count) }
                quitSent = true
            }
            if wait4(pid, &status, WNOHANG, &usage) == pid { exited = true; break }
            let waited = BenchSession.milliseconds(clock.now - started) / 1000
            if waited > timeout + (quitSent ? 10 : 0) {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                if elapsed == nil { throw Failure(description: "no first frame within \(Int(timeout)) s") }
                exited = true
            }
        }
        guard let elapsed else { throw Failure(description: "the reader exited before drawing (status \(status))") }
        return Run(milliseconds: BenchSession.milliseconds(elapsed), peakMB: Int(usage.ru_maxrss) / 1024,
                   readyMilliseconds: ready.map(BenchSession.milliseconds))
        #else
        throw Failure(description: "the launch benchmark needs Linux")
        #endif
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// `copies` copies of a corpus folder under `root` (copy1, copy2, …) as hard links: no disk, same bytes.
    static func makeCopies(of corpus: String, count: Int, under root: URL) throws -> URL {
        let fm = FileManager.default
        let folder = root.appendingPathComponent("x\(count)")
        if fm.fileExists(atPath: folder.path) { return folder }
        let source = URL(fileURLWithPath: corpus).standardizedFileURL
        let files = (fm.enumerator(atPath: source.path)?.allObjects as? [String] ?? [])
        for k in 1...count {
            let copy = folder.appendingPathComponent("copy\(k)")
            for relative in files {
                let from = source.appendingPathComponent(relative), to = copy.appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: from.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.linkItem(at: from, to: to)
            }
        }
        return folder
    }

    /// Replaces one article of the copies by a real copy with a new modification time: one changed file.
    static func touchOne(in folder: URL) throws -> String {
        let fm = FileManager.default
        let files = (fm.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        guard let relative = files.first else { throw Failure(description: "no article to touch in \(folder.path)") }
        let path = folder.appendingPathComponent(relative)
        let data = try Data(contentsOf: path)
        try fm.removeItem(at: path)
        try data.write(to: path)
        return relative
    }
}
