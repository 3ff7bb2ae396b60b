/// Key names as the configuration file writes them: `x`, `Space`, `Enter`, `Tab`, `S-Tab`,
/// `Esc`, `Backspace`, `Up` `Down` `Left` `Right`, `PgUp` `PgDn`, `Home` `End`, `C-x` (also `^x`, `Ctrl-x`).
public enum KeyName {
    static let named: [(String, Key)] = [
        ("Space", .character(" ")), ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Esc", .escape),
        ("Backspace", .backspace), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
    ]
    static let synonyms: [String: Key] = [
        "return": .enter, "backtab": .backTab, "shift-tab": .backTab, "escape": .escape, "bs": .backspace,
        "pageup": .pageUp, "pagedown": .pageDown, "space": .character(" "),
    ]

    /// The key a name stands for, or nil.
    public static func key(_ name: String) -> Key? {
        if name.count == 1, let c = name.first, c.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) { return .character(c) }
        let lower = name.lowercased()
        if let (_, key) = named.first(where: { $0.0.lowercased() == lower }) { return key }
        if let key = synonyms[lower] { return key }
        for prefix in ["c-", "^", "ctrl-", "ctrl+"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            let c = lower.last!
            // Ctrl-/ is what most terminals send as 0x1F.
            if c.isLetter && c.isASCII || c == "/" { return .control(c) }
        }
        return nil
    }

    /// The name of a key, as `key(_:)` reads it.
    public static func name(_ key: Key) -> String {
        if let (name, _) = named.first(where: { $0.1 == key }) { return name }
        switch key {
        case .character(let c): return String(c)
        case .control(let c): return "C-\(c)"
        default: return "?"
        }
    }
}
