import CNcurses
import Foundation
import ReaderModel

/// The terminal, through ncursesw. Starting it checks TERM and the locale; the
/// terminal is restored on quit, on SIGINT/SIGTERM/SIGHUP, and on a crash.
final class CursesScreen: Screen {
    /// Why the terminal could not be used.
    struct StartError: Error, CustomStringConvertible { var description: String }

    private let asciiOnly: Bool
    private let useColor: Bool
    private var attributes: [Int32] = []

    var size: (width: Int, height: Int) { (Int(dossier_cols()), Int(dossier_lines())) }

    init() throws(StartError) {
        asciiOnly = !TerminalSetup.ensureUTF8Locale()
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw StartError(description: "the reader needs a terminal type: TERM is \(term.isEmpty ? "not set" : "'dumb'"); try TERM=xterm-256color")
        }
        guard dossier_newterm(nil) != nil else {
            throw StartError(description: "unknown terminal type '\(term)'; try TERM=xterm-256color")
        }
        TerminalSetup.cursesActive = true
        TerminalSetup.installSignalHandlers()
        raw()
        noecho()
        nonl()
        keypad(dossier_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(dossier_stdscr(), 100)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        useColor = !noColor && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        attributes = Style.allCases.map { Self.attribute(for: $0, color: useColor) }
    }

    static func attribute(for style: Style, color: Bool) -> Int32 {
        let bold = dossier_attr_bold(), reverse = dossier_attr_reverse(), underline = dossier_attr_underline(), dim = dossier_attr_dim()
        func pair(_ n: Int16, _ fg: Int16, _ bg: Int16) -> Int32 {
            init_pair(n, fg, bg)
            return dossier_color_pair(Int32(n))
        }
        switch style {
        case .normal: return 0
        case .dim: return dim
        case .title: return bold
        case .heading: return color ? pair(1, Int16(COLOR_YELLOW), -1) | bold : bold | underline
        case .bar: return reverse
        case .border: return dim
        case .selected: return color ? pair(2, Int16(COLOR_BLACK), Int16(COLOR_WHITE)) : underline | bold
        case .selectedFocused: return reverse | bold
        case .person: return color ? pair(3, Int16(COLOR_CYAN), -1) | bold : underline
        case .organization: return color ? pair(4, Int16(COLOR_GREEN), -1) | bold : bold
        case .place: return color ? pair(5, Int16(COLOR_MAGENTA), -1) | bold : bold | underline
        case .cursor: return reverse | bold
        case .searchHit: return color ? pair(6, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)) : reverse | underline
        case .unread: return color ? pair(7, Int16(COLOR_BLUE), -1) | bold : bold
        case .prompt: return bold | reverse
        }
    }

    func draw(_ frame: Frame) {
        let height = min(frame.height, size.height), width = min(frame.width, size.width)
        for row in 0..<height {
            for column in 0..<width {
                let cell = frame[row, column]
                if cell.isContinuation { continue }
                var scalar = cell.scalar.value
                if asciiOnly, scalar > 0x7E { scalar = Self.asciiFallback(cell.scalar) }
                dossier_put_scalar(Int32(row), Int32(column), scalar, attributes[Int(cell.style.rawValue)])
            }
        }
        refresh()
    }

    /// Redraws everything from scratch (Ctrl-L).
    func forceRedraw() { clearok(dossier_curscr(), true) }

    /// Reads a key, or nil after the poll interval.
    func readKey() -> Key? {
        var code: UInt32 = 0
        let result = dossier_get_wch(dossier_stdscr(), &code)
        if result == ERR { return nil }
        return KeyDecoder.decode(code: code, isFunctionKey: result == dossier_key_code_yes(),
                                 width: { Int(dossier_cols()) }, height: { Int(dossier_lines()) })
    }

    /// Ctrl-Z: give the terminal back, stop, and take it again on resume.
    func suspend() {
        def_prog_mode()
        endwin()
        kill(getpid(), SIGSTOP)
        reset_prog_mode()
        clearok(dossier_curscr(), true)
        refresh()
    }

    func end() { TerminalSetup.restore() }

    static func asciiFallback(_ s: Unicode.Scalar) -> UInt32 {
        switch s {
        case "│": return 0x7C
        case "─": return 0x2D
        case "•": return 0x2A
        case "…": return 0x2E
        case "▏": return 0x5F
        case "·": return 0x2E
        case "×": return 0x78
        case "“", "”": return 0x22
        case "‘", "’": return 0x27
        default: return 0x3F
        }
    }
}
