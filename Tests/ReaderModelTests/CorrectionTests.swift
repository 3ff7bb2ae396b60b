import Foundation
import Testing
@testable import ReaderModel

/// Two small articles whose analysis the corrections below change.
let correctionArticles = [
    ("a.txt", """
    Blair meets Maliki in Baghdad

    Reuters, March 3, 2007 — Tony Blair met Nouri al-Maliki in Baghdad on Monday. Blair said the talks with the Iraqi government were useful.

    Maliki thanked the United Nations for its support.
    """),
    ("b.txt", """
    Opposition leader speaks

    Reuters, March 4, 2007 — Mark Blair, a councillor, spoke in London about Tony Blair and the United Nations. The Iraqi prime minister, Nouri al-Maliki, was in Baghdad.
    """),
]
let correctionBase = analyze(correctionArticles)

func corrected(_ text: String) -> CorrectedAnalysis {
    let parsed = CorrectionsParser.parse(text)
    #expect(parsed.problems.isEmpty, "\(parsed.problems)")
    return CorrectionApplier.apply(parsed.corrections, to: correctionBase)
}

func named(_ analysis: Analysis, _ name: String) -> Entity? { analysis.entities.first { $0.name == name } }

/// Every mention an entity lists points back at it, and every owned mention is listed.
func expectConsistent(_ analysis: Analysis) {
    var listed = 0
    for (e, entity) in analysis.entities.enumerated() {
        #expect(entity.id == "e\(e + 1)")
        for o in entity.occurrences {
            #expect(analysis.documents[o.document].entityOfMention[o.mention] == e)
            #expect(analysis.documents[o.document].mentions[o.mention].type == entity.type)
        }
        listed += entity.occurrences.count
    }
    #expect(listed == analysis.documents.map { $0.entityOfMention.filter { $0 >= 0 }.count }.reduce(0, +))
    for doc in analysis.documents {
        #expect(doc.mentions.count == doc.entityOfMention.count)
        #expect(zip(doc.mentions, doc.mentions.dropFirst()).allSatisfy { $0.start <= $1.start })
    }
    for event in analysis.events {
        for i in event.actors + event.places + [event.agent, event.patient].compactMap({ $0 }) {
            #expect(analysis.entities.indices.contains(i))
        }
    }
}

@Suite struct CorrectionParserTests {
    @Test func everyForm() {
        let text = """
        # a comment, then a blank line

        merge: Tony Blair | Mark Blair | T. Blair
        separate: Tony Blair | Mark Blair
        reject: Blur
          type: United Nations = organisation
        rename: Baghdad = Baghdad, Iraq
        alias: Nouri al-Maliki = Abu Esraa
        MERGE:A|B
        """
        let (corrections, problems) = CorrectionsParser.parse(text)
        #expect(problems.isEmpty)
        #expect(corrections == [
            NumberedCorrection(line: 3, correction: .merge(["Tony Blair", "Mark Blair", "T. Blair"])),
            NumberedCorrection(line: 4, correction: .separate("Tony Blair", "Mark Blair")),
            NumberedCorrection(line: 5, correction: .reject("Blur")),
            NumberedCorrection(line: 6, correction: .retype("United Nations", .organization)),
            NumberedCorrection(line: 7, correction: .rename("Baghdad", to: "Baghdad, Iraq")),
            NumberedCorrection(line: 8, correction: .alias("Nouri al-Maliki", form: "Abu Esraa")),
            NumberedCorrection(line: 9, correction: .merge(["A", "B"])),
        ])
        // Each correction writes the line it is read from.
        for c in corrections {
            #expect(CorrectionsParser.parse(line: c.correction.line).flatMap { try? $0.get() } == c.correction)
        }
    }

    @Test func everyErrorHasItsLineAndTheRestStillReads() {
        let text = """
        merge Tony Blair | Mark Blair
        merge: Tony Blair
        merge: Tony Blair | | Mark Blair
        separate: A | B | C
        separate: A
        reject:
        type: Blur = band
        type: Blur
        rename: Baghdad =
        alias: = Abu Esraa
        split: A | B
        reject: Blur
        """
        let (corrections, problems) = CorrectionsParser.parse(text)
        #expect(corrections == [NumberedCorrection(line: 12, correction: .reject("Blur"))])
        #expect(problems.map(\.line) == Array(1...11))
        #expect(problems[0].message.contains("expected 'KEYWORD: …'"))
        #expect(problems[1].message.contains("two names"))
        #expect(problems[2].message.contains("empty"))
        #expect(problems[3].message.contains("exactly two"))
        #expect(problems[6].message.contains("unknown type 'band'"))
        #expect(problems[10].message.contains("unknown correction 'split'"))
        #expect(problems[0].description.hasPrefix("line 1: "))
    }

    @Test func controlCharactersInAProblemAreNotEchoed() {
        let (_, problems) = CorrectionsParser.parse("bogus\u{1B}[2J line")
        #expect(problems.count == 1 && !problems[0].message.unicodeScalars.contains("\u{1B}"))
    }
}

@Suite struct CorrectionApplierTests {
    @Test func noCorrectionsLeaveTheAnalysisAlone() {
        let result = CorrectionApplier.apply([], to: correctionBase)
        #expect(result.analysis.entities == correctionBase.entities)
    }

    @Test func mergeJoinsEntitiesUnderTheFirstName() throws {
        let result = corrected("merge: tony blair | Mark Blair")
        #expect(result.problems.isEmpty)
        let blair = try #require(named(result.analysis, "Tony Blair"))
        #expect(named(result.analysis, "Mark Blair") == nil)
        #expect(blair.aliases.contains("Mark Blair") && blair.aliases.contains("Blair"))
        #expect(blair.occurrences.count == 5)
        #expect(blair.documents == [0, 1])
        #expect(blair.corrections == ["line 1: merge: tony blair | Mark Blair"])
        #expect(result.analysis.entities.count == correctionBase.entities.count - 1)
        expectConsistent(result.analysis)
    }

    @Test func mergeThenSeparateGivesBackBothEntities() throws {
        let result = corrected("merge: Tony Blair | Mark Blair\nseparate: Tony Blair | Mark Blair")
        #expect(result.problems.isEmpty)
        let tony = try #require(named(result.analysis, "Tony Blair"))
        let mark = try #require(named(result.analysis, "Mark Blair"))
        #expect(tony.occurrences.count == named(correctionBase, "Tony Blair")!.occurrences.count)
        #expect(mark.occurrences.count == 1 && mark.aliases.isEmpty)
        #expect(!tony.aliases.contains("Mark Blair"))
        expectConsistent(result.analysis)
    }

    @Test func separateSplitsAFormTheAnalysisJoined() throws {
        // The analysis joined "Blair" to Tony Blair; the analyst says the lone surname is someone else.
        let result = corrected("separate: Tony Blair | Blair")
        let tony = try #require(named(result.analysis, "Tony Blair"))
        let blair = try #require(named(result.analysis, "Blair"))
        #expect(!tony.aliases.contains("Blair") && tony.occurrences.count == 2)
        #expect(blair.occurrences.count == 2 && blair.corrections.count == 1)
        expectConsistent(result.analysis)
    }

    @Test func rejectRemovesTheEntityAndEveryMention() {
        let result = corrected("reject: reuters")
        #expect(named(result.analysis, "Reuters") == nil)
        for doc in result.analysis.documents { #expect(!doc.mentions.contains { $0.text == "Reuters" }) }
        expectConsistent(result.analysis)
        #expect(!ExportFormat(result.analysis).json().contains("Reuters\""))
    }

    @Test func rejectOfAnAliasRemovesOnlyThatForm() throws {
        let result = corrected("reject: Maliki")
        let maliki = try #require(named(result.analysis, "Nouri al-Maliki"))
        #expect(maliki.aliases.isEmpty)
        #expect(maliki.occurrences.count == 2)
        #expect(!result.analysis.documents[0].mentions.contains { $0.text == "Maliki" })
        expectConsistent(result.analysis)
    }

    @Test func retypeChangesTheEntityAndItsMentions() throws {
        let result = corrected("type: United Nations = place")
        let un = try #require(named(result.analysis, "United Nations"))
        #expect(un.type == .place && un.corrections == ["line 1: type: United Nations = place"])
        expectConsistent(result.analysis)
        #expect(EntityTable.rows(result.analysis, type: .place).contains { $0.name == "United Nations" })
    }

    @Test func renameSetsTheCanonicalNameAndKeepsTheOldAsAnAlias() throws {
        let result = corrected("rename: Nouri al-Maliki = Nuri al-Maliki")
        let maliki = try #require(named(result.analysis, "Nuri al-Maliki"))
        #expect(maliki.aliases.contains("Nouri al-Maliki") && maliki.aliases.contains("Maliki"))
        // The new name is found by the next correction, and by search.
        let retyped = corrected("rename: Maliki = Nuri al-Maliki\ntype: nuri al-maliki = organization")
        #expect(named(retyped.analysis, "Nuri al-Maliki")?.type == .organization)
        #expect(SearchIndex(result.analysis).entities("nuri").first.map { result.analysis.entities[$0].name } == "Nuri al-Maliki")
    }

    @Test func aliasMovesMentionsAndFindsNewOnesInTheText() throws {
        let result = corrected("alias: Tony Blair = Mark Blair\nalias: Nouri al-Maliki = Iraqi prime minister")
        #expect(result.problems.isEmpty)
        #expect(named(result.analysis, "Mark Blair") == nil)
        #expect(named(result.analysis, "Tony Blair")?.occurrences.count == 5)
        let maliki = try #require(named(result.analysis, "Nouri al-Maliki"))
        #expect(maliki.aliases.contains("Iraqi prime minister"))
        let added = try #require(result.analysis.documents[1].mentions.firstIndex { $0.text == "Iraqi prime minister" })
        let doc = result.analysis.documents[1]
        #expect(doc.document.slice(doc.mentions[added].start..<doc.mentions[added].end) == "Iraqi prime minister")
        expectConsistent(result.analysis)
    }

    @Test func linesThatMatchNothingAreReportedAndSkipped() {
        let parsed = CorrectionsParser.parse("""
        reject: Atlantis
        merge: Tony Blair | Nobody Here
        separate: Tony Blair | Baghdad
        alias: Tony Blair = Zanzibar Express
        type: Nobody = place
        rename: Nobody = Someone
        merge: Tony Blair | Mark Blair
        """)
        let result = CorrectionApplier.apply(parsed.corrections, to: correctionBase)
        #expect(result.problems.map(\.line) == [1, 2, 4, 5, 6])
        #expect(result.problems[0].message == "no entity named 'Atlantis'")
        #expect(result.problems[2].message.contains("does not occur"))
        // The last line still applied.
        #expect(named(result.analysis, "Tony Blair")?.aliases.contains("Mark Blair") == true)
    }

    @Test func theFileIsReadAppendedAndUndoneKeepingOtherLines() throws {
        let folder = temporaryFolder()
        let file = CorrectionsFile(path: folder.appendingPathComponent(".dossier/corrections.txt").path)
        #expect(file.read().corrections.isEmpty)
        try AtomicFile.write("# mine\nreject: Reuters\nnot a correction\n", to: file.path)
        try file.append(.retype("United Nations", .place))
        try file.append(.merge(["Tony Blair", "Mark Blair"]))
        var result = file.apply(to: correctionBase)
        #expect(result.problems.map(\.line) == [3])
        #expect(named(result.analysis, "United Nations")?.type == .place)
        #expect(try file.removeLast(.merge(["Tony Blair", "Mark Blair"])))
        result = file.apply(to: correctionBase)
        #expect(named(result.analysis, "Mark Blair") != nil)
        #expect(AtomicFile.read(file.path) == "# mine\nreject: Reuters\nnot a correction\ntype: United Nations = place\n")
    }
}

@Suite struct CorrectionCardTests {
    @Test func theEntityCardShowsTheCorrectionsThatApplied() throws {
        let result = corrected("merge: Tony Blair | Mark Blair\ntype: Tony Blair = person")
        var r = Reader(world: ReaderWorld(analysis: result.analysis), width: 220, height: 40)
        r.press(.character("S")); r.type("tony blair")  // S: search all articles
        r.press(.enter)
        let text = Renderer.frame(r).text
        #expect(text.contains("CORRECTED"))
        #expect(text.contains("line 1: merge: Tony Blair | Mark Blair"))
        #expect(text.contains("line 2: type: Tony Blair = person"))
        // An entity no correction touched has no such section.
        var plain = Reader(world: ReaderWorld(analysis: correctionBase), width: 120, height: 40)
        plain.press(.character("S")); plain.type("tony blair")
        plain.press(.enter)
        #expect(!Renderer.frame(plain).text.contains("CORRECTED"))
    }
}

@Suite struct CorrectionKeyTests {
    func cardReader() -> Reader {
        var r = Reader(world: ReaderWorld(analysis: correctionBase), width: 120, height: 40)
        r.press(.character("S")); r.type("tony blair")  // S: search all articles
        r.press(.enter)
        return r
    }

    @Test func theCardKeysAskForCorrectionLines() {
        var r = cardReader()
        r.press(.character("M"))
        r.type("mark")
        #expect(Renderer.frame(r).text.contains("Merge Tony Blair with: mark▏"))
        #expect(Renderer.frame(r).text.contains("Mark Blair — person, 1 article"))
        r.press(.enter)
        #expect(r.takeRequest() == .correct(.merge(["Tony Blair", "Mark Blair"]), show: "Tony Blair"))
        #expect(r.takeRequest() == nil)
        r.press(.character("T"), .character("l"))
        #expect(r.takeRequest() == .correct(.retype("Tony Blair", .place), show: "Tony Blair"))
        r.press(.character("R"), .control("u"))
        r.type("Anthony Blair")
        r.press(.enter)
        #expect(r.takeRequest() == .correct(.rename("Tony Blair", to: "Anthony Blair"), show: "Anthony Blair"))
        r.press(.character("X"))
        #expect(r.takeRequest() == .correct(.reject("Tony Blair"), show: nil))
        r.press(.character("U"))
        #expect(r.takeRequest() == .undo)
        // Esc writes nothing; away from a card the keys say where they work.
        r.press(.character("M"), .character("x"), .escape)
        #expect(r.takeRequest() == nil)
        var plain = Reader(world: ReaderWorld(analysis: correctionBase), width: 120, height: 40)
        plain.press(.character("X"))
        #expect(plain.takeRequest() == nil && plain.state.message?.contains("card") == true)
    }

    @Test func theReaderCarriedToTheCorrectedWorldKeepsItsPlace() {
        var r = cardReader()
        r.press(.character("*"))
        let document = r.state.openDocument
        let result = corrected("merge: Tony Blair | Mark Blair")
        let again = r.carried(to: ReaderWorld(analysis: result.analysis), show: "Tony Blair")
        #expect(again.state.openDocument == document)
        #expect(again.state.marks.starred == r.state.marks.starred)
        #expect(again.cardName == "Tony Blair")
        #expect(Renderer.frame(again).text.contains("CORRECTED"))
        let rejected = r.carried(to: ReaderWorld(analysis: corrected("reject: Tony Blair").analysis), show: nil)
        #expect(rejected.cardName == nil)
    }
}
