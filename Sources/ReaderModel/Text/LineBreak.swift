/// Line breaks as written: LF, CR alone (old Mac files), CRLF, and the Unicode line and
/// paragraph separators. The stored text keeps them; only where lines end is decided here.
public enum LineBreak {
    /// Whether the scalar at `i` ends a line. In CRLF the LF ends the line; the CR stays
    /// inside it and draws as nothing.
    @inline(__always)
    public static func ends<Text: RandomAccessCollection>(_ scalars: Text, at i: Int) -> Bool
    where Text.Element == Unicode.Scalar, Text.Index == Int {
        switch scalars[i].value {
        case 0x0A, 0x2028, 0x2029: return true
        case 0x0D: return i + 1 >= scalars.count || scalars[i + 1] != "\n"
        default: return false
        }
    }
}
