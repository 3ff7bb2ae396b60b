import Testing
@testable import ReaderModel

@Suite struct RelatednessTests {
    // Four articles: two about one militia leader, one sharing only a common place, one unrelated.
    let analysis = analyze([
        ("a.txt", "Commander Zarko Vellan of the Dunmere Brigades\n\nZarko Vellan led the Dunmere Brigades in Baghdad. Vellan spoke of ceasefire talks."),
        ("b.txt", "Dunmere Brigades regroup\n\nThe Dunmere Brigades, led by Zarko Vellan, regrouped near Baghdad after ceasefire talks."),
        ("c.txt", "Baghdad traffic\n\nTraffic in Baghdad was heavy on Monday as commuters returned."),
        ("d.txt", "Football results\n\nArsenal beat Chelsea at Highbury on Saturday afternoon."),
    ])

    @Test func articlesSharingRareCentralEntitiesRankFirst() {
        let related = Relatedness(analysis)
        let neighbors = related.neighbors(of: 0)
        #expect(neighbors.first?.document == 1)
        if let c = neighbors.first(where: { $0.document == 2 }) { #expect(c.score < neighbors[0].score) }
    }

    @Test func explanationsNameTheSharedEntities() {
        let n = Relatedness(analysis).neighbors(of: 0)[0]
        let names = Set(n.because.map { analysis.entities[$0].name })
        #expect(names.contains("Zarko Vellan"))
        #expect(names.contains("Dunmere Brigades"))
    }

    @Test func articlesSharingNothingAreNotCandidates() {
        let related = Relatedness(analysis)
        #expect(!related.neighbors(of: 0).contains { $0.document == 3 })
        #expect(!related.neighbors(of: 3).contains { $0.document == 0 || $0.document == 1 })
    }

    @Test func relationsAreSymmetricInScore() {
        let related = Relatedness(analysis)
        let ab = related.neighbors(of: 0).first { $0.document == 1 }!.score
        let ba = related.neighbors(of: 1).first { $0.document == 0 }!.score
        #expect(abs(ab - ba) < 0.0011)
    }

    @Test func exportCarriesRelatedWithEntityIDs() {
        let export = ExportFormat(analysis)
        #expect(export.related.count == 4)
        let first = export.related[0]
        #expect(first.doc == "a.txt" && first.neighbors.first?.doc == "b.txt")
        let ids = Set(export.entities.map(\.id))
        #expect(first.neighbors[0].because.allSatisfy { ids.contains($0) })
    }

    @Test func seedArticlesAreAllRelatedToEachOther() {
        let related = Relatedness(seedWorld.analysis)
        for d in 0..<5 {
            let others = Set(related.neighbors(of: d).map(\.document))
            #expect(others == Set(0..<5).subtracting([d]))
            #expect(related.neighbors(of: d).allSatisfy { !$0.because.isEmpty })
        }
    }
}

@Suite struct SearchNormalizationTests {
    let index = seedWorld.search
    func top(_ q: String) -> String? { index.entities(q).first.map { seedWorld.analysis.entities[$0].name } }

    @Test func prefixesFindEntities() {
        #expect(top("muhan") == "Abu Mahdi al-Muhandis")
        #expect(top("khaz") == "Qais al-Khazali")
    }

    @Test func oneTypoIsForgiven() {
        #expect(top("soleimeni") == "Qassem Soleimani")
        #expect(top("netanyahou") == "Benjamin Netanyahu")
    }

    @Test func accentsAndApostrophesDoNotMatter() {
        #expect(top("kataib") == "Kata'ib Hezbollah")
        #expect(top("KATA’IB HIZBULLAH") == "Kata'ib Hezbollah")
        #expect(top("Sudâni") == "Mohammed Shia al-Sudani")
    }

    @Test func unrelatedQueriesFindNothing() {
        #expect(index.entities("xylophone").isEmpty)
        #expect(index.search("xylophone").isEmpty)
    }

    @Test func textHitsFollowEntitiesAndPointAtTheWords() {
        let hits = index.search("Soleimani")
        guard case .entity = hits.first else { Issue.record("entity first"); return }
        for case .text(let d, let range) in hits {
            #expect(seedWorld.analysis.documents[d].document.slice(range).lowercased() == "soleimani")
        }
    }
}
