import Testing
@testable import ReaderModel

/// The key to the list's marks: on the status line beside the colour key, and in help.
@Suite struct MarksLegendTests {
    func statusLine(_ reader: Reader) -> (text: String, frame: Frame) {
        let frame = Renderer.frame(reader)
        return (frame.text(row: frame.height - 1), frame)
    }

    @Test func theStatusLineExplainsTheMarksBesideTheColours() {
        let (wide, frame) = statusLine(reader(120, 40))
        #expect(wide.contains("• unread  * starred  ✎ note   person organization place other ?:help"))
        // The unread mark is drawn as the list draws it.
        let column = wide.unicodeScalars.firstIndex(of: "•").map { wide.unicodeScalars.distance(from: wide.unicodeScalars.startIndex, to: $0) }!
        #expect(frame[frame.height - 1, column].style == .unread)
        // At 80 columns the note's mark goes first, then the long colour names.
        let (narrow, _) = statusLine(reader(80, 24))
        #expect(narrow.contains("• unread  * starred   person org place other ?:help"))
        // At 60 columns there is room for the colours only.
        let (small, _) = statusLine(reader(60, 16))
        #expect(!small.contains("unread") && small.contains("?:help"))
    }

    @Test func helpListsEveryMarkTheListDraws() {
        var r = reader(80, 24)
        r.press(.character("?"))
        let text = Renderer.frame(r).text
        for s in ["•", "not opened yet", "* ✎", "starred; has a note", "▸ ▾", "folded / open folder", "z Z", "fold folder / all"] {
            #expect(text.contains(s), "\(s)")
        }
        #expect(!text.contains("j k scroll"))
    }
}

/// Help names the key of every action the reader has.
@Suite struct HelpListsEveryKeyTests {
    /// A key as help writes it.
    func written(_ key: Key) -> String? {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        // Help writes Ctrl-d but Ctrl-C, as each is usually written.
        case .control(let c): return "Ctrl-" + (["c", "l", "z"].contains(c) ? c.uppercased() : String(c))
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "⇧Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        default: return nil
        }
    }

    @Test func everyActionsKeysAreInHelp() {
        let keys = HelpText.sections.flatMap(\.entries).map { $0.keys + " " + $0.action }.joined(separator: " ")
        for action in ReaderAction.all {
            for key in [action.key] + action.alsoKeys {
                guard let name = written(key) else { Issue.record("no written form for \(key)"); continue }
                #expect(keys.contains(name), "help does not name \(name) (\(action.name))")
            }
        }
    }
}

@Suite struct TitleBarTests {
    @Test func theArticlesDateIsShownWholeOrNotAtAll() {
        let narrow = Renderer.frame(reader(80, 24)).text(row: 0)
        #expect(!narrow.contains("│  2 ") && narrow.contains("unread"))
        let wide = Renderer.frame(reader(200, 50)).text(row: 0)
        #expect(wide.contains("2024-01-05"))
    }
}
