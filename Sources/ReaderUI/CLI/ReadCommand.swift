import ArgumentParser
import Foundation
import ReaderModel

/// `dossier [PATH…]`: the interactive reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader (the default): article list, highlighted article, entity sidebar."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            Diagnostics.fail("the reader needs a terminal; use 'dossier export' or 'dossier entities' in scripts")
        }
        let analysis = Analysis(corpus: try corpus.load())
        _ = analysis
    }
}
