import ArgumentParser
import Foundation
import ReaderModel

/// `dossier search QUERY [--json] [PATH…]`.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search entity names and aliases (any spelling) and article text; entities first.",
        discussion: "Names match without regard to case, accents or transliteration (\"hizballah\", \"sulaimani\"), by prefix and with one typo. Put a phrase in double quotes to match it exactly."
    )

    @Argument(help: "What to look for.")
    var query: String

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Option(help: "How many results at most.")
    var limit: Int = 30

    @OptionGroup var corpus: CorpusOptions

    struct Result: Codable {
        var kind: String
        var entity: String?
        var name: String?
        var type: String?
        var doc: String?
        var start: Int?
        var end: Int?
        var snippet: String?
    }

    func run() throws {
        let world = ReaderWorld(analysis: try corpus.analyze())
        let analysis = world.analysis
        let results: [Result] = world.search.search(query, limit: limit).map { hit in
            switch hit {
            case .entity(let e):
                let entity = analysis.entities[e]
                return Result(kind: "entity", entity: entity.id, name: entity.name, type: entity.type.rawValue)
            case .text(let d, let range):
                return Result(kind: "text", doc: analysis.documents[d].document.id, start: range.lowerBound, end: range.upperBound,
                              snippet: world.snippet(document: d, around: range, width: 80))
            }
        }
        if json { print(JSONOutput.encode(results)); return }
        if results.isEmpty { print("no results for \"\(query)\"") }
        for r in results {
            if r.kind == "entity" {
                let e = analysis.entities.first { $0.id == r.entity }!
                print("\(r.name!)  [\(r.type!), \(e.documents.count) article\(e.documents.count == 1 ? "" : "s")]"
                      + (e.aliases.isEmpty ? "" : "  also: " + e.aliases.prefix(4).joined(separator: "; ")))
            } else {
                print("  \(r.doc!): \(r.snippet!)")
            }
        }
    }
}
