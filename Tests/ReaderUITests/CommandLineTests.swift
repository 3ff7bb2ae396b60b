import Foundation
import Testing

/// Runs the built `dossier` binary and captures what it prints.
func runDossier(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
    let binary = Bundle.main.bundleURL.appendingPathComponent("dossier")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: binary.path])
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

@Suite(.serialized) struct CommandLineTests {
    @Test func aMissingPathExitsTwoWithOneLine() throws {
        let r = try runDossier(["entities", "/no/such/place"])
        #expect(r.status == 2)
        #expect(r.err == "dossier: no such file or folder: /no/such/place\n")
    }

    @Test func theReaderWithoutATerminalSaysWhatToUse() throws {
        let r = try runDossier([])
        #expect(r.status == 2)
        #expect(r.err == "dossier: the reader needs a terminal; use 'dossier export' or 'dossier entities' in scripts\n")
    }

    @Test func exportPrintsJSONOfTheBundledCorpus() throws {
        let r = try runDossier(["export", "--format", "json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        #expect((object?["documents"] as? [Any])?.count == 5)
    }

    @Test func entitiesPrintsATableAndJSON() throws {
        let table = try runDossier(["entities"])
        #expect(table.out.hasPrefix("NAME"))
        #expect(table.out.contains("Qassem Soleimani"))
        let json = try runDossier(["entities", "--json", "--type", "person"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect(rows?.allSatisfy { $0["type"] as? String == "person" } == true)
    }

    @Test func badFilesAreReportedByNameAndSkipped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir.appendingPathComponent("good.txt").path, contents: Data("Title\n\nBaghdad said so.".utf8))
        FileManager.default.createFile(atPath: dir.appendingPathComponent("empty.txt").path, contents: Data())
        FileManager.default.createFile(atPath: dir.appendingPathComponent("bin.txt").path, contents: Data([0, 1, 2, 3]))
        FileManager.default.createFile(atPath: dir.appendingPathComponent("bad.txt").path, contents: Data([0x41, 0x0A, 0xFF, 0x42]))
        FileManager.default.createFile(atPath: dir.appendingPathComponent("photo.jpg").path, contents: Data([0xFF, 0xD8]))
        let r = try runDossier(["entities", dir.path])
        #expect(r.status == 0)
        let lines = r.err.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("empty.txt: skipped: empty file") })
        #expect(lines.contains { $0.hasSuffix("bin.txt: skipped: binary file, not text") })
        #expect(lines.contains { $0.hasSuffix("bad.txt: not UTF-8: read as Windows-1252") })
        #expect(lines.contains("dossier: skipped 3 paths: 1 binary file, not text; 1 empty file; 1 not an article format (--verbose lists them)"))
        #expect(!lines.contains { $0.hasSuffix("photo.jpg: skipped: not an article format") })
        let verbose = try runDossier(["entities", "--verbose", dir.path])
        #expect(verbose.err.split(separator: "\n").contains { $0.hasSuffix("photo.jpg: skipped: not an article format") })
        #expect(r.out.contains("Baghdad"))
    }

    @Test func helpAndVersion() throws {
        let help = try runDossier(["--help"])
        #expect(help.out.contains("USAGE: dossier"))
        #expect(help.out.contains("export") && help.out.contains("entities"))
        let version = try runDossier(["--version"])
        #expect(version.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let sub = try runDossier(["export", "--help"])
        #expect(sub.out.contains("--format"))
    }
}

@Suite(.serialized) struct RelatedAndSearchCommandTests {
    @Test func relatedListsTheOtherSeedArticlesWithReasons() throws {
        let r = try runDossier(["related", "000_e73bed0ed0744347.txt"])
        #expect(r.status == 0)
        #expect(r.out.contains("001_89d1a2915716daa9.txt"))
        #expect(r.out.contains("because: "))
        let json = try runDossier(["related", "2", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(object?["doc"] as? String == "001_89d1a2915716daa9.txt")
        #expect((object?["neighbors"] as? [[String: Any]])?.count == 4)
    }

    @Test func relatedWithAnUnknownArticleFails() throws {
        let r = try runDossier(["related", "nope.txt"])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("dossier: no article 'nope.txt'"))
    }

    @Test func searchPrintsEntitiesThenSnippets() throws {
        let r = try runDossier(["search", "hizballah"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("Hezbollah") || r.out.contains("Kata'ib Hezbollah"))
        let json = try runDossier(["search", "\"dangerous escalation\"", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect((rows?.count ?? 0) >= 3)
        #expect(rows?.allSatisfy { $0["kind"] as? String == "text" && ($0["snippet"] as? String)?.contains("dangerous escalation") == true } == true)
    }
}
