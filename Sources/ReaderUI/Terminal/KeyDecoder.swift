import CNcurses
import ReaderModel

/// Turns what `wget_wch` returns into reader keys.
enum KeyDecoder {
    /// Ctrl-Z: handled by the terminal layer (suspend), not the reader.
    static let suspend = Key.control("z")

    /// A key from a function-key code (`isFunctionKey`) or a character code.
    static func decode(code: UInt32, isFunctionKey: Bool, width: () -> Int, height: () -> Int) -> Key? {
        if isFunctionKey {
            switch Int32(code) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_BACKSPACE: return .backspace
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backTab
            case KEY_RESIZE: return .resize(width: width(), height: height())
            default: return nil
            }
        }
        return decode(character: code)
    }

    /// A key from a character code: control characters become named keys.
    static func decode(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
