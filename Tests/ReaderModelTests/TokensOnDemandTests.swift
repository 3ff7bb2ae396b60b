import Foundation
import Testing
@testable import ReaderModel

/// Tokens are no longer kept by the analysis: each stage makes them again from the article's
/// text. These tests hold the stages to what they gave when every article kept its tokens.
@Suite struct TokensOnDemandTests {
    static let seeds = Analysis(corpus: CorpusLoader().loadBundled())

    /// A small collection with what packing word offsets must survive: long gaps and words,
    /// possessives, punctuation inside phrases, accents, numbers, a furniture cut.
    static let mixed: Analysis = {
        let parser = DocumentParser(furnitureMarkers: Knowledge.bundled.furniture)
        let texts = [
            "Talks in Baghdad\n\nIraq’s prime minister met the Popular Mobilization Forces in Baghdad on 5 January 2020. The prime minister, Adil Abdul-Mahdi, said: “the prime minister’s office will speak.”",
            "Strike near Erbil\n\n" + String(repeating: " ", count: 300) + "A drone struck near Erbil. " + String(repeating: "x", count: 200)
                + " Kata’ib Hezbollah denied it; Kataib Hizbullah’s statement named the Prime-Minister. Café Zürich, 12 troops.",
            "Vote\n\nThe Iraqi parliament voted. prime. minister. Prime Minister Abdul-Mahdi welcomed the vote of the parliament.",
        ]
        let documents = texts.enumerated().map { i, text in parser.parse(Document(id: "m\(i).txt", text: text)) }
        return Analysis(corpus: Corpus(name: "mixed", documents: documents))
    }()

    @Test func tokensMadeAgainAreTheOnesTheAnalysisRead() {
        for analysis in [Self.seeds, Self.mixed] {
            let splitter = SentenceSplitter(abbreviations: Knowledge.bundled.abbreviations)
            for d in analysis.documents.indices {
                let doc = analysis.documents[d].document
                let again = analysis.tokens(of: d)
                let original = splitter.mark(Tokenizer.tokenize(doc.scalars, in: 0..<doc.analysedEnd))
                #expect(again.tokens == original.tokens && again.sentenceStarts == original.sentenceStarts)
                #expect(!again.tokens.isEmpty)
                // Every mention's token range, found when the article was analysed, spans its text.
                for m in analysis.documents[d].mentions {
                    #expect(m.tokens.upperBound <= again.tokens.count)
                    #expect(again.tokens[m.tokens.lowerBound].start == m.start && again.tokens[m.tokens.upperBound - 1].end == m.end,
                            "\(doc.id): \(m.text)")
                }
            }
        }
    }

    @Test func anAnalysisFromTheCacheGivesTheSameTokensEventsAndExport() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tokens-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for doc in CorpusLoader().loadBundled().documents {
            try Data(doc.text.utf8).write(to: folder.appendingPathComponent(doc.id))
        }
        let corpus = try CorpusLoader().load(paths: [folder.path])
        let directory = root.appendingPathComponent("cache")
        let cold = AnalysisCache(collection: [folder.path], directory: directory)
        let fresh = Analysis(corpus: corpus, cache: cold)
        try cold.save(documents: corpus.documents)
        let warm = AnalysisCache(collection: [folder.path], directory: directory)
        let cached = Analysis(corpus: corpus, cache: warm)
        #expect(warm.hits == corpus.documents.count && warm.misses == 0)
        for d in corpus.documents.indices { #expect(cached.tokens(of: d) == fresh.tokens(of: d)) }
        #expect(!fresh.events.isEmpty)
        #expect(ExportFormat(cached) == ExportFormat(fresh))
        #expect(ExportFormat(fresh) == ExportFormat(Analysis(corpus: corpus)))
    }

    @Test func aProvisionalAnalysisHasTokensOnlyForTheArticlesAnalysedSoFar() {
        let corpus = CorpusLoader().loadBundled()
        let provisional = Analysis.provisional(corpus: corpus, analysed: [1: ArticleAnalyzer().analyse(corpus.documents[1])])
        for d in corpus.documents.indices {
            #expect(provisional.tokens(of: d).tokens.isEmpty == (d != 1))
            #expect(provisional.unmarkedTokens(of: d).isEmpty == (d != 1))
        }
        #expect(provisional.tokens(of: 1) == Self.seeds.tokens(of: 1))
        // The first screen's index covers only what was analysed, as when unanalysed articles had no tokens.
        let index = SearchIndex(provisional)
        let hits = index.text("the", limit: 10_000)
        #expect(!hits.isEmpty && hits.allSatisfy { if case .text(1, _) = $0 { true } else { false } })
        #expect(provisional.wordCount == Self.seeds.unmarkedTokens(of: 1).filter { $0.kind == .word }.count)
    }

    @Test func aSparseVectorHoldsWhatItsDictionaryHeld() {
        let dictionary: [Int: Double] = [40: 0.5, 3: 1.25, 17: -2, 1_000_000: 3]
        let v = SparseVector(dictionary)
        #expect(v.count == 4 && v.map(\.key) == [3, 17, 40, 1_000_000])
        for (k, x) in dictionary { #expect(v[k] == x) }
        for k in [0, 4, 39, 41, 999_999, 2_000_000] { #expect(v[k] == nil) }
        #expect(SparseVector([:])[3] == nil && SparseVector([:]).count == 0)
        // Related articles over the seeds: every article has neighbours, their reasons shared entities.
        let related = Relatedness(Self.seeds)
        for d in Self.seeds.documents.indices {
            let neighbors = related.neighbors(of: d)
            #expect(!neighbors.isEmpty)
            for n in neighbors {
                let mine = Set(Self.seeds.documents[d].entityOfMention), theirs = Set(Self.seeds.documents[n.document].entityOfMention)
                #expect(n.because.allSatisfy { mine.contains($0) && theirs.contains($0) })
            }
        }
    }

    @Test func packedWordOffsetsGiveBackEveryWordsRange() {
        for analysis in [Self.seeds, Self.mixed] {
            for d in analysis.documents.indices {
                let tokens = analysis.tokens(of: d).tokens
                let words = tokens.filter { $0.kind == .word || $0.kind == .number }.map { $0.start..<$0.end }
                let packed = WordOffsets(tokens)
                #expect(packed.count == words.count && packed.tokenCount == tokens.count)
                #expect(packed.ranges() == words)
                for k in [0, words.count / 2, words.count - 1] where k >= 0 { #expect(packed.range(k) == words[k]) }
            }
        }
        // Gaps and words past 127 code points take more than one byte each.
        let long = Document(id: "l.txt", text: String(repeating: " ", count: 20_000) + "word" + String(repeating: "y", count: 300) + " end")
        let tokens = Tokenizer.tokenize(long.scalars)
        #expect(WordOffsets(tokens).ranges() == [20_000..<20_304, 20_305..<20_308])
    }

    static let queries = ["the", "Soleimani", "soleimani", "prime minister", "\"prime minister\"", "minister prime", "Iraq’s",
                          "iraq", "al-Muhandis", "kata'ib hezbollah", "kataib", "\"popular mobilization forces\"", "2020",
                          "12 troops", "cafe zurich", "nothing-matches-this", "\"the\"", "the prime", "abdul mahdi", "x"]

    @Test func distinctiveWordsAreThoseOfCountsKeptAsStringsForEveryArticle() {
        // More articles than one counting chunk, so words meet across chunks: the seeds, and
        // articles of words drawn from a vocabulary of 3,000 (each in a dozen articles or so).
        var documents = CorpusLoader().loadBundled().documents + Self.mixed.corpus.documents
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        func word(_ k: Int) -> String { String(String.UnicodeScalarView((0..<4).map { Unicode.Scalar(UInt8(97 + (k / [1, 26, 676, 17_576][$0]) % 26)) })) }
        for i in 0..<(TermCounts.chunk + 100) {
            let words = (0..<60).map { _ in word(next(3000) * 7 + 17_576) }
            documents.append(Document(id: "w\(i).txt", text: "Article \(i)\n\n" + words.joined(separator: " ") + "."))
        }
        #expect(documents.count > TermCounts.chunk)
        let analysis = Analysis(corpus: Corpus(name: "copies", documents: documents), events: false)
        let (vectors, postings, words) = Relatedness.distinctiveWords(analysis, perDocument: 25)
        let (expectedVectors, expectedPostings, expectedWords) = Self.distinctiveWordsFromStrings(analysis, perDocument: 25)
        #expect(words == expectedWords && postings == expectedPostings && vectors == expectedVectors)
        #expect(!words.isEmpty && vectors.allSatisfy { !$0.isEmpty })
        // Sanity of the small one too: its words are in its articles.
        let small = Relatedness.distinctiveWords(Self.mixed)
        #expect(small == Self.distinctiveWordsFromStrings(Self.mixed, perDocument: 25))
    }

    /// Distinctive words as they were found when every article's counts were kept as strings.
    static func distinctiveWordsFromStrings(_ analysis: Analysis, perDocument: Int) -> ([[Int: Double]], [[Int]], [String]) {
        let n = analysis.documents.count
        let termCounts: [[String: Double]] = analysis.documents.indices.map { d in
            var counts: [String: Double] = [:]
            for token in analysis.tokens(of: d).tokens where token.kind == .word && !token.isCapitalized && token.text.utf8.count >= 4 {
                counts[token.text, default: 0] += 1
            }
            return counts
        }
        var df: [String: Int] = [:]
        for counts in termCounts { for word in counts.keys { df[word, default: 0] += 1 } }
        let ceiling = max(2, 0.1 * Double(n))
        var ids: [String: Int] = [:]
        var words: [String] = []
        var postings: [[Int]] = []
        var vectors: [[Int: Double]] = []
        for (d, counts) in termCounts.enumerated() {
            let top = counts.compactMap { word, tf -> (String, Double)? in
                let f = df[word]!
                return f >= 2 && Double(f) <= ceiling ? (word, (1 + log(tf)) * log(Double(n) / Double(f))) : nil
            }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(perDocument)
            let norm = sqrt(top.reduce(0) { $0 + $1.1 * $1.1 })
            var v: [Int: Double] = [:]
            for (word, w) in top where norm > 0 {
                let id: Int
                if let known = ids[word] { id = known } else { id = words.count; ids[word] = id; words.append(word); postings.append([]) }
                v[id] = w / norm
                postings[id].append(d)
            }
            vectors.append(v)
        }
        return (vectors, postings, words)
    }

    @Test func collectionSearchGivesWhatAScanOfKeptTokensGave() {
        for analysis in [Self.seeds, Self.mixed] {
            let index = SearchIndex(analysis)
            let scan = TokenScan(analysis)
            for q in Self.queries {
                #expect(index.text(q, limit: 200) == scan.text(q, limit: 200), "\(q)")
                #expect(index.text(q, limit: 3) == scan.text(q, limit: 3), "\(q)")
                for d in analysis.documents.indices { #expect(index.text(q, in: d) == scan.text(q, in: d), "\(q) in \(d)") }
                let zones = { (d: Int) in
                    SearchIndex.Zones(titleEnd: analysis.documents[d].document.titleRange.upperBound, leadEnd: analysis.documents[d].document.leadEnd)
                }
                #expect(index.rankedArticles(q, zones: zones) == scan.ranked(q, zones: zones), "\(q)")
            }
            #expect(!index.text("the").isEmpty && !index.text("\"prime minister\"").isEmpty)
        }
    }
}

/// The text search as it was when every article kept its tokens: scans them.
private struct TokenScan {
    let tokens: [[Token]]

    init(_ analysis: Analysis) { tokens = analysis.documents.indices.map { analysis.tokens(of: $0).tokens } }

    func fold(_ w: String) -> String { NameKey.words(w).joined() }
    func queryWords(_ q: String) -> [String] { NameKey.words(q.replacingOccurrences(of: "\"", with: " ")) }

    func match(_ words: [String], _ d: Int, _ t: Int) -> Range<Int>? {
        let ts = tokens[d]
        var j = t
        for w in words.dropFirst() {
            j += 1
            while j < ts.count, ts[j].kind == .punctuation || ts[j].kind == .possessive { j += 1 }
            if j >= ts.count || fold(ts[j].text) != w { return nil }
        }
        return ts[t].start..<ts[j].end
    }

    func starts(_ first: String, _ d: Int) -> [Int] {
        tokens[d].indices.filter { (tokens[d][$0].kind == .word || tokens[d][$0].kind == .number) && fold(tokens[d][$0].text) == first }
    }

    func text(_ q: String, limit: Int) -> [SearchIndex.Hit] {
        let words = queryWords(q)
        guard let first = words.first else { return [] }
        var hits: [SearchIndex.Hit] = []
        for d in tokens.indices {
            for t in starts(first, d) {
                if let r = match(words, d, t) { hits.append(.text(document: d, range: r)) }
                if hits.count >= limit { return hits }
            }
        }
        return hits
    }

    func text(_ q: String, in d: Int) -> [Range<Int>] {
        let words = queryWords(q)
        guard let first = words.first else { return [] }
        return starts(first, d).compactMap { match(words, d, $0) }
    }

    func ranked(_ q: String, zones: (Int) -> SearchIndex.Zones) -> [SearchIndex.ArticleHit] {
        let words = queryWords(q)
        guard !words.isEmpty else { return [] }
        let phrase = q.contains("\"") && words.count > 1
        let distinct = Set(words).sorted()
        let perWord = distinct.map { w in Dictionary(uniqueKeysWithValues: tokens.indices.compactMap { d in
            let ts = starts(w, d)
            return ts.isEmpty ? nil : (d, ts)
        }) }
        guard perWord.allSatisfy({ !$0.isEmpty }) else { return [] }
        let order = perWord.indices.sorted { perWord[$0].count < perWord[$1].count }
        let candidates = perWord[order[0]].keys.filter { d in perWord.allSatisfy { $0[d] != nil } }
        let n = Double(tokens.count), average = Double(tokens.reduce(0) { $0 + $1.count }) / n
        var out: [SearchIndex.ArticleHit] = []
        for d in candidates {
            let z = zones(d), ts = tokens[d]
            func weight(_ t: Int) -> Double { ts[t].start < z.titleEnd ? 3 : ts[t].start < z.leadEnd ? 2 : 1 }
            let norm = 1.2 * (1 - 0.75 + 0.75 * Double(ts.count) / average)
            var score = 0.0, hits = 0
            var first: Range<Int>?
            if phrase {
                var tf = 0.0
                for t in starts(words[0], d) {
                    guard let r = match(words, d, t) else { continue }
                    tf += weight(t); hits += 1
                    if first == nil || r.lowerBound < first!.lowerBound { first = r }
                }
                guard hits > 0 else { continue }
                let df = Double(candidates.count)
                score = log(1 + (n - df + 0.5) / (df + 0.5)) * tf * 2.2 / (tf + norm)
            } else {
                for i in order {
                    let positions = perWord[i][d]!
                    let tf = positions.reduce(0.0) { $0 + weight($1) }
                    let df = Double(perWord[i].count)
                    score += log(1 + (n - df + 0.5) / (df + 0.5)) * tf * 2.2 / (tf + norm)
                    hits += positions.count
                    let r = ts[positions.min()!].start..<ts[positions.min()!].end
                    if first == nil || r.lowerBound < first!.lowerBound { first = r }
                }
            }
            out.append(SearchIndex.ArticleHit(document: d, score: score, hits: hits, first: first!))
        }
        out.sort { ($0.score, $1.document) > ($1.score, $0.document) }
        return out
    }
}
