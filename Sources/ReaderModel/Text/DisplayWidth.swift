/// Terminal cell widths of text, as wcwidth measures them: combining marks take no
/// cell, East Asian wide characters and emoji take two.
public enum DisplayWidth {
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Cells one scalar takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v >= 0x20 && v != 0x7F && !(0x80..<0xA0).contains(v) ? 1 : 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B || (0x1F3FB...0x1F3FF).contains(v) { return 0 }
        var lo = 0, hi = wide.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < wide[mid].lowerBound { hi = mid - 1 } else if v > wide[mid].upperBound { lo = mid + 1 } else { return 2 }
        }
        return 1
    }

    /// Cells a string takes, by grapheme cluster: marks join their base, and an emoji
    /// joined by a zero-width joiner takes no cell of its own.
    public static func of(_ text: String) -> Int { of(cluster: text.unicodeScalars) }

    /// Cells a run of scalars takes — one grapheme cluster, or several — as a terminal draws
    /// them: a base and its combining marks take the base's cells; an emoji ZWJ sequence takes
    /// its first emoji's two; a flag (two regional indicators) two; variation selectors and
    /// joiners none. Spacing marks (Devanagari vowel signs) keep the cell wcwidth gives them.
    public static func of<C: Collection>(cluster scalars: C) -> Int where C.Element == Unicode.Scalar {
        var total = 0
        var afterJoiner = false
        for s in scalars {
            if afterJoiner { afterJoiner = false; continue }
            if s.value == 0x200D { afterJoiner = true; continue }
            total += of(s)
        }
        return total
    }

    /// True for a zero-width scalar that belongs to the character before it (a combining
    /// mark, a variation selector, a zero-width joiner), so it is drawn in that character's cell.
    public static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return false }
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        if (0x1160...0x11FF).contains(v) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The longest prefix that fits in `width` cells, with "…" when cut; never cut inside a
    /// grapheme cluster.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = String.UnicodeScalarView()
        var used = 0
        for character in text {
            let w = of(cluster: character.unicodeScalars)
            if used + w > width - 1 { break }
            out.append(contentsOf: character.unicodeScalars)
            used += w
        }
        return String(out) + "…"
    }
}
