import Testing
@testable import ReaderModel
@testable import ReaderUI

@Suite struct ConfigDumpTests {
    @Test func theDumpIsAConfigurationThatChangesNothing() {
        let text = ConfigDump.text(configFile: "/c/config")
        let c = ReaderConfig.load(path: "/c/config", home: "/h", read: { $0 == "/c/config" ? text : nil })
        #expect(c.problems.isEmpty, "\(c.problems)")
        // Every action's keys are listed, and read back they do what they do by default.
        for action in ReaderAction.all {
            #expect(text.contains("bind \(KeyName.name(action.key)) \(action.name) "))
            for key in [action.key] + action.alsoKeys { #expect(c.translate(key) == action.key) }
        }
        #expect(c.colors.count == Style.allCases.count)
        // The colours read back are the palette's.
        let palette = Palette(depth: .many)
        #expect(palette.applying(c.colors) == palette)
        #expect(c.settings == ReaderSettings())
    }

    @Test func colorLinesOverrideThePaletteWithinWhatTheTerminalShows() {
        let settings = [ColorSetting(element: .person, foreground: 196, background: -1, attributes: ["underline"])]
        #expect(Palette(depth: .many).applying(settings)[.person] == Palette.Look(foreground: 196, background: -1, attributes: .underline))
        #expect(Palette(depth: .eight).applying(settings)[.person].foreground == -1)
        #expect(Palette(depth: .none).applying(settings)[.person] == Palette.Look(attributes: .underline))
    }
}
