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

@Suite struct PrettyJSONWriterTests {
    /// Every control character, quotes, backslashes, slashes, non-ASCII and invisible characters,
    /// optional fields present and absent, empty and full arrays: the writer's bytes are the encoder's.
    @Test func writesTheEncodersBytesForEntitiesAndEvents() throws {
        let awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\"\\/ a\u{7F}\u{85}\u{2028}é’😀\u{202E}"
        let mention = ExportFormat.MentionRecord(doc: "d/" + awkward, start: 0, end: 1_234_567)
        let entity = ExportFormat.EntityRecord(id: "e1", name: awkward, type: "person", aliases: [awkward, "", "x"],
                                               mentions: [mention, mention])
        let bare = ExportFormat.EntityRecord(id: "e2", name: "", type: "other", aliases: [], mentions: [])
        let full = ExportFormat.EventRecord(id: "v1", date: "2024-01-02", type: "attack", summary: awkward, actors: ["e1", "e2"],
                                            agent: "e1", patient: "e2", places: ["e3"], mentions: [mention],
                                            datePrecision: "week", weekOf: "2024-01-01", context: "reported",
                                            expectedDate: "2024-01-03")
        let empty = ExportFormat.EventRecord(id: "v2", date: nil, type: "vote", summary: "", actors: [], agent: nil, patient: nil,
                                             places: [], mentions: [], datePrecision: nil, weekOf: nil, context: "hypothetical",
                                             expectedDate: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for entity in [entity, bare] {
            var w = PrettyJSONWriter()
            entity.write(&w, level: 0)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: try encoder.encode(entity), as: UTF8.self))
        }
        for event in [full, empty] {
            var w = PrettyJSONWriter()
            event.write(&w, level: 0)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: try encoder.encode(event), as: UTF8.self))
        }
        let documents = [
            ExportFormat.DocumentRecord(id: awkward, title: awkward, date: nil, dateInferred: false, source: nil),
            ExportFormat.DocumentRecord(id: "a/b.html", title: "T", date: "2024-01-02", dateInferred: true, source: "S",
                                        url: "https://x.org/a?b=1&c=\"2\"", author: awkward, text: awkward + "\n\nbody"),
        ]
        for document in documents {
            var w = PrettyJSONWriter()
            document.write(&w, level: 0)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: try encoder.encode(document), as: UTF8.self))
        }
        let scores: [Double] = [0, 1, 2.5, 0.1, 0.184, 1.0 / 3.0, 123_456.789, 1e-7, 0.000_1, 1e21, 12_345_678_901_234_567_890]
        let related = ExportFormat.RelatedRecord(doc: awkward, neighbors: scores.map { ExportFormat.Neighbor(doc: "d", score: $0, because: ["e1", "v2"]) }
                                                  + [ExportFormat.Neighbor(doc: "", score: 0.5, because: [])])
        for record in [related, ExportFormat.RelatedRecord(doc: "x", neighbors: [])] {
            var w = PrettyJSONWriter()
            record.write(&w, level: 0)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: try encoder.encode(record), as: UTF8.self))
        }
    }
}
