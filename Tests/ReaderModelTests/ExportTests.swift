import Foundation
import Testing
@testable import ReaderModel

@Suite struct ExportTests {
    @Test func bundledCorpusExportHasTheDocumentedShape() throws {
        let analysis = Analysis(corpus: CorpusLoader().loadBundled())
        let json = ExportFormat(analysis).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["documents", "entities", "events", "related"])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.count == 5)
        #expect(documents.allSatisfy { $0["id"] is String && $0["title"] is String })
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(!entities.isEmpty)
        for e in entities {
            #expect(e["id"] is String && e["name"] is String && e["aliases"] is [String])
            #expect(["person", "organization", "place", "other"].contains(e["type"] as? String))
            #expect(!((e["mentions"] as? [[String: Any]]) ?? []).isEmpty)
        }
    }

    @Test func mentionOffsetsAreCodePointsIntoTheStoredText() {
        let analysis = Analysis(corpus: CorpusLoader().loadBundled())
        let export = ExportFormat(analysis)
        let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.document.id, Array($0.document.text.unicodeScalars)) })
        for e in export.entities {
            let forms = Set([e.name] + e.aliases)
            for m in e.mentions {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: texts[m.doc]![m.start..<m.end])
                let surface = String(view).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(forms.contains(surface) || e.name.count > 0 && forms.contains { $0 == surface })
            }
        }
        // "Kata’ib" has a curly apostrophe: a UTF-16 or byte offset would land elsewhere.
        let kh = export.entities.first { $0.aliases.contains("Kata’ib Hezbollah") || $0.name == "Kata'ib Hezbollah" }
        #expect(kh != nil)
    }

    @Test func entityTableIsSortedByMentionsAndHidesOtherTypes() {
        let analysis = Analysis(corpus: CorpusLoader().loadBundled())
        let rows = EntityTable.rows(analysis)
        #expect(rows.first?.name == "United States")
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.mentions >= $1.mentions })
        #expect(rows.allSatisfy { $0.type != "other" })
        #expect(EntityTable.rows(analysis, type: .person).allSatisfy { $0.type == "person" })
        let text = EntityTable.text(rows)
        #expect(text.hasPrefix("NAME"))
        #expect(text.contains("Popular Mobilization Forces"))
    }
}
