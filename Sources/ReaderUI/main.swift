import ArgumentParser
import Foundation
import ReaderModel

/// `dossier`: read a folder of news articles by the people, organizations and places in them.
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal reader for a folder of news articles, linked by the people, organizations and places in them.",
        discussion: "With no subcommand, opens the reader on PATH… (folders are read recursively; .txt and .md files are articles), or on the bundled seed articles when no path is given.",
        version: DossierVersion.string,
        subcommands: [Read.self, Export.self, Entities.self, Related.self, Search.self, Timeline.self, Bench.self, Cache.self, Fuzz.self],
        defaultSubcommand: Read.self
    )
}

Dossier.main()
