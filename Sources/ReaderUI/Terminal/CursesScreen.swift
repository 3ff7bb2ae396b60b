import CNcurses
import Foundation
import ReaderModel

/// The terminal, through ncursesw. Starting it checks TERM and the locale; the
/// terminal is restored on quit, on SIGINT/SIGTERM/SIGHUP, and on a crash.
final class CursesScreen: Screen {
    /// Why the terminal could not be used.
    struct StartError: Error, CustomStringConvertible { var description: String }

    private let asciiOnly: Bool
    private let palette: Palette
    private var looks: [(attributes: Int32, pair: Int16)] = []

    var size: (width: Int, height: Int) { (Int(dossier_cols()), Int(dossier_lines())) }

    /// `colors`: the configuration's `color` lines, over the palette.
    init(colors settings: [ColorSetting] = []) throws(StartError) {
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
        let environment = ProcessInfo.processInfo.environment
        // COLORS is known only once colour is started, and NO_COLOR means not starting it.
        var colors = 0
        if has_colors(), (environment["NO_COLOR"] ?? "").isEmpty {
            start_color()
            use_default_colors()
            colors = Int(dossier_colors())
        }
        palette = Palette(colors: colors, environment: environment).applying(settings)
        looks = Self.install(palette)
        dossier_enable_mouse()
    }

    /// Curses attributes and colour pair per style; initialises the pairs.
    static func install(_ palette: Palette) -> [(attributes: Int32, pair: Int16)] {
        var pairOf: [Style: Int16] = [:]
        if palette.depth != .none {
            for (style, pair, look) in palette.pairs where Int32(pair) < dossier_color_pairs() {
                init_pair(pair, look.foreground, look.background)
                pairOf[style] = pair
            }
        }
        return Style.allCases.map { style in (attributes(palette[style].attributes), pairOf[style] ?? 0) }
    }

    static func attributes(_ a: Palette.Attributes) -> Int32 {
        var bits: Int32 = dossier_attr_normal()
        if a.contains(.bold) { bits |= dossier_attr_bold() }
        if a.contains(.underline) { bits |= dossier_attr_underline() }
        if a.contains(.reverse) { bits |= dossier_attr_reverse() }
        if a.contains(.dim) { bits |= dossier_attr_dim() }
        if a.contains(.italic) { bits |= dossier_attr_italic() }
        return bits
    }

    func draw(_ frame: Frame) {
        let height = min(frame.height, size.height), width = min(frame.width, size.width)
        for row in 0..<height {
            for column in 0..<width {
                let cell = frame[row, column]
                if cell.isContinuation { continue }
                var scalars: [UInt32] = [cell.scalar.value]
                if asciiOnly {
                    if cell.scalar.value > 0x7E { scalars[0] = Self.asciiFallback(cell.scalar) }
                } else {
                    for mark in cell.marks { scalars.append(mark.value) }
                }
                let look = looks[Int(cell.style.rawValue)]
                dossier_put_cell(Int32(row), Int32(column), scalars, Int32(scalars.count), look.attributes, look.pair)
            }
        }
        refresh()
    }

    /// Redraws everything from scratch (Ctrl-L).
    func forceRedraw() { clearok(dossier_curscr(), true) }

    /// Reads a key, or nil after the poll interval (or for input the reader has no use for).
    func readKey() -> Key? {
        var code: UInt32 = 0
        let result = dossier_get_wch(dossier_stdscr(), &code)
        if result == ERR { return nil }
        let isFunctionKey = result == dossier_key_code_yes()
        if isFunctionKey, Int32(code) == dossier_key_mouse() {
            var y: Int32 = 0, x: Int32 = 0
            return KeyDecoder.mouse(kind: dossier_mouse_event(&y, &x), row: y, column: x)
        }
        if !isFunctionKey, code == 27 { return readEscapeSequence() }
        return KeyDecoder.decode(code: code, isFunctionKey: isFunctionKey,
                                 width: { Int(dossier_cols()) }, height: { Int(dossier_lines()) })
    }

    /// After an ESC that curses did not turn into a key: the rest of the sequence, read
    /// whole so that its characters do not act as keys ("ESC [ 1 ~", Alt-x).
    private func readEscapeSequence() -> Key? {
        var seq: [UInt32] = []
        wtimeout(dossier_stdscr(), 15)
        defer { wtimeout(dossier_stdscr(), 100) }
        while seq.count < 32, !KeyDecoder.isComplete(afterEscape: seq) {
            var code: UInt32 = 0
            let result = dossier_get_wch(dossier_stdscr(), &code)
            if result == ERR { break }
            if result == dossier_key_code_yes() {
                // A function key straight after ESC: Alt plus that key; nothing to do.
                return nil
            }
            seq.append(code)
        }
        return KeyDecoder.decode(afterEscape: seq)
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
