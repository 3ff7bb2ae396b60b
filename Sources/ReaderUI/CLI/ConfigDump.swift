import ReaderModel

/// `dossier --dump-config`: every default, as a configuration file would set it.
enum ConfigDump {
    static func text(configFile: String) -> String {
        var lines = [
            "# Dossier configuration: every default. Put the lines you change in",
            "# \(configFile) (or a file given with -C FILE).",
            "# Commands: bind KEY ACTION, unbind KEY, color ELEMENT FG BG [ATTR…], set OPTION VALUE, include FILE.",
            "",
            "# Keys: a character, Space Enter Tab S-Tab Esc Backspace Up Down Left Right PgUp PgDn Home End, C-x (Ctrl-x).",
        ]
        let width = 24
        for action in ReaderAction.all {
            for key in [action.key] + action.alsoKeys {
                let line = "bind \(KeyName.name(key)) \(action.name)"
                lines.append(line + String(repeating: " ", count: max(1, width - line.count)) + "# " + action.help)
            }
        }
        lines += [
            "",
            "# Colours: a name (default black red green yellow blue magenta cyan white) or 0-255;",
            "# attributes: " + ReaderConfig.attributeNames.joined(separator: " ") + ". As drawn on a 256-colour terminal with a dark background:",
        ]
        lines += Palette(depth: .many).configLines
        lines += ["", "# Options."] + ReaderSettings().lines
        return lines.joined(separator: "\n")
    }
}
