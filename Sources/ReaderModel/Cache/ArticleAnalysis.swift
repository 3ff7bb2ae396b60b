/// One article's own analysis, before anything is linked across articles: what the cache stores.
/// Its tokens are not kept (see `ArticleTokens`): the same text gives them again.
public struct ArticleAnalysis: Sendable, Equatable {
    /// Mentions in text order, with the types recognition gave them (cross-article linking retypes them later).
    public var mentions: [Mention]
    /// Mention groups found within the article.
    public var groups: [[Int]]
    /// How many tokens the article has: every mention's token range lies within it.
    public var tokenCount: Int

    public init(mentions: [Mention], groups: [[Int]], tokenCount: Int) {
        self.mentions = mentions
        self.groups = groups
        self.tokenCount = tokenCount
    }
}

/// The binary form of an `ArticleAnalysis`: the token count, the mentions and their groups.
enum ArticleCodec {
    static let evidences: [Mention.Evidence] = [.known, .alias, .cue, .title, .context, .pattern, .linked, .fallback]

    static func encode(_ a: ArticleAnalysis, into w: inout ByteWriter) {
        w.u32(UInt32(a.tokenCount))
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

    static func decode(_ r: inout ByteReader) throws -> ArticleAnalysis {
        let tokenCount = Int(try r.u32())
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
            guard lower >= 0, lower <= upper, upper <= tokenCount else { throw ByteReader.Malformed() }
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
        return ArticleAnalysis(mentions: mentions, groups: groups, tokenCount: tokenCount)
    }
}
