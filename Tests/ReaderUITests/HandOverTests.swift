import Testing
@testable import ReaderModel
@testable import ReaderUI

/// The background analysis is handed the collection once and lets go of its documents once
/// the analysis holds them: nothing else keeps a second array of them while events are linked.
@Suite struct HandOverTests {
    final class Marker: Sendable {}

    @Test func aValueIsHandedOverOnceAndNotKeptAfter() {
        var marker: Marker? = Marker()
        weak let watched = marker
        let handed = HandOver(marker!)
        marker = nil
        #expect(watched != nil)
        var taken = handed.take()
        #expect(taken != nil)
        #expect(handed.take() == nil)
        taken = nil
        #expect(watched == nil)
        _ = taken
    }

    @Test func withoutDocumentsKeepsTheNameSkippedFilesAndWarnings() {
        let corpus = Corpus(name: "c", documents: [Document(id: "a.txt", text: "A")],
                            skipped: [.init(path: "b.bin", reason: "not text")], warnings: ["w"])
        let slim = corpus.withoutDocuments
        #expect(slim.documents.isEmpty)
        #expect(slim.name == "c" && slim.skipped == corpus.skipped && slim.warnings == ["w"])
    }
}
