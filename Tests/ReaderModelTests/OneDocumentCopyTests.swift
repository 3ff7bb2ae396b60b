import Testing
@testable import ReaderModel

/// An analysis holds each `Document` once (in `documents`), not a second time in the corpus it
/// was made from: at 100,000 articles the second array was ~25 MB more at the reader's peak.
@Suite struct OneDocumentCopyTests {
    static func corpus() -> Corpus {
        let documents = ["a.txt": "Talks in Baghdad\n\nThe prime minister met Adil Abdul-Mahdi in Baghdad.",
                         "b.txt": "Strike near Erbil\n\nA drone struck near Erbil on Tuesday."]
            .sorted { $0.key < $1.key }.map { Document(id: $0.key, text: $0.value) }
        return Corpus(name: "two", documents: documents, skipped: [.init(path: "c.bin", reason: "not text")], warnings: ["w"])
    }

    @Test func theAnalysisKeepsNoReferenceToTheCorpusDocuments() {
        var documents = Self.corpus().documents
        let before = documents.withUnsafeBufferPointer { $0.baseAddress }
        let analysis = Analysis(corpus: Corpus(name: "two", documents: documents), events: false)
        // Changed in place (no copy made) only when nothing else holds the array.
        documents[0].title = "changed"
        #expect(documents.withUnsafeBufferPointer { $0.baseAddress } == before)
        #expect(analysis.documents[0].document.title != "changed")
    }

    @Test func theCorpusIsGatheredFromTheDocumentsWithItsNameSkippedAndWarnings() {
        let corpus = Self.corpus()
        let analysis = Analysis(corpus: corpus, events: false)
        #expect(analysis.corpusName == "two")
        let again = analysis.corpus
        #expect(again.name == "two")
        #expect(again.documents.map(\.id) == ["a.txt", "b.txt"])
        #expect(again.documents.map(\.text) == corpus.documents.map(\.text))
        #expect(again.skipped == corpus.skipped)
        #expect(again.warnings == ["w"])
    }
}
