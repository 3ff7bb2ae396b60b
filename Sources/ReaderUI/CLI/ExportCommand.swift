import ArgumentParser
import Foundation
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

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, jsonl }

    @Option(help: "Output format.")
    var format: Format = .json

    @Flag(help: "Carry every article's text in the export (extracted articles always carry theirs).")
    var withText = false

    @Option(help: ArgumentHelp("For csv and jsonl: the table (documents, entities, mentions, events); csv prints entities unless --output is given, jsonl every table.", valueName: "table"))
    var what: TableExport.Table?

    @Option(help: ArgumentHelp("For csv: write each table (or the --what one) as FOLDER/TABLE.csv instead of printing.", valueName: "folder"))
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if output != nil, format != .csv { throw ValidationError("--output writes CSV files: use it with --format csv") }
        if what != nil, format == .json { throw ValidationError("--what selects a table of --format csv or jsonl") }
    }

    func run() throws {
        let analysis = try corpus.analyze()
        switch format {
        case .json:
            // Streamed: at 100,000 articles the JSON is hundreds of megabytes.
            ExportFormat(analysis, withText: withText).write(to: FileHandle.standardOutput)
        case .jsonl:
            print(TableExport.jsonl(what.map { [$0] } ?? TableExport.Table.allCases, analysis), terminator: "")
        case .csv:
            guard let output else {
                print(TableExport.csv(what ?? .entities, analysis), terminator: "")
                return
            }
            for table in what.map({ [$0] }) ?? TableExport.Table.allCases {
                let path = (output as NSString).appendingPathComponent(table.rawValue + ".csv")
                do { try AtomicFile.write(TableExport.csv(table, analysis), to: path) } catch { Diagnostics.fail("\(error)") }
            }
        }
    }
}

extension TableExport.Table: ExpressibleByArgument {}
