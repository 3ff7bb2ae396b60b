/// Where one word stands in the collection — (article, word index) pairs in ascending order —
/// packed as variable-length integers: 1–3 bytes a posting where a pair of 32-bit integers
/// took 8 (the postings are the search index's bulk: one for every word of every article).
///
/// Each posting is one integer: the gap from the previous word of the same article, shifted
/// left one bit (flag 0); or, for the first posting in an article, the gap from the previous
/// article shifted left with flag 1, followed by the word index itself. Every 64th article
/// is also noted in a skip table, so one article's positions are found without reading the
/// list from its start.
struct PostingList: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// For every `skipEvery`-th article record: the article before it and where the record starts.
    private var skips: [(previous: Int32, offset: Int)] = []
    /// Postings in the list.
    private(set) var count = 0
    private var articles = 0
    private var lastDocument = -1
    private var lastWord = -1

    static let skipEvery = 64

    /// Bytes the postings take.
    var byteCount: Int { bytes.count }

    init() {}

    /// Appends a posting; `(document, word)` must come after every posting already in.
    mutating func append(document: Int, word: Int) {
        if document != lastDocument {
            precondition(document > lastDocument, "postings in article order")
            if articles % Self.skipEvery == 0, articles > 0 { skips.append((Int32(lastDocument), bytes.count)) }
            VarInt.put((document - lastDocument) << 1 | 1, into: &bytes)
            VarInt.put(word, into: &bytes)
            lastDocument = document
            articles += 1
        } else {
            precondition(word > lastWord, "postings in word order")
            VarInt.put((word - lastWord) << 1, into: &bytes)
        }
        lastWord = word
        count += 1
    }

    /// The same list without spare room (a list grown by appending keeps up to half its room spare).
    func trimmed() -> PostingList {
        var copy = self
        copy.bytes = bytes.withUnsafeBufferPointer { Array($0) }
        copy.skips = skips.withUnsafeBufferPointer { Array($0) }
        return copy
    }

    /// Word indices of the word in article `d`, ascending.
    func words(in d: Int) -> [Int] {
        // The last skip point before `d`: no record of `d` can come earlier.
        var lo = 0, hi = skips.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(skips[mid].previous) < d { lo = mid + 1 } else { hi = mid } }
        var cursor = lo == 0 ? Cursor(self) : Cursor(self, at: Int(skips[lo - 1].offset), after: Int(skips[lo - 1].previous))
        return cursor.words(in: d)
    }

    /// Reads a list forward, article by article.
    struct Cursor {
        let list: PostingList
        private var i: Int
        private var document: Int
        private var word: Int
        /// The next posting, read ahead; nil at the end.
        private var next: (document: Int, word: Int)?

        init(_ list: PostingList) { self.init(list, at: 0, after: -1) }

        init(_ list: PostingList, at offset: Int, after previous: Int) {
            self.list = list
            i = offset
            document = previous
            next = nil
            word = -1
            advance()
        }

        private mutating func advance() {
            guard i < list.bytes.count else { next = nil; return }
            let v = VarInt.take(list.bytes, &i)
            if v & 1 == 1 {
                document += v >> 1
                word = VarInt.take(list.bytes, &i)
            } else {
                word += v >> 1
            }
            next = (document, word)
        }

        /// The next posting, or nil at the end.
        mutating func nextPosting() -> (document: Int, word: Int)? {
            let current = next
            if current != nil { advance() }
            return current
        }

        /// Word indices in article `d`, ascending; articles before `d` are passed over. Asked
        /// with ascending articles (a cursor only moves forward).
        mutating func words(in d: Int) -> [Int] {
            while let n = next, n.document < d { advance() }
            var out: [Int] = []
            while let n = next, n.document == d { out.append(n.word); advance() }
            return out
        }
    }

    static func == (a: PostingList, b: PostingList) -> Bool { a.count == b.count && a.bytes == b.bytes }
}

extension PostingList: Sequence {
    /// Every posting in order.
    struct Iterator: IteratorProtocol {
        var cursor: Cursor
        mutating func next() -> (document: Int, word: Int)? { cursor.nextPosting() }
    }

    func makeIterator() -> Iterator { Iterator(cursor: Cursor(self)) }
}
