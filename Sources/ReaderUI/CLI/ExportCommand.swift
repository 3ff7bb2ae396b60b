import ArgumentParser
import ReaderModel

/// `dossier export --format json [PATH…]`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis as JSON: documents, entities with mentions, events, related articles.",
        discussion: """
            Mention offsets are in Unicode code points, end exclusive: into the file's text as stored for .txt and \
            .md files, into the extracted text for web pages, feeds, records and Markdown with front matter \
            (carried as each document's "text"). The format is described in the README.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @Option(help: "Output format.")
    var format: Format = .json

    @Flag(help: "Carry every article's text in the export (extracted articles always carry theirs).")
    var withText = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let analysis = try corpus.analyze()
        print(ExportFormat(analysis, withText: withText).json())
    }
}
