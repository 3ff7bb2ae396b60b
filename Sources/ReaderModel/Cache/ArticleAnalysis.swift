/// One article's own analysis, before anything is linked across articles: what the cache stores.
public struct ArticleAnalysis: Sendable, Equatable {
    public var tokens: [Token]
    /// Start token index of each sentence.
    public var sentenceStarts: [Int]
    /// Mentions in text order, with the types recognition gave them (cross-article linking retypes them later).
    public var mentions: [Mention]
    /// Mention groups found within the article.
    public var groups: [[Int]]

    public init(tokens: [Token], sentenceStarts: [Int], mentions: [Mention], groups: [[Int]]) {
        self.tokens = tokens
        self.sentenceStarts = sentenceStarts
        self.mentions = mentions
        self.groups = groups
    }
}

/// The binary form of an `ArticleAnalysis`. Token texts are not stored: they are the article's
/// own code points between the token's offsets (a flag marks the rare token where they are not).
enum ArticleCodec {
    static let kinds: [Token.Kind] = [.word, .number, .possessive, .punctuation]
    static let evidences: [Mention.Evidence] = [.known, .alias, .cue, .title, .context, .pattern, .linked, .fallback]

    static func encode(_ a: ArticleAnalysis, scalars: [Unicode.Scalar], into w: inout ByteWriter) {
        w.u32(UInt32(a.tokens.count))
        for t in a.tokens {
            let explicit = !sliceEquals(t.text, scalars, t.start..<t.end)
            var flags = UInt8(kinds.firstIndex(of: t.kind)!)
            if t.spaceBefore { flags |= 0x04 }
            if t.opensSentence { flags |= 0x08 }
            if t.inHeadline { flags |= 0x10 }
            if explicit { flags |= 0x80 }
            w.u8(flags)
            w.i32(t.start)
            w.i32(t.end)
            w.u16(UInt16(clamping: t.newlinesBefore))
            if explicit { w.string(t.text) }
        }
        w.u32(UInt32(a.sentenceStarts.count))
        for s in a.sentenceStarts { w.i32(s) }
        w.u32(UInt32(a.mentions.count))
        for m in a.mentions {
            w.i32(m.start)
            w.i32(m.end)
            w.string(m.text)
            w.u8(UInt8(EntityType.allCases.firstIndex(of: m.type)!))
            w.u8(UInt8(m.evidence.rawValue))
            w.i32(m.tokens.lowerBound)
            w.i32(m.tokens.upperBound)
            w.optionalString(m.knownID)
            w.i32(m.aliasOf ?? -1)
            w.optionalString(m.title)
            w.u32(UInt32(m.alternateNames.count))
            for name in m.alternateNames { w.string(name) }
        }
        w.u32(UInt32(a.groups.count))
        for g in a.groups {
            w.u32(UInt32(g.count))
            for i in g { w.i32(i) }
        }
    }

    static func decode(_ r: inout ByteReader, scalars: [Unicode.Scalar]) throws -> ArticleAnalysis {
        let tokenCount = try r.count(minimumSize: 11)
        var tokens: [Token] = []
        tokens.reserveCapacity(tokenCount)
        for _ in 0..<tokenCount {
            let flags = try r.u8()
            let start = try r.i32(), end = try r.i32()
            let newlines = Int(try r.u16())
            guard Int(flags & 0x03) < kinds.count, start >= 0, start <= end else { throw ByteReader.Malformed() }
            let text: String
            if flags & 0x80 != 0 {
                text = try r.string()
            } else {
                guard end <= scalars.count else { throw ByteReader.Malformed() }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                text = String(view)
            }
            var t = Token(kind: kinds[Int(flags & 0x03)], start: start, end: end, text: text,
                          spaceBefore: flags & 0x04 != 0, newlinesBefore: newlines)
            t.opensSentence = flags & 0x08 != 0
            t.inHeadline = flags & 0x10 != 0
            tokens.append(t)
        }
        let sentenceCount = try r.count(minimumSize: 4)
        var starts: [Int] = []
        starts.reserveCapacity(sentenceCount)
        for _ in 0..<sentenceCount { starts.append(try r.i32()) }
        let mentionCount = try r.count(minimumSize: 26)
        var mentions: [Mention] = []
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            let start = try r.i32(), end = try r.i32()
            let text = try r.string()
            let typeIndex = Int(try r.u8())
            guard typeIndex < EntityType.allCases.count, let evidence = Mention.Evidence(rawValue: Int(try r.u8())) else {
                throw ByteReader.Malformed()
            }
            let lower = try r.i32(), upper = try r.i32()
            guard lower >= 0, lower <= upper, upper <= tokens.count else { throw ByteReader.Malformed() }
            let knownID = try r.optionalString()
            let aliasOf = try r.i32()
            var m = Mention(start: start, end: end, text: text, type: EntityType.allCases[typeIndex], evidence: evidence,
                            tokens: lower..<upper, knownID: knownID, aliasOf: aliasOf >= 0 ? aliasOf : nil)
            m.title = try r.optionalString()
            let alternates = try r.count(minimumSize: 4)
            for _ in 0..<alternates { m.alternateNames.append(try r.string()) }
            mentions.append(m)
        }
        let groupCount = try r.count(minimumSize: 4)
        var groups: [[Int]] = []
        groups.reserveCapacity(groupCount)
        for _ in 0..<groupCount {
            let n = try r.count(minimumSize: 4)
            var g: [Int] = []
            g.reserveCapacity(n)
            for _ in 0..<n {
                let i = try r.i32()
                guard i >= 0, i < mentions.count else { throw ByteReader.Malformed() }
                g.append(i)
            }
            groups.append(g)
        }
        for m in mentions where m.aliasOf.map({ $0 >= mentions.count }) ?? false { throw ByteReader.Malformed() }
        return ArticleAnalysis(tokens: tokens, sentenceStarts: starts, mentions: mentions, groups: groups)
    }

    static func sliceEquals(_ text: String, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return false }
        var i = range.lowerBound
        for s in text.unicodeScalars {
            guard i < range.upperBound, scalars[i] == s else { return false }
            i += 1
        }
        return i == range.upperBound
    }
}
