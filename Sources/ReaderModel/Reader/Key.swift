/// A key press, decoded by the terminal layer.
public enum Key: Sendable, Equatable {
    case character(Character)
    /// Control plus a letter: `.control("d")` is Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

/// A mouse event at a screen cell.
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case click, doubleClick, wheelUp, wheelDown }
    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}
