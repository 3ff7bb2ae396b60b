import ArgumentParser
import Foundation
import ReaderModel
#if canImport(Glibc)
import Glibc
#endif

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

#if canImport(Glibc)
// Two malloc arenas, not glibc's eight a core: memory one stage's threads let go is reused by
// the next stage's, rather than kept in arenas no thread allocates from any more (about a tenth
// of the reader's peak at 8 copies of the BBC corpus).
// mallopt(M_ARENA_MAX = -8, 2), looked up at run time: Swift's Glibc module leaves malloc.h out.
if let mallopt = dlsym(nil, "mallopt") {
    _ = unsafeBitCast(mallopt, to: (@convention(c) (Int32, Int32) -> Int32).self)(-8, 2)
}
#endif
Dossier.main()
