import Testing
@testable import ReaderModel

/// Loads a configuration from in-memory files.
func config(_ files: [String: String], main: String = "/c/config") -> ReaderConfig {
    ReaderConfig.load(path: main, home: "/home/u", read: { files[$0] })
}

@Suite struct ConfigTests {
    @Test func bindColorSetAndInclude() {
        let c = config([
            "/c/config": """
            # mine
            bind x quit   # leave
            bind C-n down
            bind Space page-up
            unbind s
            color person red default bold underline
            colour search-hit 232 color220
            set pane-ratios 1:5:2
            include keys
            include ~/more
            """,
            "/c/keys": "bind J down\n",
            "/home/u/more": "set wrap-width 72\n",
        ])
        #expect(c.problems.isEmpty, "\(c.problems)")
        #expect(c.translate(.character("x")) == .character("Q"))
        #expect(c.translate(.control("n")) == .character("j"))
        #expect(c.translate(.character(" ")) == .character("b"))
        #expect(c.translate(.character("J")) == .character("j"))
        #expect(c.translate(.character("s")) == nil)
        #expect(c.translate(.character("k")) == .character("k"))    // untouched keys do what they did
        #expect(c.colors == [
            ColorSetting(element: .person, foreground: 1, background: -1, attributes: ["bold", "underline"]),
            ColorSetting(element: .searchHit, foreground: 232, background: 220, attributes: []),
        ])
        #expect(c.settings.paneRatios == [1, 5, 2] && c.settings.wrapWidth == 72)
        // The keys in force for an action: defaults not rebound, then bound ones.
        let pageDown = ReaderAction.named("page-down")!
        #expect(c.keys(for: pageDown) == [.pageDown, .control("f")])
        #expect(c.keys(for: ReaderAction.named("quit")!) == [.character("Q"), .control("c"), .character("x")])
        #expect(c.keys(for: ReaderAction.named("down")!) == [.character("j"), .down, .control("n"), .character("J")])
    }

    @Test func everyErrorIsReportedWithItsLineAndTheDefaultKept() {
        let c = config(["/c/config": """
        bind x
        bind x fly
        bind Hyper-x quit
        color nothing red default
        color person mauve default
        color person red default blink
        set wrap-width 5
        set colour blue
        include missing
        frobnicate
        bind y quit
        """])
        #expect(c.problems.map(\.line) == Array(1...10))
        #expect(c.problems.allSatisfy { $0.file == "/c/config" })
        #expect(c.problems[1].message.contains("unknown action 'fly'"))
        #expect(c.problems[2].message.contains("unknown key 'Hyper-x'"))
        #expect(c.problems[3].message.contains("unknown element 'nothing'"))
        #expect(c.problems[8].message.contains("cannot read included file /c/missing"))
        #expect(c.problems[9].description == "/c/config:10: unknown command 'frobnicate'; commands: bind, unbind, color, set, include")
        #expect(c.colors.isEmpty && c.settings == ReaderSettings())
        #expect(c.translate(.character("x")) == .character("x"))
        #expect(c.translate(.character("y")) == .character("Q"))
    }

    @Test func anIncludeLoopStops() {
        let c = config(["/c/config": "include config\nbind x quit\n"])
        #expect(c.problems.count == 1 && c.problems[0].message.contains("too deep"))
        #expect(c.translate(.character("x")) == .character("Q"))
    }

    @Test func everyActionHasAUniqueNameAndKeyNamesRoundTrip() {
        #expect(Set(ReaderAction.all.map(\.name)).count == ReaderAction.all.count)
        for action in ReaderAction.all {
            for key in [action.key] + action.alsoKeys { #expect(KeyName.key(KeyName.name(key)) == key) }
        }
        #expect(KeyName.key("^d") == .control("d") && KeyName.key("Ctrl-D") == .control("d") && KeyName.key("return") == .enter)
    }

    @Test func optionsChangeTheLayout() throws {
        var r = reader(120, 40)
        let before = r.state.layout
        var settings = ReaderSettings()
        settings.paneRatios = [1, 8, 2]
        settings.wrapWidth = 40
        r.apply(settings: settings)
        #expect(r.state.layout.list.count < before.list.count)
        #expect(r.state.layout.articleTextWidth == 40)
        #expect(r.state.article.lines.allSatisfy { DisplayWidth.of(String(String.UnicodeScalarView($0.scalars))) <= 40 })
        // Extreme ratios still leave the article its minimum.
        settings.paneRatios = [100, 1, 100]
        r.apply(settings: settings)
        #expect(r.state.layout.article.count >= 34)
    }
}

@Suite struct ConfigHelpTests {
    @Test func helpShowsTheKeysTheConfigurationBinds() {
        let c = config(["/c/config": "bind x quit\nunbind s\nbind x down\n"])
        #expect(c.helpEntries.map { "\($0.keys) \($0.action)" } == ["s (unbound)", "x down"])
        var r = reader(120, 40)
        var settings = ReaderSettings()
        settings.boundKeys = c.helpEntries
        r.apply(settings: settings)
        r.press(.character("?"))
        let text = Renderer.frame(r).text
        #expect(text.contains("YOUR KEYS (config)"))
        #expect(text.contains("x") && text.contains("down"))
        #expect(!Renderer.frame(reader(120, 40)).text.contains("YOUR KEYS"))
    }
}
