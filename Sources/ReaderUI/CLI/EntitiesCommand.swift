import ArgumentParser
import Foundation
import ReaderModel

/// `dossier entities [--json] [PATH…]`.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, organizations and places found, with documents, mentions and aliases."
    )

    @Flag(help: "Print JSON for scripts instead of a table.")
    var json = false

    @Option(help: "Only this type: person, organization or place.")
    var type: EntityType?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let analysis = try corpus.analyze()
        let rows = EntityTable.rows(analysis, type: type)
        if json { print(EntityTable.json(rows)) } else { SafeOutput.print(EntityTable.text(rows)) }
    }
}

extension EntityType: ExpressibleByArgument {}
