import Testing
import ReaderModel
@testable import ReaderUI

@Suite struct PaletteTests {
    static let types: [Style] = [.person, .organization, .place, .other]

    @Test func entityTypesHaveDistinctColoursAtEveryDepthAndBackground() {
        for palette in [Palette(depth: .eight), Palette(depth: .many), Palette(depth: .many, lightBackground: true)] {
            let colours = Self.types.map { palette[$0].foreground }
            #expect(colours.allSatisfy { $0 >= 0 }, "\(palette.depth)")
            #expect(Set(colours).count == 4, "\(palette.depth) light=\(palette.lightBackground)")
            if palette.depth == .eight { #expect(colours.allSatisfy { $0 < 8 }) }
            // Never the default background: entity colours are text colours.
            #expect(Self.types.allSatisfy { palette[$0].background == -1 })
        }
    }

    @Test func withoutColourEachTypeHasItsOwnAttributes() {
        let palette = Palette(depth: .none)
        let looks = Self.types.map { palette[$0] }
        #expect(looks.allSatisfy { !$0.hasColor && !$0.attributes.isEmpty })
        #expect(Set(looks.map(\.attributes.rawValue)).count == 4)
        #expect(palette.pairs.isEmpty)
    }

    @Test func colourOnlyStylesAreVisibleEverywhere() {
        for palette in [Palette(depth: .none), Palette(depth: .eight), Palette(depth: .many)] {
            for style in [Style.searchHit, .jumped, .selected] {
                let look = palette[style]
                #expect(look.background >= 0 || !look.attributes.isEmpty, "\(style) invisible at \(palette.depth)")
            }
            // Search hits, the jumped-to sentence and the unfocused selection differ from each other.
            let three = [palette[.searchHit], palette[.jumped], palette[.selected]]
            #expect(three[0] != three[1] && three[1] != three[2] && three[0] != three[2])
        }
    }

    @Test func noColorAndTerminalDepthChooseThePalette() {
        #expect(Palette(colors: 256, environment: ["NO_COLOR": "1"]).depth == .none)
        #expect(Palette(colors: 256, environment: ["NO_COLOR": ""]).depth == .many)
        #expect(Palette(colors: 8, environment: [:]).depth == .eight)
        #expect(Palette(colors: 0, environment: [:]).depth == .none)
        #expect(Palette(colors: 256, environment: ["COLORFGBG": "0;15"]).lightBackground)
        #expect(Palette(colors: 256, environment: ["COLORFGBG": "0;default;7"]).lightBackground)
        #expect(!Palette(colors: 256, environment: ["COLORFGBG": "15;0"]).lightBackground)
    }

    @Test func everyColouredStyleGetsItsOwnPair() {
        let pairs = Palette(depth: .many).pairs
        #expect(Set(pairs.map(\.pair)).count == pairs.count)
        #expect(pairs.allSatisfy { $0.pair > 0 })
        #expect(pairs.contains { $0.style == .person })
    }
}

@Suite struct StartupProgressTests {
    @Test func countsAndLine() {
        #expect(AnalysisProgressText.count(7) == "7")
        #expect(AnalysisProgressText.count(2095) == "2,095")
        #expect(AnalysisProgressText.count(1_234_567) == "1,234,567")
        #expect(StartupProgress.line(phase: "analysing 2,095 articles", spinner: "⠋", elapsed: 1.44) == "dossier: analysing 2,095 articles ⠋ 1.4 s")
    }
}
