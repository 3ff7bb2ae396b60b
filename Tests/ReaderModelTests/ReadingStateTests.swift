import Foundation
import Testing
@testable import ReaderModel

@Suite struct ReadingStateFileTests {
    @Test func roundTripKeepsEveryFactAndUnknownLines() {
        var state = ReadingState()
        state.read = ["a.txt", "dir/b\tc.txt"]
        state.starred = ["a.txt"]
        state.articleNotes = ["a.txt": "check the date\\n, twice"]
        state.entityNotes = ["Tony Blair": "not the councillor"]
        state.lastDocument = "a.txt"
        state.lastOffset = 1234
        state.unknownLines = ["tag\ta.txt\tsources", "something a newer version wrote"]
        let again = ReadingState(text: state.text)
        #expect(again == state)
        #expect(state.text.contains("tag\ta.txt\tsources\nsomething a newer version wrote\n"))
    }

    @Test func malformedLinesAreKeptNotDropped() {
        let text = "read\nlast\ta.txt\tnot-a-number\nstar\tb.txt\n"
        let state = ReadingState(text: text)
        #expect(state.starred == ["b.txt"])
        #expect(state.unknownLines == ["read", "last\ta.txt\tnot-a-number"])
        #expect(state.lastDocument == nil)
    }

    @Test func aCrashMidWriteLeavesTheOldState() throws {
        let folder = temporaryFolder()
        let file = ReadingStateFile(path: folder.appendingPathComponent("sub/state").path)
        var old = ReadingState()
        old.read = ["a.txt"]
        try file.save(old)
        var new = old
        new.read.insert("b.txt")
        struct Crash: Error {}
        // The new content is complete in the temporary file when the "crash" comes, before the rename.
        #expect(throws: Crash.self) {
            try AtomicFile.write(new.text, to: file.path) { temporary in
                #expect(AtomicFile.read(temporary) == new.text)
                throw Crash()
            }
        }
        #expect(file.load() == old)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sub").path) == ["state"])
        try file.save(new)
        #expect(file.load() == new)
    }

    @Test func aMissingFileIsAnEmptyState() {
        #expect(ReadingStateFile(path: temporaryFolder().appendingPathComponent("none").path).load() == ReadingState())
    }

    @Test func pathsFollowXDGAndAreStablePerCollection() {
        let paths = WorkspacePaths(environment: ["HOME": "/home/u", "XDG_DATA_HOME": "/x/data"])
        #expect(paths.configFile == "/home/u/.config/dossier/config")
        #expect(paths.dataHome == "/x/data/dossier")
        // A relative XDG path is ignored, as the specification says.
        #expect(WorkspacePaths(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "rel"]).configHome == "/h/.config/dossier")
        let a = CollectionPaths(paths: ["/news/iraq"], workspace: paths)
        let b = CollectionPaths(paths: ["/news/../news/iraq/"], workspace: paths)
        let c = CollectionPaths(paths: ["/news/syria"], workspace: paths)
        #expect(a.stateFile == b.stateFile && a.stateFile != c.stateFile)
        #expect(a.stateFile.hasPrefix("/x/data/dossier/collections/iraq-"))
        #expect(CollectionPaths(paths: [], workspace: paths).correctionsFile.hasPrefix("/x/data/dossier/collections/bundled-"))
    }
}

@Suite struct ReadingMarksTests {
    @Test func uTogglesReadAndStarAndNotesShowInTheList() {
        var r = reader()
        r.press(.character("j"))            // the second article, still unread
        // The list row where the second article's title begins.
        let title = String(seedWorld.analysis.documents[1].document.title.prefix(12))
        let row = { Renderer.frame(r).text.split(separator: "\n").first { $0.contains(title) }! }
        #expect(row().hasPrefix("•"))
        r.press(.character("u"))
        #expect(r.state.visited.contains(1) && r.state.message == "marked read")
        #expect(!row().hasPrefix("•"))
        r.press(.character("u"))
        #expect(!r.state.visited.contains(1))
        r.press(.character("*"))
        #expect(r.state.marks.starred == [1])
        #expect(row().hasPrefix("*"))
        #expect(r.markCounts == (unread: 4, starred: 1))
    }

    @Test func aNoteOnTheArticleAndOnAnEntity() throws {
        var r = reader()
        r.press(.character("a"))
        r.type("ask the desk")
        #expect(Renderer.frame(r).text.contains("Note on article: ask the desk▏"))
        r.press(.enter)
        #expect(r.state.marks.articleNotes[seedWorld.analysis.documents[0].document.id] == "ask the desk")
        #expect(Renderer.frame(r).text.contains("NOTE"))
        // On an entity's card, the note is the entity's.
        r.press(.character("S"))  // search all articles
        r.type("soleimani")
        r.press(.enter)
        r.press(.character("a"))
        r.type("killed 2020")
        r.press(.enter)
        #expect(r.state.marks.entityNotes["Qassem Soleimani"] == "killed 2020")
        #expect(Renderer.frame(r).text.contains("killed 2020"))
        // Esc leaves a note as it was; an empty note removes it.
        r.press(.character("a"), .control("u"), .escape)
        #expect(r.state.marks.entityNotes["Qassem Soleimani"] == "killed 2020")
        r.press(.character("a"), .control("u"), .enter)
        #expect(r.state.marks.entityNotes["Qassem Soleimani"] == nil)
    }

    @Test func theStateSavedIsTheStateRestored() {
        var r = reader()
        r.press(.character("j"), .enter)    // open the second article
        r.press(.control("d"), .control("d"))
        r.press(.character("*"))
        let scroll = r.state.articleScroll
        #expect(scroll > 0)
        var stored = ReadingState()
        stored.read = ["elsewhere.txt"]
        let saved = r.readingState(over: stored)
        #expect(saved.read.contains("elsewhere.txt"))   // an article of another run's collection keeps its mark
        #expect(saved.lastDocument == seedWorld.analysis.documents[1].document.id)
        var again = reader()
        again.restore(ReadingState(text: saved.text))
        #expect(again.state.openDocument == 1)
        #expect(again.state.articleScroll == scroll)
        #expect(again.state.visited == r.state.visited)
        #expect(again.state.marks.starred == [1])
        // At another width the same text is at the top.
        var narrow = reader(90, 30)
        narrow.restore(saved)
        let top = narrow.state.article.lines[narrow.state.articleScroll].offsets.first
        #expect(top == saved.lastOffset || narrow.state.article.line(containing: saved.lastOffset) == narrow.state.articleScroll)
    }
}
