import Foundation

/// Options of `set OPTION VALUE`.
public struct ReaderSettings: Sendable, Equatable {
    /// Relative widths of the list, article and sidebar panes (`set pane-ratios 2:6:3`).
    public var paneRatios: [Int] = [2, 6, 3]
    /// Longest article line in columns; 0 fills the pane (`set wrap-width 72`).
    public var wrapWidth = 0
    /// The list's order at start (`set default-sort date`).
    public var listOrder: ArticleList.Order = .folder
    /// Which articles the list shows at start (`set list-show unread`, or `set show-unread-only yes`).
    public var listShow: ArticleList.Show = .all
    /// The configuration's bindings as the help lists them (not an option of `set`).
    public var boundKeys: [HelpText.Entry] = []

    public init() {}

    /// Every option with its value, as `set` lines.
    public var lines: [String] {
        ["set pane-ratios " + paneRatios.map(String.init).joined(separator: ":"), "set wrap-width \(wrapWidth)",
         "set default-sort \(listOrder.rawValue)", "set list-show \(listShow.rawValue)"]
    }

    /// Sets an option from its text; a message when the name or value is not understood.
    mutating func set(_ option: String, _ value: String) -> String? {
        switch option.lowercased() {
        case "pane-ratios":
            let parts = value.split(separator: ":").map { Int($0) }
            guard parts.count == 3, parts.allSatisfy({ ($0 ?? 0) >= 1 && ($0 ?? 0) <= 100 }) else {
                return "pane-ratios takes three whole numbers from 1 to 100, as 2:6:3"
            }
            paneRatios = parts.map { $0! }
        case "wrap-width":
            guard let n = Int(value), n == 0 || (20...1000).contains(n) else { return "wrap-width takes 0 (the pane's width) or 20 to 1000" }
            wrapWidth = n
        case "default-sort":
            guard let order = ArticleList.Order(rawValue: value.lowercased()) else { return "default-sort takes folder, date or title" }
            listOrder = order
        case "list-show":
            guard let show = ArticleList.Show(rawValue: value.lowercased()) else { return "list-show takes all, unread or starred" }
            listShow = show
        case "show-unread-only":
            switch value.lowercased() {
            case "yes", "true", "on": listShow = .unread
            case "no", "false", "off": listShow = .all
            default: return "show-unread-only takes yes or no"
            }
        default:
            return "unknown option '\(TextSanitizer.clean(option))'; options: pane-ratios, wrap-width, default-sort, list-show, show-unread-only"
        }
        return nil
    }
}

/// How one screen element is drawn, from `color ELEMENT FG BG [ATTR…]`.
public struct ColorSetting: Sendable, Equatable {
    public var element: Style
    /// Terminal colour numbers; -1 is the terminal's default.
    public var foreground: Int16
    public var background: Int16
    /// Of bold, underline, reverse, dim, italic.
    public var attributes: [String]
}

/// A line of a configuration file that was not used, and why.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// The reader's configuration, newsboat/tig style: one command a line, `#` comments.
///
///     bind KEY ACTION        unbind KEY
///     color ELEMENT FOREGROUND BACKGROUND [bold underline reverse dim italic]
///     set OPTION VALUE       include FILE
///
/// A line that is not understood is reported with its file and number and the default kept.
public struct ReaderConfig: Sendable {
    /// Keys bound (or unbound, with a nil action) in file order; later lines win.
    public var bindings: [(key: Key, action: ReaderAction?)] = []
    public var colors: [ColorSetting] = []
    public var settings = ReaderSettings()
    public var problems: [ConfigProblem] = []

    public init() {}

    public static let colorNames: [String: Int16] = [
        "default": -1, "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
    ]
    public static let attributeNames = ["bold", "underline", "reverse", "dim", "italic"]

    /// The element name of a style: `search-hit` for `.searchHit`.
    public static func elementName(_ style: Style) -> String {
        var name = ""
        for c in String(describing: style) {
            if c.isUppercase { name += "-" + c.lowercased() } else { name.append(c) }
        }
        return name
    }

    /// Reads a configuration file and what it includes. `read` gives a file's text (nil when
    /// it cannot be read); `home` expands a leading `~/` in included paths.
    public static func load(path: String, home: String, read: (String) -> String?) -> ReaderConfig {
        var config = ReaderConfig()
        config.include(path, from: nil, home: home, read: read, depth: 0)
        return config
    }

    mutating func include(_ path: String, from: (file: String, line: Int)?, home: String, read: (String) -> String?, depth: Int) {
        guard depth < 8 else {
            if let from { problems.append(ConfigProblem(file: from.file, line: from.line, message: "include nested too deep (a loop?): \(path)")) }
            return
        }
        guard let text = read(path) else {
            if let from { problems.append(ConfigProblem(file: from.file, line: from.line, message: "cannot read included file \(path)")) }
            else { problems.append(ConfigProblem(file: path, line: 0, message: "cannot read the configuration file")) }
            return
        }
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let command = words.first, !command.hasPrefix("#") else { continue }
            // A comment may end a line: `bind x quit  # leave`.
            var args = Array(words.dropFirst())
            if let hash = args.firstIndex(where: { $0.hasPrefix("#") }), hash > 0 || command != "bind" { args = Array(args[..<hash]) }
            if let message = apply(command.lowercased(), args, file: path, home: home, read: read, line: i + 1, depth: depth) {
                problems.append(ConfigProblem(file: path, line: i + 1, message: message))
            }
        }
    }

    mutating func apply(_ command: String, _ args: [String], file: String, home: String, read: (String) -> String?, line: Int, depth: Int) -> String? {
        switch command {
        case "bind":
            guard args.count == 2 else { return "bind takes a key and an action: bind x quit" }
            guard let key = KeyName.key(args[0]) else { return "unknown key '\(TextSanitizer.clean(args[0]))'" }
            guard let action = ReaderAction.named(args[1]) else { return "unknown action '\(TextSanitizer.clean(args[1]))' (dossier --dump-config lists them)" }
            bindings.append((key, action))
        case "unbind":
            guard args.count == 1, let key = KeyName.key(args[0]) else { return "unbind takes one key: unbind x" }
            bindings.append((key, nil))
        case "color", "colour":
            guard args.count >= 3 else { return "color takes an element, a foreground and a background: color person red default bold" }
            guard let element = Style.allCases.first(where: { Self.elementName($0) == args[0].lowercased() }) else {
                return "unknown element '\(TextSanitizer.clean(args[0]))'; elements: " + Style.allCases.map(Self.elementName).joined(separator: ", ")
            }
            guard let fg = Self.color(args[1]) else { return "unknown colour '\(TextSanitizer.clean(args[1]))' (a name, default, or 0–255)" }
            guard let bg = Self.color(args[2]) else { return "unknown colour '\(TextSanitizer.clean(args[2]))' (a name, default, or 0–255)" }
            let attributes = args.dropFirst(3).map { $0.lowercased() }
            if let bad = attributes.first(where: { !Self.attributeNames.contains($0) }) {
                return "unknown attribute '\(TextSanitizer.clean(bad))'; attributes: " + Self.attributeNames.joined(separator: ", ")
            }
            colors.append(ColorSetting(element: element, foreground: fg, background: bg, attributes: attributes))
        case "set":
            guard args.count == 2 else { return "set takes an option and a value: set wrap-width 72" }
            return settings.set(args[0], args[1])
        case "include":
            guard args.count == 1 else { return "include takes one file" }
            var target = args[0]
            if target.hasPrefix("~/") { target = (home as NSString).appendingPathComponent(String(target.dropFirst(2))) }
            if !target.hasPrefix("/") { target = ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target) }
            include(target, from: (file, line), home: home, read: read, depth: depth + 1)
        default:
            return "unknown command '\(TextSanitizer.clean(command))'; commands: bind, unbind, color, set, include"
        }
        return nil
    }

    /// A colour: a name, `default`, a number 0–255, or `colorN`.
    static func color(_ text: String) -> Int16? {
        let lower = text.lowercased()
        if let named = colorNames[lower] { return named }
        let digits = lower.hasPrefix("color") ? String(lower.dropFirst(5)) : lower
        if let n = Int16(digits), (0...255).contains(n) { return n }
        return nil
    }

    /// The keys bound by the configuration, for the help: "x  quit".
    public var helpEntries: [HelpText.Entry] {
        var seen: [Key] = []
        var entries: [HelpText.Entry] = []
        for binding in bindings.reversed() where !seen.contains(binding.key) {
            seen.append(binding.key)
            entries.insert(HelpText.Entry(KeyName.name(binding.key), binding.action?.name ?? "(unbound)"), at: 0)
        }
        return entries
    }

    /// What a key does under this configuration: the key of the action it is bound to, the key
    /// itself when unbound here, nil when unbound by `unbind`.
    public func translate(_ key: Key) -> Key? {
        guard let binding = bindings.last(where: { $0.key == key }) else { return key }
        return binding.action?.key
    }

    /// The keys that do an action under this configuration: its defaults unless rebound, and those bound to it.
    public func keys(for action: ReaderAction) -> [Key] {
        let defaults = ([action.key] + action.alsoKeys).filter { translate($0) == $0 }
        let bound = bindings.map(\.key).filter { k in translate(k) == action.key && !defaults.contains(k) }
        var seen: [Key] = []
        for k in defaults + bound where !seen.contains(k) { seen.append(k) }
        return seen
    }
}
