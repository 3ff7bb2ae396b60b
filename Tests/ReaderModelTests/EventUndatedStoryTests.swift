import Testing
@testable import ReaderModel

/// Undated reports in dated articles join the one event of their kind dated in the days the
/// article covers, when a speaker, an actor or the story ties them to it; and what a report
/// says is to come is planned.
@Suite struct EventUndatedStoryTests {
    let council = ("a.txt", "Council adopts resolution\n\nPublished: 25 March 2024\n\nThe Ostrava Council voted on Monday for a resolution demanding a truce between the Velkan Front and the Dunmere Brigades in Tessaly, after the Arvenian Union abstained. The White House said on Monday the abstention was no change of policy.")

    @Test func anUndatedVoteInAnArticleOfTheSameStoryJoinsTheDatedVote() {
        let a = analyze([council,
            ("b.txt", "Truce demanded\n\nPublished: 25 March 2024\n\nAll fourteen other members voted in favour of the text. The Velkan Front and the Dunmere Brigades have fought in Tessaly for months, and the Ostrava Council had failed to agree before. The Arvenian Union abstained.")])
        let votes = a.events.filter { $0.type == "vote" || EventFamily.of($0.type) == "vote" }.filter { $0.date?.iso == "2024-03-25" }
        #expect(votes.count == 1)
        #expect(votes.first?.documents == [0, 1])
    }

    @Test func anUndatedVoteInAnotherStoryStaysApart() {
        let a = analyze([council,
            ("b.txt", "Budget passes\n\nPublished: 25 March 2024\n\nMembers of the Lisbeth Assembly voted for the budget of the Port of Kassel.")])
        #expect(a.events.first { $0.date?.iso == "2024-03-25" && EventFamily.of($0.type) == "vote" }?.documents == [0])
    }

    @Test func anUndatedStatementJoinsTheDatedStatementOfItsSpeaker() {
        let a = analyze([council,
            ("b.txt", "No change\n\nPublished: 25 March 2024\n\n\"Our vote does not represent a shift in our policy,\" White House spokesman Jon Kirsby told reporters.")])
        let said = a.events.first { $0.type == "statement" && $0.date?.iso == "2024-03-25" }
        #expect(said?.documents == [0, 1])
    }

    @Test func anUndatedStatementOfAnotherSpeakerStaysApart() {
        let a = analyze([council,
            ("b.txt", "Reaction\n\nPublished: 25 March 2024\n\nThe Velkan Front said the resolution changed nothing in Tessaly.")])
        #expect(a.events.first { $0.type == "statement" && $0.date?.iso == "2024-03-25" }?.documents == [0])
    }

    @Test func anArticleNeverJoinsAnEventDatedAfterIt() {
        let a = analyze([
            ("a.txt", "Leader killed\n\nPublished: 31 July 2024\n\nMarta Quell was assassinated in Tessaly on Wednesday, the Velkan Front said."),
            ("b.txt", "Old news\n\nPublished: 2 January 2024\n\nThe assassination of a Velkan Front official in Tessaly shocked the region."),
        ])
        #expect(!(a.events.first { $0.date?.iso == "2024-07-31" }?.documents.contains(1) ?? false))
    }

    @Test func whatAReportSaysWillHappenIsPlannedAndDated() {
        let a = analyze([
            ("a.txt", "Speech\n\nPublished: 31 July 2024\n\nThe Velkan Front announced that its leader, Marta Quell, would address the nation on Thursday."),
            ("b.txt", "Address\n\nPublished: 31 July 2024\n\nVelkan Front leader Marta Quell is scheduled to deliver an address on Thursday."),
        ])
        let speech = a.events.first { $0.date?.iso == "2024-08-01" }
        #expect(speech?.context == .planned)
        #expect(speech?.documents == [0, 1])
    }
}
