/// An article's tokens and where its sentences start, made from its text when needed.
///
/// They are not kept: a hundred thousand articles hold tens of millions of tokens (32 bytes
/// each), while tokenizing one article again takes about a millisecond. Each stage that reads
/// tokens (events, related words, the search index, alias forms, the open article) makes them,
/// takes what it needs, and lets them go. The same text gives the same tokens, so mention
/// token ranges found by the per-article analysis index into them.
public struct ArticleTokens: Sendable, Equatable {
    public var tokens: [Token]
    /// Start token index of each sentence.
    public var sentenceStarts: [Int]

    public init(tokens: [Token], sentenceStarts: [Int]) {
        self.tokens = tokens
        self.sentenceStarts = sentenceStarts
    }

    /// The analysed part of `document` tokenized, sentences and headlines marked.
    public init(_ document: Document, splitter: SentenceSplitter) {
        (tokens, sentenceStarts) = splitter.mark(Self.unmarked(document))
    }

    /// Tokens without sentence marks (kind, text and offsets are the same as marked ones).
    public static func unmarked(_ document: Document) -> [Token] {
        Tokenizer.tokenize(document.scalars, in: 0..<document.analysedEnd)
    }
}

/// One article as the event extractor reads it: its analysis and its tokens, made again.
public struct TokenizedDocument: Sendable {
    public var document: Document
    public var tokens: [Token]
    public var sentenceStarts: [Int]
    public var mentions: [Mention]
    public var entityOfMention: [Int]

    public init(_ analyzed: AnalyzedDocument, _ tokens: ArticleTokens) {
        document = analyzed.document
        self.tokens = tokens.tokens
        sentenceStarts = tokens.sentenceStarts
        mentions = analyzed.mentions
        entityOfMention = analyzed.entityOfMention
    }
}

extension Analysis {
    /// Word tokens in every article (for rates), counted from their tokens made again.
    public var wordCount: Int {
        ParallelMap.map(Array(documents.indices)) { d in unmarkedTokens(of: d).lazy.filter { $0.kind == .word }.count }
            .reduce(0, +)
    }
}
