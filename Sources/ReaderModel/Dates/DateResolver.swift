/// Turns an article's date phrases into calendar dates.
///
/// The anchor is the dateline's date; without one, a date the article pins down itself: a
/// weekday with a day and month ("Thursday, January 4": the first year, from the latest
/// year the article names, in which January 4 was a Thursday), or a weekday and a yearless
/// date that report the same kind of event. The anchor then moves to the last weekday the
/// article mentions in that week, since it was written after the events it reports.
/// Relative phrases need the anchor ("on Friday", "last week", "four years ago") or the
/// previous date in the text ("two months later", "days after", "the same day"); a
/// yearless date takes the year its paragraph is about. What cannot be resolved stays nil.
public struct DateResolver: Sendable {
    /// Where the anchor came from.
    public enum AnchorSource: Sendable, Equatable { case dateline, pinned }

    /// A phrase, the sentence it is in, the paragraph, and the event type nearest it (for pinning).
    public struct Input: Sendable {
        public var expression: DateExpression
        public var sentence: Int
        public var paragraph: Int
        public var eventType: String?
        /// The phrase stands in a definite reference to an event: "the January 4 strike".
        public var refersBack: Bool
        /// A "later"/"after" phrase that dates the sentence ("Two months later, …", "days after the
        /// assassination"), not one that only qualifies a detail ("troops still there a decade later").
        public var datesSentence: Bool
        /// "since …": the phrase starts a period, and dates what happens in it to the month only.
        public var startsPeriod = false
        /// The clause speaks of what is still to come ("will meet on Monday"): a weekday or a
        /// yearless date is then the next one on or after the article's date, not the last.
        public var future = false
        /// The phrase (an index into the inputs) naming the date a "later"/"after" phrase counts
        /// from ("a day after Sunday's strike": Sunday), used instead of the previous date.
        public var baseInput: Int? = nil

        public init(expression: DateExpression, sentence: Int, paragraph: Int, eventType: String? = nil,
                    refersBack: Bool = false, datesSentence: Bool = true) {
            self.expression = expression
            self.sentence = sentence
            self.paragraph = paragraph
            self.eventType = eventType
            self.refersBack = refersBack
            self.datesSentence = datesSentence
        }
    }

    /// The resolved dates, the anchor used, and the article's own date.
    public struct Output: Sendable {
        public var dates: [DateValue?]
        public var anchor: DateValue?
        public var anchorSource: AnchorSource?
        /// The date line's date (or metadata's), else the pinned anchor; nil otherwise.
        public var documentDate: DateValue?
        public var documentDateInferred: Bool
    }

    public init() {}

    public func resolve(_ inputs: [DateResolver.Input], dateline: DateValue?) -> Output {
        let explicitYears = inputs.compactMap { input -> Int? in
            if case .absolute(let v) = input.expression.kind { return v.year } else { return nil }
        }
        let latestYear = explicitYears.max()
        var anchor: DateValue? = dateline?.day != nil ? dateline : nil
        var source: AnchorSource? = anchor == nil ? nil : .dateline
        if anchor == nil, let latestYear, let pinned = pin(inputs, fromYear: latestYear) {
            // Written after the last weekday it reports in that week.
            let later = inputs.compactMap { input -> Int? in
                if case .weekday(let w, nil, nil) = input.expression.kind, let pw = pinned.weekday { return (w - pw + 7) % 7 } else { return nil }
            }.max() ?? 0
            anchor = pinned.adding(days: later)
            source = .pinned
        }
        var dates: [DateValue?] = []
        var previous: DateValue? = nil
        var lastSentence = -1
        var paragraphYear: (paragraph: Int, year: Int)? = nil
        var sentenceOffset: (sentence: Int, date: DateValue)? = nil
        for (index, input) in inputs.enumerated() {
            var resolved: DateValue? = nil
            switch input.expression.kind {
            case .absolute(let v):
                resolved = v
                paragraphYear = (input.paragraph, v.year)
            case .partial(let month, let day):
                if let shift = input.expression.yearShift {
                    // "last year's October 7": the year counted from the article's; unknown without it.
                    if let anchor { resolved = DateValue.checked(year: anchor.year + shift, month: month, day: day) }
                } else if let year = Self.yearRightAfter(index, inputs) ?? (anchor == nil && paragraphYear?.paragraph != input.paragraph
                            ? Self.yearLaterInSentence(index, inputs) : nil) {
                    // Without the article's date or a year in its paragraph, a year later in the sentence
                    // ("released in November, which pushed sales up in the last two months of 2004").
                    // "the 11 September attacks in 2001": the year a few words on.
                    resolved = DateValue(year: year, month: month, day: day)
                } else if let o = sentenceOffset, o.sentence == input.sentence, o.date.month == month {
                    resolved = DateValue(year: o.date.year, month: month, day: day)
                } else if let p = paragraphYear, p.paragraph == input.paragraph {
                    resolved = DateValue(year: p.year, month: month, day: day)
                    // "was diagnosed in December 2004 and died on 26 February": in the sentence of
                    // a dated month, an earlier month of the calendar is the next year's (unless
                    // that is after the article).
                    if let last = previous, last.year == p.year, let lastMonth = last.month, lastSentence == input.sentence,
                       month < lastMonth, !input.expression.isRangeStart {
                        let next = DateValue(year: p.year + 1, month: month, day: day)
                        if anchor.map({ input.future || !Self.isAfter(next, $0) }) ?? true { resolved = next }
                    }
                } else if let anchor {
                    let candidate = DateValue(year: anchor.year, month: month, day: day)
                    let after = candidate.truncated(to: .month) > anchor.truncated(to: .month) || (candidate.month == anchor.month && (day ?? 0) > (anchor.day ?? 0))
                    let before = candidate.truncated(to: .month) < anchor.truncated(to: .month) || (candidate.month == anchor.month && day != nil && day! < anchor.day!)
                    if input.future {
                        // The next such date on or after the anchor.
                        resolved = before ? DateValue(year: anchor.year + 1, month: month, day: day) : candidate
                    } else {
                        // The latest such date on or before the anchor.
                        resolved = after ? DateValue(year: anchor.year - 1, month: month, day: day) : candidate
                    }
                }
            case .weekday(let w, let month?, let day?):
                if let year = Self.year(weekday: w, month: month, day: day, from: (anchor?.year).map { $0 - 1 } ?? latestYear) {
                    resolved = DateValue(year: year, month: month, day: day)
                }
            case .weekday(let w, _, _):
                if let anchor, let wd = anchor.weekday {
                    let lean = input.expression.lean
                    if lean == .future || (lean == .none && input.future) {
                        // "next Monday" is after the article's day; "will meet on Monday" may be that day.
                        let ahead = (w - wd + 7) % 7
                        resolved = anchor.adding(days: lean == .future && ahead == 0 ? 7 : ahead)
                    } else {
                        // The latest such day on or before the article's date ("last Friday": before it).
                        let back = (wd - w + 7) % 7
                        resolved = anchor.adding(days: -(lean == .past && back == 0 ? 7 : back))
                    }
                }
            case .offset(let count, let unit, .later):
                if input.baseInput == nil, let base = previous, input.datesSentence {
                    resolved = offset(base, count: count, unit: unit, input: input, anchor: anchor)
                }
                if let r = resolved { sentenceOffset = (input.sentence, r) }
            case .offset(let count, let unit, .ago):
                if let anchor { resolved = Self.move(anchor, count: -count, unit: unit, exact: !input.expression.isVague) }
            case .sameDay:
                if let previous, previous.day != nil { resolved = previous }
            case .last(let unit):
                if let anchor {
                    switch unit {
                    case .week, .day: resolved = DateValue.week(of: anchor.adding(days: -7))
                    case .month: resolved = anchor.adding(months: -1).truncated(to: .month)
                    case .year, .decade: resolved = DateValue.checked(year: anchor.year - 1)
                    }
                }
            case .this(let unit):
                if let anchor {
                    switch unit {
                    case .week, .day: resolved = DateValue.week(of: anchor)
                    case .month: resolved = anchor.truncated(to: .month)
                    case .year, .decade: resolved = anchor.truncated(to: .year)
                    }
                }
            case .next(let unit):
                if let anchor {
                    switch unit {
                    case .week, .day: resolved = DateValue.week(of: anchor.adding(days: 7))
                    case .month: resolved = anchor.adding(months: 1).truncated(to: .month)
                    case .year, .decade: resolved = DateValue.checked(year: anchor.year + 1)
                    }
                }
            case .relativeDay(let days):
                if let anchor { resolved = anchor.adding(days: days) }
            }
            // A report of what happened is never dated after the article that reports it.
            if let r = resolved, let anchor, !input.future, input.expression.lean != .future, Self.isAfter(r, anchor) {
                switch input.expression.kind {
                case .next, .relativeDay(1...): break
                case .absolute: break
                default: resolved = nil
                }
            }
            if let r = resolved, !r.isValid { resolved = nil }
            if input.startsPeriod, let r = resolved { resolved = r.truncated(to: min(r.precision, .month)) }
            dates.append(resolved)
            if let r = resolved { previous = r; lastSentence = input.sentence }
        }
        // "A day after Sunday's strike": counted from the date the phrase names, which comes after it.
        for (i, input) in inputs.enumerated() {
            guard let b = input.baseInput, b < dates.count, let base = dates[b], input.datesSentence,
                  case .offset(let count, let unit, .later) = input.expression.kind else { continue }
            dates[i] = offset(base, count: count, unit: unit, input: input, anchor: anchor)
        }
        // Without a date line the article's date is the pinned anchor, never a date it only mentions.
        let documentDate: DateValue? = dateline ?? anchor
        return Output(dates: dates, anchor: anchor, anchorSource: source, documentDate: documentDate,
                      documentDateInferred: dateline == nil && documentDate != nil)
    }

    /// "N units after" a base date, at the precision the phrase allows; nil when a report of
    /// the past would land after the article (counted exactly, even when the result is vague).
    func offset(_ base: DateValue, count: Int, unit: DateExpression.Unit, input: Input, anchor: DateValue?) -> DateValue? {
        let moved = Self.move(base, count: count, unit: unit, exact: !input.expression.isVague)
        guard moved.isValid else { return nil }
        if let anchor, !input.future, Self.isAfter(Self.move(base, count: count, unit: unit, exact: true), anchor) { return nil }
        return moved
    }

    /// The year of the first date with a year after the yearless date at `index`, in its sentence.
    static func yearLaterInSentence(_ index: Int, _ inputs: [Input]) -> Int? {
        var i = index + 1
        while i < inputs.count, inputs[i].sentence == inputs[index].sentence {
            if case .absolute(let v) = inputs[i].expression.kind { return v.year }
            i += 1
        }
        return nil
    }

    /// The year of a bare "in 2001" within four tokens after the yearless date at `index`, in its sentence.
    static func yearRightAfter(_ index: Int, _ inputs: [Input]) -> Int? {
        guard index + 1 < inputs.count, inputs[index + 1].sentence == inputs[index].sentence,
              case .absolute(let v) = inputs[index + 1].expression.kind, v.precision == .year,
              inputs[index + 1].expression.tokens.lowerBound - inputs[index].expression.tokens.upperBound <= 4 else { return nil }
        return v.year
    }

    /// Whether `date` lies after `anchor` at the precision both have.
    static func isAfter(_ date: DateValue, _ anchor: DateValue) -> Bool {
        if date.isWeek { return date.span.first > anchor.span.last }
        return date.truncated(to: min(date.precision, anchor.precision)) > anchor.truncated(to: min(date.precision, anchor.precision))
    }

    /// A day-precise date the article fixes by a weekday: adjacent ("Thursday, January 4"),
    /// or a weekday and a yearless date that report the same kind of event.
    func pin(_ inputs: [DateResolver.Input], fromYear: Int) -> DateValue? {
        for input in inputs {
            if case .weekday(let w, let m?, let d?) = input.expression.kind,
               let y = Self.year(weekday: w, month: m, day: d, from: fromYear) { return DateValue(year: y, month: m, day: d) }
        }
        var best: DateValue? = nil
        // Weekdays by the event type they report, each weekday once: bounded work per back-reference.
        var weekdaysByType: [String: Set<Int>] = [:]
        for day in inputs {
            if case .weekday(let w, nil, nil) = day.expression.kind, let type = day.eventType { weekdaysByType[type, default: []].insert(w) }
        }
        // Only a definite back-reference ("the January 4 strike") names the day of an event already reported.
        for date in inputs where date.refersBack {
            guard case .partial(let m, let d?) = date.expression.kind, let type = date.eventType else { continue }
            for w in weekdaysByType[type] ?? [] {
                guard let y = Self.year(weekday: w, month: m, day: d, from: fromYear) else { continue }
                let candidate = DateValue(year: y, month: m, day: d)
                if best == nil || candidate < best! { best = candidate }
            }
        }
        return best
    }

    /// The first year from `from` (up to 12 years on) in which the day falls on the weekday.
    static func year(weekday: Int, month: Int, day: Int, from: Int?) -> Int? {
        guard let from else { return nil }
        for y in from...(from + 12) where DateValue(year: y, month: month, day: day).weekday == weekday { return y }
        return nil
    }

    /// A date moved by a count of units, at the precision the phrase allows.
    static func move(_ date: DateValue, count: Int, unit: DateExpression.Unit, exact: Bool) -> DateValue {
        switch unit {
        case .day:
            let moved = date.adding(days: count)
            return exact && date.day != nil ? moved : moved.truncated(to: min(date.precision, .month))
        case .week: return date.adding(days: 7 * count).truncated(to: min(date.precision, .month))
        case .month: return date.adding(months: count).truncated(to: min(date.precision, .month))
        case .year: return DateValue(year: date.year + count)
        case .decade: return DateValue(year: date.year + 10 * count)
        }
    }
}
