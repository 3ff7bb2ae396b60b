import ArgumentParser
import Foundation
import ReaderModel

/// `dossier timeline [--json] [PATH…]`.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the dated events of the corpus in order: date, type, summary, actors, articles.",
        discussion: "Dates are as precise as the text allows (YYYY-MM-DD, YYYY-MM or YYYY). Events with no resolvable date are left out and counted."
    )

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    struct Row: Codable {
        var id: String
        var date: String
        var type: String
        var summary: String
        var actors: [String]
        var places: [String]
        var articles: [String]
    }

    func run() throws {
        let analysis = try corpus.analyze()
        let rows = analysis.events.compactMap { e -> Row? in
            guard let date = e.date else { return nil }
            return Row(id: e.id, date: date.iso, type: e.type, summary: e.summary,
                       actors: e.actors.map { analysis.entities[$0].name }, places: e.places.map { analysis.entities[$0].name },
                       articles: e.documents.map { analysis.documents[$0].document.id })
        }
        if json { print(JSONOutput.encode(rows)); return }
        let undated = analysis.events.count - rows.count
        SafeOutput.line("DATE        TYPE          ARTICLES  SUMMARY / ACTORS")
        for r in rows {
            SafeOutput.line(r.date.padding(toLength: 12, withPad: " ", startingAt: 0) + r.type.padding(toLength: 14, withPad: " ", startingAt: 0)
                  + String(r.articles.count).padding(toLength: 10, withPad: " ", startingAt: 0) + r.summary)
            if !r.actors.isEmpty { SafeOutput.line(String(repeating: " ", count: 36) + "actors: " + r.actors.prefix(5).joined(separator: ", ")) }
        }
        SafeOutput.line("\(rows.count) dated event\(rows.count == 1 ? "" : "s"); \(undated) without a resolvable date left out")
    }
}
