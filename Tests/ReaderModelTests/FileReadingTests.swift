import Foundation
import Testing
@testable import ReaderModel

/// Each way a file's bytes become text, or are refused.
@Suite struct TextDecoderTests {
    func text(_ bytes: [UInt8]) -> TextDecoder.Decoded? {
        if case .text(let d) = TextDecoder.decode(bytes: bytes) { return d }
        return nil
    }

    @Test func plainUTF8() {
        let d = text(Array("Café “x”".utf8))
        #expect(d?.text == "Café “x”" && d?.encoding == .utf8 && d?.note == nil)
    }

    @Test func utf8ByteOrderMarkIsDropped() {
        let d = text([0xEF, 0xBB, 0xBF] + Array("Title".utf8))
        #expect(d?.text == "Title" && d?.hadBOM == true && d?.note == nil)
    }

    @Test func utf16WithByteOrderMarks() {
        let le: [UInt8] = [0xFF, 0xFE] + "Tête 😀".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + "Tête 😀".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(text(le)?.text == "Tête 😀" && text(le)?.encoding == .utf16LE)
        #expect(text(be)?.text == "Tête 😀" && text(be)?.encoding == .utf16BE)
    }

    @Test func utf16WithoutAMarkIsToldByItsZeroBytes() {
        let le: [UInt8] = "Plain title\nBody".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(text(le)?.text == "Plain title\nBody" && text(le)?.encoding == .utf16LE)
    }

    @Test func brokenUTF16IsReplacedAndCounted() {
        let d = text([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43])  // lone high surrogate, odd last byte
        #expect(d?.text.hasPrefix("A\u{FFFD}B") == true)
        #expect(d?.note?.contains("UTF-16LE") == true)
    }

    @Test func windows1252Fallback() {
        let d = text([0x93, 0x48, 0xE9, 0x94, 0x20, 0x80, 0x20, 0x81])
        #expect(d?.text == "“Hé” € \u{81}" && d?.encoding == .windows1252)
        #expect(d?.note == "not UTF-8: read as Windows-1252")
    }

    @Test func aFewNULsBecomeVisibleAndKeepOffsets() {
        let d = text(Array("Title\n\nA".utf8) + [0] + Array("B and more text.".utf8))
        #expect(d?.text == "Title\n\nA\u{2400}B and more text.")
        #expect(d?.text.unicodeScalars.count == 8 + 1 + 16)
        #expect(d?.note == "1 NUL byte shown as \u{2400}")
    }

    @Test func realBinariesAreRefused() {
        #expect(TextDecoder.decode(bytes: Array("%PDF-1.4\n".utf8)) == .binary("binary file (PDF), not text"))
        #expect(TextDecoder.decode(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) == .binary("binary file (PNG), not text"))
        #expect(TextDecoder.decode(bytes: [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]) == .binary("binary file (ELF), not text"))
        #expect(TextDecoder.decode(bytes: [0x48, 0, 1, 2, 0x49]) == .binary("binary file, not text"))
        // A word that starts like a signature is still text.
        #expect(text(Array("GIF8 is not a picture here".utf8)) != nil)
    }

    @Test func whiteSpaceOnlyIsEmpty() {
        #expect(TextDecoder.decode(bytes: []) == .empty)
        #expect(TextDecoder.decode(bytes: Array(" \n\t\u{2003}\u{00A0}\u{3000}\u{200B}\u{FEFF}\n".utf8)) == .empty)
    }
}

/// Each kind of path the loader meets.
@Suite(.serialized) struct FileKindTests {
    func make(_ name: String, _ body: String = "Title\n\nBaghdad said so.\n", in dir: URL) -> URL {
        let url = dir.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(body.utf8))
        return url
    }

    func reasons(_ corpus: Corpus) -> [String: String] {
        Dictionary(corpus.skipped.map { (PathBytes($0.path).lastComponent.description, $0.reason) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aNamedPipeIsSkippedWithoutWaiting() throws {
        let dir = temporaryFolder()
        let pipe = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        _ = make("a.txt", in: dir)
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(corpus.documents.map(\.id) == ["a.txt"])
        #expect(reasons(corpus)["pipe.txt"] == "not a regular file (named pipe)")
        // Given by name, and read directly: refused after open, not blocked in it.
        let direct = try CorpusLoader().load(paths: [pipe])
        #expect(direct.documents.isEmpty && direct.skipped.first?.reason == "not a regular file (named pipe)")
        #expect(FileAccess.read(PathBytes(pipe), limit: 100).failureReason == "not a regular file (named pipe)")
    }

    @Test func aLinkToADeviceIsSkipped() throws {
        let dir = temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(reasons(corpus)["zero.txt"] == "not a regular file (character device)")
        #expect(FileAccess.read(PathBytes("/dev/zero"), limit: 100).failureReason == "not a regular file (character device)")
    }

    @Test func readingStopsAtTheLimitWhateverTheReportedSize() throws {
        // /proc files report size 0 but have content: read, and never past the limit.
        let status = FileAccess.read(PathBytes("/proc/self/status"), limit: 1 << 20)
        if case .success(let bytes) = status { #expect(!bytes.isEmpty) }
        let dir = temporaryFolder()
        let big = make("big.txt", String(repeating: "a", count: 5000), in: dir)
        #expect(FileAccess.read(PathBytes(big.path), limit: 4096).failureReason?.hasPrefix("file too large") == true)
    }

    @Test func symbolicLinksAreFollowedOnceAndLoopsReported() throws {
        let dir = temporaryFolder()
        _ = make("a.txt", in: dir)
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("link.txt").path, withDestinationPath: "../a.txt")
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("broken.txt").path, withDestinationPath: "nowhere")
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(corpus.documents.map(\.id) == ["a.txt", "sub/link.txt"])
        #expect(reasons(corpus)["up"] == "symbolic link to a folder already read (loop)")
        #expect(reasons(corpus)["broken.txt"] == "broken symbolic link")
    }

    @Test func aNameThatIsNotUTF8IsReadAndReported() throws {
        let dir = temporaryFolder()
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = PathBytes(dir.path).appending(PathBytes(bytes: name))
        let fd = path.withCString { open($0, O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        _ = Array("Café title\n\nParis.".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let corpus = try CorpusLoader().load(paths: [PathBytes(dir.path)])
        #expect(corpus.documents.map(\.id) == ["caf\\xE9.txt"])
        #expect(corpus.documents.first?.title == "Café title")
        #expect(corpus.warnings.contains { $0.hasSuffix("caf\\xE9.txt: file name is not UTF-8 (shown with \\x escapes)") })
        // Given directly by its bytes.
        let direct = try CorpusLoader().load(paths: [path])
        #expect(direct.documents.count == 1)
    }

    @Test func hiddenEntriesAreCountedNotDropped() throws {
        let dir = temporaryFolder()
        _ = make(".notes.txt", in: dir)
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(corpus.documents.isEmpty)
        #expect(reasons(corpus)[".notes.txt"] == "hidden")
    }

    @Test func anUnreadableFolderIsReported() throws {
        // Root reads every folder: the listing failure is simulated on a path that is not a folder.
        #expect(FileAccess.list(PathBytes("/no/such/folder")).failureReason == "no such file or folder")
        guard getuid() != 0 else { return }
        let dir = temporaryFolder()
        let sub = dir.appendingPathComponent("closed")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        chmod(sub.path, 0)
        defer { chmod(sub.path, 0o755) }
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(reasons(corpus)["closed"] == "unreadable folder: permission denied")
    }

    @Test func aByteOrderMarkStaysOutOfTheTitle() throws {
        let dir = temporaryFolder()
        _ = make("bom.txt", "\u{FEFF}Title here\n\nText.", in: dir)
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(corpus.documents.first?.title == "Title here")
    }
}

extension Swift.Result {
    var failureReason: String? {
        if case .failure(let e) = self { return "\(e)" }
        return nil
    }
}

/// The one sanitiser for what commands print, and JSON escaping.
@Suite struct SanitiserTests {
    @Test func controlsC1AndBidiBecomeVisible() {
        let hostile = "a\u{1B}]2;T\u{07}b\u{9B}c\u{202E}d\u{2066}e\u{7F}f\nnext"
        let clean = TextSanitizer.clean(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" || $0 == "\u{2066}" })
        #expect(clean == "a\u{241B}]2;T\u{2407}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{2421}f next")
        #expect(TextSanitizer.clean("Plain “text” — é") == "Plain “text” — é")
    }

    /// The fast path of `append` (used when drawing article text) must agree with `display`
    /// for every scalar it lets through, the Arabic letter mark U+061C included.
    @Test func appendAgreesWithDisplay() {
        let samples: [UInt32] = [0x09, 0x1B, 0x41, 0x7F, 0x85, 0x9B, 0xA0, 0xE9, 0x061C, 0x0627, 0x200B, 0x200E, 0x200F, 0x2028, 0x202E, 0x2066, 0x2069, 0x4E2D]
        for v in samples {
            let s = Unicode.Scalar(v)!
            var view = String.UnicodeScalarView()
            TextSanitizer.append(s, to: &view)
            #expect(Array(view) == TextSanitizer.display(s), "U+\(String(v, radix: 16))")
        }
        var view = String.UnicodeScalarView()
        TextSanitizer.append("\u{061C}", to: &view)
        #expect(!view.contains("\u{061C}"))
    }

    @Test func jsonEscapesC1AndBidiControls() throws {
        let json = JSONOutput.encode(["title": "x\u{9B}y\u{202E}z\u{1B}w\u{2028}"])
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" || $0 == "\u{2028}" })
        #expect(json.contains("x\\u009by\\u202ez\\u001bw\\u2028"))
        let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(back?["title"] == "x\u{9B}y\u{202E}z\u{1B}w\u{2028}")
    }
}
