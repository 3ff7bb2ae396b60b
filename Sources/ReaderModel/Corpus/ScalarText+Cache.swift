/// The analysis cache hashes an article's code points as 4-byte values; a `ScalarText` is
/// widened for the call only (one article at a time), so a text's hash is what it was before
/// text was stored compactly.
extension ContentHash {
    /// The code points of a text, hashed as 4-byte values.
    public mutating func add(scalars: ScalarText) {
        if scalars.width == 4 {
            scalars.withUnsafeBytes { add(bytes: $0) }
        } else {
            add(scalars: scalars.array)
        }
    }
}
