/// Where an article's words (its word and number tokens) stand, packed for the search index:
/// for each word, the gap from the previous word's end to its start and its length, as
/// variable-length integers (two bytes a word for most text, against 32 for a kept token).
struct WordOffsets: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// How many words.
    private(set) var count = 0
    /// How many tokens of every kind: the article's length for ranking.
    private(set) var tokenCount = 0

    init() {}

    /// The words of `tokens`, and their number.
    init(_ tokens: [Token]) {
        tokenCount = tokens.count
        bytes.reserveCapacity(tokens.count * 2)
        var previousEnd = 0
        for t in tokens where t.kind == .word || t.kind == .number {
            VarInt.put(max(0, t.start - previousEnd), into: &bytes)
            VarInt.put(max(0, t.end - t.start), into: &bytes)
            previousEnd = t.end
            count += 1
        }
        bytes = bytes.withUnsafeBufferPointer { Array($0) }  // no spare capacity kept (`Array(bytes)` is the same buffer)
    }

    /// Every word's code-point range, in text order.
    func ranges() -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(count)
        var i = 0, end = 0
        while i < bytes.count {
            let start = end + VarInt.take(bytes, &i)
            end = start + VarInt.take(bytes, &i)
            out.append(start..<end)
        }
        return out
    }

    /// The range of word `k`.
    func range(_ k: Int) -> Range<Int> {
        var i = 0, end = 0, w = 0
        while i < bytes.count {
            let start = end + VarInt.take(bytes, &i)
            end = start + VarInt.take(bytes, &i)
            if w == k { return start..<end }
            w += 1
        }
        preconditionFailure("word \(k) of \(count)")
    }
}
