import Testing
@testable import ReaderModel

/// The packed postings give back exactly the (article, word) pairs put in.
@Suite struct PostingListTests {
    /// Random ascending postings: articles far apart and close, words up to long articles'.
    static func randomPostings(_ random: inout SplitMix) -> [(document: Int, word: Int)] {
        var out: [(document: Int, word: Int)] = []
        var document = random.next(3) == 0 ? 0 : random.next(100_000)
        for _ in 0..<(1 + random.next(400)) {
            var word = random.next(2) == 0 ? random.next(5) : random.next(70_000)
            for _ in 0..<(1 + random.next(6)) {
                out.append((document, word))
                word += 1 + (random.next(4) == 0 ? random.next(20_000) : random.next(3))
            }
            document += 1 + (random.next(5) == 0 ? random.next(300_000) : random.next(3))
        }
        return out
    }

    @Test func packedPostingsReadBackAsPut() {
        var random = SplitMix(seed: 11)
        for _ in 0..<200 {
            let postings = Self.randomPostings(&random)
            var list = PostingList()
            for p in postings { list.append(document: p.document, word: p.word) }
            for packed in [list, list.trimmed()] {
                #expect(packed.count == postings.count)
                #expect(packed.map { [$0.document, $0.word] } == postings.map { [$0.document, $0.word] })
                // One article's words, through the skip table, for articles in the list and between them.
                let articles = Set(postings.map(\.document))
                for d in Array(articles) + [postings[0].document - 1, postings.last!.document + 1, postings[0].document + 2] {
                    #expect(packed.words(in: d) == postings.filter { $0.document == d }.map(\.word), "article \(d)")
                }
                // A cursor asked for ascending articles, some absent.
                var cursor = PostingList.Cursor(packed)
                for d in articles.sorted() where d % 3 != 0 {
                    #expect(cursor.words(in: d) == postings.filter { $0.document == d }.map(\.word))
                }
            }
            #expect(list == list.trimmed())
        }
    }

    @Test func aPostingTakesFewBytes() {
        // Ten articles of 400 words, one word at every fourth place: one byte a posting, and a few for each article.
        var list = PostingList()
        for d in 0..<10 { for w in stride(from: 0, to: 400, by: 4) { list.append(document: d, word: w) } }
        #expect(list.count == 1000)
        #expect(list.byteCount < 1100)
    }
}
