import Testing
@testable import ReaderModel

/// Entity ids of every mention written exactly so in one document, in reading order.
private func entityIDs(_ a: Analysis, _ text: String, doc: Int = 0) -> [String] {
    let d = a.documents[doc]
    return d.mentions.indices.filter { d.mentions[$0].text == text }.map { a.entities[d.entityOfMention[$0]].id }
}

/// Short forms that are neither a name's tail nor its leading words (DocumentLinker+ShortNames).
@Suite struct ShortNameLinkingTests {
    // A cut first name.
    @Test func aCutFirstNameJoinsTheOnePersonWhoseFirstNameItBegins() {
        let a = analyze([("a.txt", "Title\n\nThe coach Torvald Brekkesen arrived on Monday. Fans cheered when Torv waved from the bus.")])
        #expect(entity(a, "Torvald Brekkesen") != nil)
        #expect(entity(a, "Torv")?.id == entity(a, "Torvald Brekkesen")?.id)
        #expect(entity(a, "Torv")?.type == .person)
    }

    @Test func aCutFirstNameTwoPeopleCouldBearStaysApart() {
        let a = analyze([("a.txt", "Title\n\nThe coach Torvald Brekkesen arrived with Torvaldo Massimi on Monday. Fans cheered when Torv waved from the bus.")])
        let brekkesen = entity(a, "Torvald Brekkesen"), massimi = entity(a, "Torvaldo Massimi")
        #expect(brekkesen != nil && massimi != nil)
        #expect(brekkesen?.id != massimi?.id)
        #expect(entity(a, "Torv")?.id != brekkesen?.id)
        #expect(entity(a, "Torv")?.id != massimi?.id)
    }

    @Test func aCutFirstNameOfTwoLettersJoinsNoOne() {
        let a = analyze([("a.txt", "Title\n\nThe coach Torvald Brekkesen arrived on Monday. Fans cheered when To waved from the bus.")])
        #expect(entity(a, "To")?.id != entity(a, "Torvald Brekkesen")?.id)
    }

    @Test func anOrdinaryWordIsNoCutFirstName() {
        // "Art" begins "Arthur" but is an English word: it names no one.
        let a = analyze([("a.txt", "Title\n\nThe painter Arthur Vellacott opened a gallery on Monday. Art, he said, was for everyone.")])
        #expect(entity(a, "Art")?.id != entity(a, "Arthur Vellacott")?.id)
    }

    // A place without its kind word.
    @Test func aPlaceWithoutItsKindWordJoinsTheFullName() {
        let a = analyze([("a.txt", "Title\n\nThe suspect was taken to Korvathen Prison on Friday. Guards at Korvathen said he was held in a cell in Korvathen overnight.")])
        let prison = entity(a, "Korvathen Prison")
        #expect(prison?.type == .place)
        #expect(entityIDs(a, "Korvathen").allSatisfy { $0 == prison?.id })
        #expect(!entityIDs(a, "Korvathen").isEmpty)
    }

    @Test func aKnownPlaceDoesNotJoinAPlaceItNamesByKind() {
        // Basra the city is not Basra Airport.
        let a = analyze([("a.txt", "Title\n\nTroops landed at Basra Airport on Monday. The convoy then drove into Basra, where crowds gathered in Basra's main square.")])
        let airport = entity(a, "Basra Airport"), city = entity(a, "Basra")
        #expect(airport != nil && city != nil)
        #expect(airport?.id != city?.id)
    }

    @Test func aPersonWhoseSurnameNamesAPlaceStaysThePerson() {
        let a = analyze([("a.txt", "Title\n\nGovernor Tobias Korvath visited Korvath Prison on Friday. Mr Korvath said the cells were overcrowded.")])
        let person = entity(a, "Tobias Korvath"), prison = entity(a, "Korvath Prison")
        #expect(person?.type == .person)
        #expect(entity(a, "Korvath")?.id == person?.id)
        #expect(entity(a, "Korvath")?.id != prison?.id)
    }

    // A titled surname two people of the title's sex bear.
    @Test func aTitledSurnameTwoMenBearJoinsTheNearestFullName() {
        let a = analyze([("a.txt", "Title\n\nMichael Harrowgate spoke in Leeds on Monday. Mr Harrowgate said taxes would fall. Days later, Peter Harrowgate spoke in York. Mr Harrowgate said they would rise.")])
        let michael = entity(a, "Michael Harrowgate"), peter = entity(a, "Peter Harrowgate")
        #expect(michael != nil && peter != nil)
        #expect(michael?.id != peter?.id)
        #expect(entityIDs(a, "Harrowgate") == [michael!.id, peter!.id])
    }

    @Test func aTitledSurnameBeforeBothFullNamesJoinsTheFirstAfterIt() {
        let a = analyze([("a.txt", "Title\n\nMr Harrowgate said taxes would fall. Michael Harrowgate spoke in Leeds on Monday. Peter Harrowgate spoke in York.")])
        let michael = entity(a, "Michael Harrowgate"), peter = entity(a, "Peter Harrowgate")
        #expect(michael?.id != peter?.id)
        #expect(entity(a, "Harrowgate")?.id == michael?.id)
    }

    @Test func theTitlesSexStillChoosesOverTheNearest() {
        // One woman and two men bear the name: "Mrs Harrowgate" is the woman, however near the men.
        let a = analyze([("a.txt", "Title\n\nSarah Harrowgate spoke in Leeds. Michael Harrowgate and Peter Harrowgate spoke in York. Mrs Harrowgate said taxes would fall.")])
        let sarah = entity(a, "Sarah Harrowgate")
        #expect(sarah != nil)
        #expect(entity(a, "Harrowgate")?.id == sarah?.id)
        #expect(entity(a, "Michael Harrowgate")?.id != sarah?.id)
    }

    @Test func twoFullNamesInTheNearestSentenceLeaveTheTitledSurnameAlone() {
        let a = analyze([("a.txt", "Title\n\nThe talks opened on Monday. Michael Harrowgate met Peter Harrowgate in Leeds. Mr Harrowgate said taxes would fall.")])
        let michael = entity(a, "Michael Harrowgate"), peter = entity(a, "Peter Harrowgate")
        #expect(michael != nil && peter != nil)
        #expect(entity(a, "Harrowgate")?.id != michael?.id)
        #expect(entity(a, "Harrowgate")?.id != peter?.id)
    }
}
