/// The analysis cache's hash and records take an article's code points as `[Unicode.Scalar]`;
/// these give them a `ScalarText`, widened for the call only (one article at a time), so the
/// hash of a text is what it was before text was stored compactly.
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

extension ArticleCodec {
    static func encode(_ a: ArticleAnalysis, scalars: ScalarText, into w: inout ByteWriter) {
        encode(a, scalars: scalars.array, into: &w)
    }

    static func decode(_ r: inout ByteReader, scalars: ScalarText) throws -> ArticleAnalysis {
        try decode(&r, scalars: scalars.array)
    }
}
