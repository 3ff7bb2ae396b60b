import CNcurses
import Foundation

/// Process-wide terminal concerns: the locale, signals, and restoring the terminal.
enum TerminalSetup {
    nonisolated(unsafe) static var cursesActive = false
    /// Set by a signal handler; the main loop stops when it is non-zero.
    nonisolated(unsafe) static var pendingSignal: Int32 = 0

    /// Switches to a UTF-8 locale when the current one is not; false when none exists.
    static func ensureUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8() { return true }
        }
        setlocale(LC_ALL, "")
        return false
    }

    static func isUTF8() -> Bool {
        let codeset = String(cString: dossier_codeset()).lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }

    /// Ends curses if it is running; safe to call more than once.
    static func restore() {
        if cursesActive {
            cursesActive = false
            endwin()
        }
    }

    static func installSignalHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { received in TerminalSetup.pendingSignal = received }
        }
        // A crash still gives the terminal back before the process dies.
        for sig in [SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP] {
            signal(sig) { received in
                if TerminalSetup.cursesActive { endwin() }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        atexit { TerminalSetup.restore() }
    }
}
