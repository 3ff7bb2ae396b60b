import Testing
@testable import ReaderModel

/// One happening told in different words (`event-families.txt`): a massacre and the killings, a
/// strike and the wounded it left, a town seized and captured, meet as one event; families apart stay apart.
@Suite struct EventFamilyMergeTests {
    @Test func familiesComeFromTheKnowledgeFile() {
        let map = EventFamily.families("# comment\nattack: attack killing injury\nvote: vote law\n")
        #expect(map["injury"] == "attack" && map["law"] == "vote")
        #expect(map["meeting"] == nil)
        #expect(EventFamily.of("death") == "attack")
        #expect(EventFamily.of("capture") == EventFamily.of("liberation"))
        #expect(EventFamily.of("meeting") == "meeting")
    }

    @Test func aMassacreAndTheKillingsAreOneEvent() {
        let a = analyze([
            ("a.txt", "Village attacked\n\nPublished: 6 June 2024\n\nFighters of the Velkan Front massacred more than a hundred villagers in Tessaly on Wednesday, residents said."),
            ("b.txt", "Dozens dead\n\nPublished: 7 June 2024\n\nThe Velkan Front killed over a hundred people in Tessaly on June 5, 2024.")])
        let dated = a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
        #expect(dated.count == 1)
        #expect(dated.first?.date?.iso == "2024-06-05" && dated.first?.documents == [0, 1])
    }

    @Test func aStrikeAndTheWoundedItLeftAreOneEventInTheirSentence() {
        let a = analyze([("a.txt", "Ship hit\n\nPublished: 7 March 2024\n\nEight sailors were wounded when a missile of the Velkan Front struck the tanker Morvel Star on Wednesday.")])
        #expect(a.events.filter { $0.date?.iso == "2024-03-06" }.count == 1)
    }

    @Test func aTownSeizedAndCapturedIsOneEvent() {
        let a = analyze([
            ("a.txt", "Town falls\n\nPublished: 3 March 2024\n\nThe Velkan Front seized Tessaly on 2 March 2024 after a week of fighting."),
            ("b.txt", "Rebels advance\n\nPublished: 4 March 2024\n\nTessaly was captured by the Velkan Front on March 2, 2024.")])
        let captures = a.events.filter { $0.type == "capture" && $0.date != nil }
        #expect(captures.count == 1)
        #expect(captures.first?.documents == [0, 1])
    }

    @Test func aCaptureIsNoMeetingOfTheSameDay() {
        let a = analyze([
            ("a.txt", "Town falls\n\nPublished: 3 March 2024\n\nThe Velkan Front seized Tessaly on 2 March 2024 after a week of fighting."),
            ("b.txt", "Talks\n\nPublished: 3 March 2024\n\nThe Velkan Front met envoys in Tessaly on 2 March 2024.")])
        #expect(a.events.filter { $0.date?.iso == "2024-03-02" }.count == 2)
    }
}
