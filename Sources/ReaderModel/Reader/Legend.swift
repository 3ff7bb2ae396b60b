/// The key to the entity colours: each type's name written in the style it is shown in.
public enum Legend {
    public static let long: [(String, Style)] = [("person", .person), ("organization", .organization), ("place", .place), ("other", .other)]
    public static let short: [(String, Style)] = [("person", .person), ("org", .organization), ("place", .place), ("other", .other)]

    /// The key to the list's marks, each mark in the style the list draws it in.
    public static let marks: [(String, Style)] = [("•", .unread), ("unread ", .bar), ("*", .bar), ("starred ", .bar), ("✎", .bar), ("note", .bar)]
    /// Without the note's mark, for 80 columns.
    public static let marksShort: [(String, Style)] = [("•", .unread), ("unread ", .bar), ("*", .bar), ("starred", .bar)]

    /// Cells the key takes, one space between names.
    public static func width(_ items: [(String, Style)]) -> Int {
        items.reduce(0) { $0 + DisplayWidth.of($1.0) } + max(0, items.count - 1)
    }

    /// Draws the key from a column; returns the column after it.
    @discardableResult
    public static func draw(_ items: [(String, Style)], on frame: inout Frame, row: Int, column: Int, gap: Style = .bar) -> Int {
        var c = column
        for (i, (name, style)) in items.enumerated() {
            if i > 0 { c = frame.put(" ", row: row, column: c, style: gap) }
            c = frame.put(name, row: row, column: c, style: style)
        }
        return c
    }
}
