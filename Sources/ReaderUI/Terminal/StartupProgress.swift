import Foundation

/// A one-line progress indication on standard error while a collection loads and is
/// analysed, before the screen starts: the phase, a count, a spinner and the time taken.
/// Only on a terminal, only after a moment (small collections open without it), and
/// cleared before the screen or any message is written.
final class StartupProgress: @unchecked Sendable {
    static let shared = StartupProgress()

    private let lock = NSLock()
    private var phase: String?
    private var started = Date()
    private var shown = false
    private var thread: Thread?
    private let enabled = isatty(STDERR_FILENO) == 1
    /// Nothing is shown for work shorter than this.
    static let delay = 0.25

    /// Shows `text` ("reading files", "analysing 2,095 articles") until the next phase or `finish`.
    func begin(_ text: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if phase == nil { started = Date() }
        phase = text
        if thread == nil {
            let t = Thread { [weak self] in self?.tick() }
            thread = t
            t.start()
        }
    }

    /// Clears the line for good.
    func finish() {
        guard enabled else { return }
        lock.lock()
        phase = nil
        clearLocked()
        lock.unlock()
    }

    /// Writes a message line, clearing the progress line first (it is redrawn on the next tick).
    func write(_ line: String) {
        lock.lock()
        clearLocked()
        FileHandle.standardError.write(Data(line.utf8))
        lock.unlock()
    }

    private func clearLocked() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); shown = false }
    }

    private func tick() {
        let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        var n = 0
        while true {
            lock.lock()
            guard let phase else { lock.unlock(); thread = nil; return }
            let elapsed = Date().timeIntervalSince(started)
            if elapsed >= Self.delay {
                let text = StartupProgress.line(phase: phase, spinner: frames[n % frames.count], elapsed: elapsed)
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
                shown = true
            }
            lock.unlock()
            n += 1
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// "dossier: analysing 2,095 articles ⠋ 1.4 s"
    static func line(phase: String, spinner: String, elapsed: Double) -> String {
        "dossier: \(phase) \(spinner) \(String(format: "%.1f", elapsed)) s"
    }
}
