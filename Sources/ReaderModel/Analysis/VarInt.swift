/// Unsigned integers in 7-bit groups, low group first, the high bit set on every byte but the
/// last: small numbers (offsets, gaps between postings) take one or two bytes.
enum VarInt {
    /// Appends `value` (≥ 0) to `bytes`.
    static func put(_ value: Int, into bytes: inout [UInt8]) {
        var v = UInt(value)
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    /// Reads the number that starts at `i` and moves `i` past it.
    static func take(_ bytes: [UInt8], _ i: inout Int) -> Int {
        var v = 0, shift = 0
        while true {
            let b = bytes[i]
            i += 1
            v |= Int(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }
}
