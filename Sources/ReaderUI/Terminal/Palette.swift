import ReaderModel

/// How each style looks on a terminal: colours for 256- and 8-colour terminals on dark or
/// light backgrounds, and attributes alone when there is no colour (or `NO_COLOR` is set).
///
/// Entity types differ by colour *and* attribute, so they stay apart for colour-blind
/// readers and under `NO_COLOR`. Foregrounds are mid-tones that read on black and on white;
/// styles that are only a background (search hits, the jumped-to sentence, the unfocused
/// selection) carry their own foreground.
struct Palette: Equatable {
    /// Text attributes, independent of curses bit values.
    struct Attributes: OptionSet, Hashable {
        let rawValue: UInt8
        static let bold = Attributes(rawValue: 1)
        static let underline = Attributes(rawValue: 2)
        static let reverse = Attributes(rawValue: 4)
        static let dim = Attributes(rawValue: 8)
        static let italic = Attributes(rawValue: 16)
    }

    /// A style's look: colours are terminal colour numbers, -1 the terminal's default.
    struct Look: Equatable {
        var foreground: Int16 = -1
        var background: Int16 = -1
        var attributes: Attributes = []
        var hasColor: Bool { foreground >= 0 || background >= 0 }
    }

    /// What the terminal offers.
    enum Depth: Equatable { case none, eight, many }

    let depth: Depth
    let lightBackground: Bool
    /// One look per style (overridden by `color` lines, see Palette+Config.swift).
    var looks: [Look]

    init(depth: Depth, lightBackground: Bool = false) {
        self.depth = depth
        self.lightBackground = lightBackground
        looks = Style.allCases.map { Self.look($0, depth, lightBackground) }
    }

    /// The palette for a terminal with `colors` colours and the given environment.
    init(colors: Int, environment: [String: String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let depth: Depth = noColor || colors < 8 ? .none : colors >= 256 ? .many : .eight
        self.init(depth: depth, lightBackground: Self.isLight(colorfgbg: environment["COLORFGBG"]))
    }

    /// `COLORFGBG` ("15;0", "0;default;15") names the background last; 7 and 9–15 are light.
    static func isLight(colorfgbg: String?) -> Bool {
        guard let last = colorfgbg?.split(separator: ";").last, let bg = Int(last) else { return false }
        return bg == 7 || (9...15).contains(bg)
    }

    subscript(style: Style) -> Look { looks[Int(style.rawValue)] }

    static func look(_ style: Style, _ depth: Depth, _ light: Bool) -> Look {
        switch depth {
        case .none: return plain(style)
        case .eight: return eight(style)
        case .many: return many(style, light)
        }
    }

    /// Attributes only: each entity type has its own.
    static func plain(_ style: Style) -> Look {
        switch style {
        case .normal: return Look()
        case .dim, .border: return Look(attributes: .dim)
        case .title: return Look(attributes: .bold)
        case .heading: return Look(attributes: [.bold, .underline])
        case .bar, .prompt: return Look(attributes: .reverse)
        case .selected: return Look(attributes: [.underline, .bold])
        case .selectedFocused, .cursor: return Look(attributes: [.reverse, .bold])
        case .person: return Look(attributes: .underline)
        case .organization: return Look(attributes: .bold)
        case .place: return Look(attributes: [.bold, .underline])
        case .other: return Look(attributes: .italic)
        case .searchHit: return Look(attributes: [.reverse, .underline])
        case .jumped: return Look(attributes: [.underline, .italic])
        case .unread: return Look(attributes: .bold)
        }
    }

    /// The eight ANSI colours: no yellow or cyan text, unreadable on white; no blue text, dark on black.
    static func eight(_ style: Style) -> Look {
        let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3, blue: Int16 = 4, magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7
        switch style {
        case .person: return Look(foreground: red, attributes: .bold)
        case .organization: return Look(foreground: green, attributes: .bold)
        case .place: return Look(foreground: magenta, attributes: [.bold, .underline])
        case .other: return Look(foreground: blue, attributes: .italic)
        case .selected: return Look(foreground: white, background: blue)
        case .searchHit: return Look(foreground: black, background: yellow)
        case .jumped: return Look(foreground: black, background: cyan)
        default: return plain(style)
        }
    }

    /// xterm's 256 colours: mid-tones on either background, deeper ones on a light one.
    static func many(_ style: Style, _ light: Bool) -> Look {
        switch style {
        case .person: return Look(foreground: light ? 25 : 39, attributes: .bold)  // blue
        case .organization: return Look(foreground: light ? 28 : 70, attributes: .bold)  // green
        case .place: return Look(foreground: light ? 127 : 170, attributes: [.bold, .underline])  // magenta
        case .other: return Look(foreground: light ? 130 : 173, attributes: .italic)  // brown-orange
        case .heading: return Look(foreground: light ? 94 : 179, attributes: .bold)
        case .dim, .border: return Look(foreground: light ? 245 : 244)
        case .selected: return Look(foreground: light ? 232 : 255, background: light ? 252 : 238)
        case .searchHit: return Look(foreground: 232, background: 220)
        case .jumped: return Look(foreground: 232, background: light ? 153 : 117)
        case .unread: return Look(foreground: light ? 25 : 39, attributes: .bold)
        default: return plain(style)
        }
    }

    /// Every style in colour order, each with a colour pair number (1…) when it has colour.
    var pairs: [(style: Style, pair: Int16, look: Look)] {
        Style.allCases.filter { self[$0].hasColor }.enumerated().map { (Int16($0.offset + 1), $0.element) }
            .map { (style: $0.1, pair: $0.0, look: self[$0.1]) }
    }
}
