import Testing
@testable import ReaderModel

/// A short seeded property run: whatever the mutation, the analysis gives a valid export.
@Suite struct FuzzPropertyTests {
    @Test func mutatedArticlesGiveValidExports() {
        let pool = AssetStore.corpusFiles.map { Array($0.data) } + HostileInput.allCases.map { Array($0.article(bytes: 3_000).utf8) }
        var random = SplitMix(seed: 20261122)
        for iteration in 0..<40 {
            var bytes = pool[random.next(pool.count)]
            for _ in 0..<(1 + random.next(4)) { bytes = Fuzzing.mutate(bytes, others: pool, random: &random) }
            if bytes.count > 40_000 { bytes.removeSubrange(40_000...) }
            let problems = Fuzzing.check(bytes)
            #expect(problems.isEmpty, "iteration \(iteration): \(problems)")
        }
    }

    @Test func theCheckerCatchesWhatItLooksFor() {
        #expect(Fuzzing.isValidDate("2020-02-29") && Fuzzing.isValidDate("2021-12") && Fuzzing.isValidDate("0001"))
        #expect(!Fuzzing.isValidDate("2021-02-30") && !Fuzzing.isValidDate("10000") && !Fuzzing.isValidDate("1000-13")
                && !Fuzzing.isValidDate("0000") && !Fuzzing.isValidDate("1900-02-29"))
    }

    @Test func hostileInputsHaveTheirSize() {
        for input in HostileInput.allCases {
            let text = input.article(bytes: 10_000)
            #expect(text.utf8.count >= 10_000 && text.utf8.count < 11_000, "\(input)")
            #expect(text == input.article(bytes: 10_000))
        }
    }
}
