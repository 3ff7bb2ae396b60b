import ArgumentParser
import Foundation
import ReaderModel

/// `dossier search QUERY [--json] [PATH…]`, or `dossier search --file NAMES [PATH…]`.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search entity names and aliases (any spelling) and article text; entities first.",
        discussion: "Names match without regard to case, accents or transliteration (\"hizballah\", \"sulaimani\"), by prefix and with one typo. Put a phrase in double quotes to match it exactly."
    )

    @Argument(help: "What to look for (with --file, the first PATH).")
    var query: String?

    @Option(help: ArgumentHelp("Search every line of this file (a list of names; # comments), one search each.", valueName: "file"))
    var file: String?

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

    /// One query of a --file search and what it found.
    struct Batch: Codable {
        var query: String
        var results: [Result]
    }

    func validate() throws {
        if query == nil, file == nil { throw ValidationError("give a QUERY, or --file with one name a line") }
    }

    func run() throws {
        guard let file else {
            let world = ReaderWorld(analysis: try corpus.analyze())
            print(report(query!, world))
            return
        }
        guard let text = AtomicFile.read(file) else { Diagnostics.fail("cannot read \(file)") }
        let queries = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        // With --file the QUERY argument is the first path.
        var options = corpus
        if let query { options.paths.insert(query, at: 0) }
        let world = ReaderWorld(analysis: try options.analyze())
        if json {
            print(JSONOutput.encode(queries.map { Batch(query: $0, results: results($0, world)) }))
            return
        }
        print(queries.map { "== \(TextSanitizer.clean($0))\n" + report($0, world) }.joined(separator: "\n\n"))
    }

    func results(_ query: String, _ world: ReaderWorld) -> [Result] {
        let analysis = world.analysis
        return world.search.search(query, limit: limit).map { hit in
            switch hit {
            case .entity(let e):
                let entity = analysis.entities[e]
                return Result(kind: "entity", entity: entity.id, name: entity.name, type: entity.type.rawValue)
            case .text(let d, let range):
                return Result(kind: "text", doc: analysis.documents[d].document.id, start: range.lowerBound, end: range.upperBound,
                              snippet: world.snippet(document: d, around: range, width: 80))
            }
        }
    }

    /// The results of one query as text (or JSON with --json).
    func report(_ query: String, _ world: ReaderWorld) -> String {
        let analysis = world.analysis
        let results = results(query, world)
        if json { return JSONOutput.encode(results) }
        if results.isEmpty { return "no results for \"\(TextSanitizer.clean(query))\"" }
        var lines: [String] = []
        for r in results {
            if r.kind == "entity" {
                let e = analysis.entities.first { $0.id == r.entity }!
                lines.append(SafeOutput.clean("\(r.name!)  [\(r.type!), \(e.documents.count) article\(e.documents.count == 1 ? "" : "s")]"
                      + (e.aliases.isEmpty ? "" : "  also: " + e.aliases.prefix(4).joined(separator: "; "))))
            } else {
                lines.append(SafeOutput.clean("  \(r.doc!): \(r.snippet!)"))
            }
        }
        return lines.joined(separator: "\n")
    }
}
