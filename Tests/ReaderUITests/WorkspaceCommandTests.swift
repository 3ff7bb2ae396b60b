import Foundation
import Testing

@Suite(.serialized) struct WorkspaceCommandTests {
    @Test func exportCSVFilesAndJSONL() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-csv-\(UUID().uuidString)")
        let r = try runDossier(["export", "--format", "csv", "--output", dir.path])
        #expect(r.status == 0 && r.out.isEmpty)
        for table in ["documents", "entities", "mentions", "events"] {
            let text = try String(contentsOf: dir.appendingPathComponent(table + ".csv"), encoding: .utf8)
            #expect(text.split(separator: "\r\n").count > 5)
        }
        let events = try runDossier(["export", "--format", "csv", "--what", "events"])
        #expect(events.out.hasPrefix("id,date,type,agent,patient,actors,places"))
        let jsonl = try runDossier(["export", "--format", "jsonl", "--what", "entities"])
        #expect(jsonl.out.split(separator: "\n").allSatisfy { $0.hasPrefix("{") && $0.contains("\"table\":\"entities\"") })
        let wrong = try runDossier(["export", "--format", "json", "--what", "events"])
        #expect(wrong.status != 0 && wrong.err.contains("--what"))
    }

    @Test func searchAListOfNames() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString).txt")
        try "# who\nsulaimani\nhizbullah\nNobody At All\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try runDossier(["search", "--file", file.path])
        #expect(r.status == 0)
        #expect(r.out.contains("== sulaimani\nQassem Soleimani"))
        #expect(r.out.contains("== hizbullah\nKata'ib Hezbollah") || r.out.contains("== hizbullah\nKata’ib Hezbollah"))
        #expect(r.out.contains("== Nobody At All\nno results"))
        let json = try runDossier(["search", "--json", "--file", file.path])
        let batches = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(batches.map { $0["query"] as? String } == ["sulaimani", "hizbullah", "Nobody At All"])
    }
}

@testable import ReaderModel
@testable import ReaderUI

@Suite struct SessionCorrectionTests {
    @Test func aCorrectionFromTheCardIsWrittenAppliedAndUndone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-session-\(UUID().uuidString)")
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try "Talks\n\nTony Blair met Nouri al-Maliki in Baghdad. Mark Blair was not there.\n".write(to: articles.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let paths = WorkspacePaths(environment: ["HOME": folder.path])
        let collection = CollectionPaths(paths: [articles.path], workspace: paths)
        let base = Analysis(corpus: try CorpusLoader().load(paths: [articles.path]), events: false)
        let workspace = SessionWorkspace(collection: collection)
        workspace.base = base
        var reader = Reader(world: ReaderWorld(analysis: base), width: 120, height: 40)
        // Earlier lines in the file are kept.
        try AtomicFile.write("# team notes\nreject: Nobody\n", to: collection.correctionsFile)
        workspace.carryOut(.correct(.merge(["Tony Blair", "Mark Blair"]), show: "Tony Blair"), &reader)
        #expect(try String(contentsOfFile: collection.correctionsFile, encoding: .utf8) == "# team notes\nreject: Nobody\nmerge: Tony Blair | Mark Blair\n")
        #expect(reader.world.analysis.entities.first { $0.name == "Tony Blair" }?.aliases.contains("Mark Blair") == true)
        #expect(reader.cardName == "Tony Blair")
        #expect(reader.state.message?.hasPrefix("corrected: merge") == true)
        workspace.carryOut(.undo, &reader)
        #expect(try String(contentsOfFile: collection.correctionsFile, encoding: .utf8) == "# team notes\nreject: Nobody\n")
        #expect(reader.world.analysis.entities.contains { $0.name == "Mark Blair" })
        workspace.carryOut(.undo, &reader)
        #expect(reader.state.message == "no correction of this session to undo")
    }
}

@Suite struct CorrectionsFolderTests {
    @Test func theCollectionsOwnFolderIsNotASkippedPathAndItsLinesAreReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-own-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".dossier"), withIntermediateDirectories: true)
        try "Talks\n\nTony Blair met Nouri al-Maliki in Baghdad.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "reject: Baghdad\nreject: Atlantis\n".write(to: dir.appendingPathComponent(".dossier/corrections.txt"), atomically: true, encoding: .utf8)
        let r = try runDossier(["entities", "--no-cache", dir.path])
        #expect(r.status == 0)
        #expect(!r.err.contains("hidden") && !r.err.contains("skipped"))
        #expect(r.err.contains(".dossier/corrections.txt:2: no entity named 'Atlantis'"))
        #expect(!r.out.contains("Baghdad") && r.out.contains("Tony Blair"))
    }
}
