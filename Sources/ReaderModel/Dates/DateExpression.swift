/// A date phrase found in an article, before it is resolved to a calendar date.
public struct DateExpression: Sendable, Equatable {
    /// What the phrase says.
    public enum Kind: Sendable, Equatable {
        /// A date with its year: "January 3, 2020", "in November 2016", "in 2014", "2020-01-03".
        case absolute(DateValue)
        /// A month and perhaps a day with no year: "January 4", "on 7 June", "in September".
        case partial(month: Int, day: Int?)
        /// A weekday, alone ("on Friday") or with a day and month ("Thursday, January 4").
        case weekday(Int, month: Int?, day: Int?)
        /// A count of units before or after another time: "two months later", "days after", "four years ago".
        case offset(count: Int, unit: Unit, direction: Direction)
        /// "the same day".
        case sameDay
        /// "last week", "last month", "last year".
        case last(Unit)
        /// "this week", "earlier this month", "this year": the unit the article's date is in.
        case this(Unit)
        /// "next week", "next month", "next year".
        case next(Unit)
        /// "yesterday" (-1), "today", "tonight" (0), "tomorrow" (+1), "last night" (-1): days from the article's date.
        case relativeDay(Int)
    }

    /// Which way a weekday or a yearless date leans from the article's date, when the phrase
    /// says so itself ("last Friday", "next Monday").
    public enum Lean: Sendable, Equatable { case none, past, future }

    /// Calendar units of relative phrases.
    public enum Unit: Sendable, Equatable { case day, week, month, year, decade }
    /// Which way a relative phrase counts.
    public enum Direction: Sendable, Equatable {
        /// "later", "after": from the previous date in the text.
        case later
        /// "ago": back from the article's date.
        case ago
    }

    public var kind: Kind
    /// Token range of the phrase.
    public var tokens: Range<Int>
    /// Code-point range of the phrase.
    public var range: Range<Int>
    /// The start of a range such as "between 2003 and 2011" (only the start is kept).
    public var isRangeStart = false
    /// The end of a range of dates with their months ("between January 1985 and November 2004"):
    /// it dates nothing.
    public var isRangeEnd = false
    /// "last Friday" leans to the past, "next Monday" to the future.
    public var lean: Lean = .none
    /// A count the phrase does not give ("days later", "weeks after"): known only roughly.
    public var isVague = false
    /// For a yearless date, the year counted from the article's ("last year's October 7": -1,
    /// "this year's March 3": 0, "May 2 next year": +1); nil when the phrase does not say.
    public var yearShift: Int? = nil
}
