import Foundation
import Testing
@testable import ReaderModel

@Suite struct ExportStreamTests {
    @Test func streamedExportIsTheSameJSONAsEncodingItWhole() {
        let export = ExportFormat(Analysis(corpus: CorpusLoader().loadBundled()))
        var streamed = ""
        export.stream { streamed += String(decoding: $0, as: UTF8.self) }
        #expect(streamed == export.json())
    }

    @Test func batchesJoinAsOneArray() {
        // More documents than one batch: the seam between batches must be ",\n" at the right indent.
        let analysis = analyze((0..<(ExportFormat.batch + 3)).map { ("d\($0).txt", "Title \($0)\n\nAli Hassan met officials in Basra.") })
        let export = ExportFormat(analysis)
        var streamed = ""
        export.stream { streamed += String(decoding: $0, as: UTF8.self) }
        #expect(streamed == export.json())
    }

    @Test func emptySectionsStreamAsEncoderWritesThem() throws {
        let empty = try JSONDecoder().decode(ExportFormat.self, from: Data(#"{"documents":[],"entities":[],"events":[],"related":[]}"#.utf8))
        var streamed = ""
        empty.stream { streamed += String(decoding: $0, as: UTF8.self) }
        #expect(streamed == empty.json())
    }
}
