import Foundation
@testable import ReaderModel

/// Builds an analysis of in-memory articles: (file name, text).
func analyze(_ articles: [(String, String)], knowledge: Knowledge = .bundled) -> Analysis {
    let parser = DocumentParser(furnitureMarkers: knowledge.furniture)
    let docs = articles.map { parser.parse(Document(id: $0.0, text: $0.1)) }
    return Analysis(corpus: Corpus(name: "test", documents: docs), knowledge: knowledge)
}

/// Mentions of one document as (text, type) pairs, in order.
func mentions(_ analysis: Analysis, doc: Int = 0) -> [(String, EntityType)] {
    analysis.documents[doc].mentions.map { ($0.text, $0.type) }
}

/// The entity that a mention with this exact text belongs to, in the given document.
func entity(_ analysis: Analysis, _ text: String, doc: Int = 0) -> Entity? {
    let d = analysis.documents[doc]
    guard let i = d.mentions.firstIndex(where: { $0.text == text }) else { return nil }
    return analysis.entities[d.entityOfMention[i]]
}

/// A fresh temporary folder.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
