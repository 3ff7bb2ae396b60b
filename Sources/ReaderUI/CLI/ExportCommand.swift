import ArgumentParser
import ReaderModel

/// `dossier export --format json [PATH…]`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis as JSON: documents, entities with mentions, events, related articles.",
        discussion: "Mention offsets are in Unicode code points into each file's stored text, end exclusive. The format is described in the README."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @Option(help: "Output format.")
    var format: Format = .json

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let analysis = try corpus.analyze()
        print(ExportFormat(analysis).json())
    }
}
