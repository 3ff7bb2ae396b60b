import ReaderModel

/// Where the reader's frames are drawn: the terminal, or a grid in memory for tests.
protocol Screen {
    /// Current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows a frame.
    mutating func draw(_ frame: Frame)
}

/// A screen in memory: keeps the last frame drawn, for tests.
struct GridScreen: Screen {
    var size: (width: Int, height: Int)
    private(set) var frame: Frame
    private(set) var drawCount = 0

    init(width: Int, height: Int) {
        size = (width, height)
        frame = Frame(width: width, height: height)
    }

    mutating func draw(_ frame: Frame) {
        self.frame = frame
        drawCount += 1
    }

    /// The visible text, one line per row.
    var text: String { frame.text }
}
