import ArgumentParser
import Foundation
import ReaderModel

/// `dossier related DOC [--json] [PATH…]`.
struct Related: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles most related to one, with the shared entities that explain each.",
        discussion: "DOC is an article's id (its path in the corpus, as `export` prints it), its file name, or its number in the list (1-based)."
    )

    @Argument(help: "The article: id, file name, or number.")
    var document: String

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Option(help: "How many related articles.")
    var limit: Int = 8

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let analysis = try corpus.analyze()
        guard let d = DocumentReference.resolve(document, in: analysis) else {
            Diagnostics.fail("no article '\(document)' in the corpus; use its id, file name or number")
        }
        let neighbors = Relatedness(analysis, limit: limit).neighbors(of: d)
        if json {
            let record = ExportFormat.RelatedRecord(doc: analysis.documents[d].document.id, neighbors: neighbors.map { n in
                ExportFormat.Neighbor(doc: analysis.documents[n.document].document.id, score: n.score,
                                      because: n.because.map { analysis.entities[$0].name }
                                        + n.events.prefix(2).map { "\(analysis.events[$0].type) \(analysis.events[$0].date?.iso ?? "")" })
            })
            print(JSONOutput.encode(record))
            return
        }
        SafeOutput.line("Related to \(analysis.documents[d].document.id) — \(TextSanitizer.clean(analysis.documents[d].document.title))")
        if neighbors.isEmpty { SafeOutput.line("  (no related articles)") }
        for n in neighbors {
            let doc = analysis.documents[n.document].document
            SafeOutput.line(String(format: "  %.3f  ", n.score) + doc.id + " — " + TextSanitizer.clean(doc.title))
            let events = n.events.prefix(2).map { i in "\(analysis.events[i].type) \(analysis.events[i].date?.iso ?? "")" }
            SafeOutput.line("         because: " + (n.because.map { analysis.entities[$0].name } + events).joined(separator: ", "))
        }
    }
}

/// Finds an article by id, file name or 1-based number.
enum DocumentReference {
    static func resolve(_ reference: String, in analysis: Analysis) -> Int? {
        let docs = analysis.documents
        if let i = docs.firstIndex(where: { $0.document.id == reference }) { return i }
        if let i = docs.firstIndex(where: { URL(fileURLWithPath: $0.document.id).lastPathComponent == reference }) { return i }
        if let n = Int(reference), n >= 1, n <= docs.count { return n - 1 }
        return nil
    }
}
