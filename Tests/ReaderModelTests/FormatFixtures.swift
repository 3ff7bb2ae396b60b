import Foundation

/// The format fixtures under Tests/Fixtures, found from this source file.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func text(_ relative: String) -> String {
        (try? String(contentsOfFile: path(relative), encoding: .utf8)) ?? ""
    }

    /// Names that appear only in the page's scripts, navigation, share bar, adverts, comments, sidebar and footer.
    static let furnitureNames = ["Margaret Whitfield", "Thomas Greaves", "Daniel Okafor", "Sarah Lindqvist", "Geneva", "Lisbon"]
}
