/// A key press, decoded by the terminal layer.
public enum Key: Sendable, Equatable {
    case character(Character)
    /// Control plus a letter: `.control("d")` is Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case resize(width: Int, height: Int)
}
