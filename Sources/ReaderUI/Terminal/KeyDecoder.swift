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
        // Ctrl-/ arrives as 0x1F (Ctrl-_) on most terminals.
        case 31: return .control("/")
        case 0, 28...30: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A mouse event from the shim's code: 1 click, 2 double click, 3 wheel up, 4 wheel down.
    static func mouse(kind: Int32, row: Int32, column: Int32) -> Key? {
        let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
        guard let k = kinds[kind] else { return nil }
        return .mouse(MouseEvent(k, row: Int(row), column: Int(column)))
    }

    // MARK: - Escape sequences curses does not know

    /// True once the characters read after an ESC form a whole sequence: a CSI (`[` …
    /// final byte), an SS3 (`O` and one more), or Alt plus one key.
    static func isComplete(afterEscape seq: [UInt32]) -> Bool {
        guard let first = seq.first else { return false }
        switch first {
        case 0x5B:  // [
            // Parameters and intermediates are 0x20–0x3F; a final byte 0x40–0x7E ends it.
            // "[<" starts an SGR mouse report, which ends in M or m like any final byte.
            return seq.count >= 2 && (0x40...0x7E).contains(seq.last!) && !(seq.count == 2 && seq[1] == 0x5B)
                || seq.count == 3 && seq[1] == 0x5B  // Linux console F1–F5: ESC [ [ A
        case 0x4F:  // O
            return seq.count >= 2
        default:
            return true
        }
    }

    /// The key for a whole sequence after ESC; nil for one the reader has no use for, which
    /// is consumed rather than read as separate keys. An empty sequence is Esc itself.
    static func decode(afterEscape seq: [UInt32]) -> Key? {
        guard let first = seq.first else { return .escape }
        let text = String(String.UnicodeScalarView(seq.compactMap(Unicode.Scalar.init)))
        if first == 0x5B || first == 0x4F {
            switch text.dropFirst() {
            case "A": return .up
            case "B": return .down
            case "C": return .right
            case "D": return .left
            case "H", "1~", "7~": return .home
            case "F", "4~", "8~": return .end
            case "5~": return .pageUp
            case "6~": return .pageDown
            case "Z": return .backTab
            case "3~": return nil  // Delete
            default: return nil
            }
        }
        // Alt plus a key: no binding uses Alt, and the key must not act on its own.
        return nil
    }
}
