/// Builds the sidebar's rows: the open article's actors, places and related articles,
/// or one entity's card.
public enum SidebarContent {
    public static func rows(for mode: SidebarMode, document: Int?, world: ReaderWorld) -> [SidebarRow] {
        switch mode {
        case .document: return document.map { documentRows($0, world) } ?? [SidebarRow("No article open", style: .dim)]
        case .entity(let e): return entityRows(e, world)
        }
    }

    static func documentRows(_ d: Int, _ world: ReaderWorld) -> [SidebarRow] {
        let analysis = world.analysis
        let doc = analysis.documents[d]
        var counts: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        for (m, e) in doc.entityOfMention.enumerated() where e >= 0 {
            counts[e, default: 0] += 1
            if firstSeen[e] == nil { firstSeen[e] = m }
        }
        func section(_ title: String, _ types: Set<EntityType>) -> [SidebarRow] {
            let entities = counts.keys.filter { types.contains(analysis.entities[$0].type) }
                .sorted { (counts[$1]!, firstSeen[$0]!) < (counts[$0]!, firstSeen[$1]!) }
            guard !entities.isEmpty else { return [] }
            var rows = [SidebarRow(title, style: .heading)]
            for e in entities {
                let entity = analysis.entities[e]
                let others = entity.documents.count - 1
                rows.append(SidebarRow(entity.name, style: style(for: entity.type), target: .entity(e),
                                       detail: others > 0 ? "+\(others)" : nil))
            }
            return rows + [SidebarRow("")]
        }
        var rows = section("ACTORS", [.person, .organization]) + section("PLACES", [.place])
        if let events = world.eventsIfReady {
            let dated = events.eventsOfDocument[d].filter { events.events[$0].date != nil }
            if !dated.isEmpty {
                rows.append(SidebarRow("EVENTS", style: .heading))
                for i in dated { rows.append(eventRow(events.events[i], i, in: d)) }
                rows.append(SidebarRow(""))
            }
        } else {
            rows += [SidebarRow("EVENTS", style: .heading), SidebarRow("  finding events…", style: .dim), SidebarRow("")]
        }
        let neighbors = world.related.neighbors(of: d, events: world.eventsIfReady).prefix(6)
        if !neighbors.isEmpty {
            rows.append(SidebarRow("RELATED", style: .heading))
            for n in neighbors {
                rows.append(SidebarRow(analysis.documents[n.document].document.title, target: .document(n.document, at: nil),
                                       detail: String(format: "%.2f", n.score)))
                var names = n.because.map { analysis.entities[$0].name }
                if let events = world.eventsIfReady, let first = n.events.first {
                    let e = events.events[first]
                    names.insert("\(e.type) \(e.date?.iso ?? "")", at: min(1, names.count))
                }
                let why = (names.isEmpty ? n.sharedWords.map { "“\($0)”" } : names).joined(separator: ", ")
                rows.append(SidebarRow("  " + why, style: .dim))
            }
        }
        if rows.isEmpty { rows = [SidebarRow("No entities found in this article", style: .dim)] }
        return rows
    }

    /// "2024-01-04 attack: On Thursday, …", opening the article at the sentence.
    static func eventRow(_ event: Event, _ index: Int, in document: Int?) -> SidebarRow {
        let mention = event.mentions.first { $0.document == document } ?? event.mentions[0]
        let articles = event.documents.count
        let mark = event.context.mark.map { " " + $0 } ?? ""
        return SidebarRow("\(event.date?.iso ?? "undated") \(event.type)\(mark): \(event.summary)",
                          target: .event(index, document: mention.document, sentence: mention.range),
                          detail: articles > 1 ? "×\(articles)" : nil)
    }

    static func style(for type: EntityType) -> Style {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        case .other: return .other
        }
    }

    static func entityRows(_ e: Int, _ world: ReaderWorld) -> [SidebarRow] {
        let analysis = world.analysis
        let entity = analysis.entities[e]
        var rows = [SidebarRow(entity.name, style: style(for: entity.type)),
                    SidebarRow("\(entity.type.rawValue) · \(entity.documents.count) article\(entity.documents.count == 1 ? "" : "s") · \(entity.occurrences.count) mentions", style: .dim)]
        rows += correctionRows(entity)
        if !entity.aliases.isEmpty {
            rows.append(SidebarRow("ALSO WRITTEN", style: .heading))
            for alias in entity.aliases.prefix(12) { rows.append(SidebarRow("  " + alias)) }
        }
        rows.append(SidebarRow(""))
        rows.append(SidebarRow("ARTICLES", style: .heading))
        var perDocument: [Int: (count: Int, first: Int)] = [:]
        for o in entity.occurrences {
            let current = perDocument[o.document]
            perDocument[o.document] = ((current?.count ?? 0) + 1, current?.first ?? o.mention)
        }
        for d in entity.documents.sorted(by: { (perDocument[$1]!.count, $0) < (perDocument[$0]!.count, $1) }) {
            let info = perDocument[d]!
            let mention = analysis.documents[d].mentions[info.first]
            rows.append(SidebarRow(analysis.documents[d].document.title, target: .document(d, at: mention.start), detail: "\(info.count)"))
            var snippet = SidebarRow("  ", style: .dim)
            snippet.snippet = (d, mention.start..<mention.end)
            rows.append(snippet)
        }
        if let events = world.eventsIfReady {
            let involving = events.events.indices.filter { i in
                events.events[i].date != nil && (events.events[i].actors.contains(e) || events.events[i].places.contains(e))
            }
            if !involving.isEmpty {
                rows.append(SidebarRow(""))
                rows.append(SidebarRow("EVENTS", style: .heading))
                for i in involving.prefix(200) { rows.append(eventRow(events.events[i], i, in: nil)) }
            }
        }
        // Who and what it appears with: other actors in the same articles, by shared articles.
        // Counted with arrays rather than sets: cards of common entities span hundreds of articles.
        var shared = [Int](repeating: 0, count: analysis.entities.count)
        var lastSeen = [Int](repeating: -1, count: analysis.entities.count)
        var seen: [Int] = []
        for d in entity.documents {
            for other in analysis.documents[d].entityOfMention where other >= 0 && other != e && lastSeen[other] != d {
                lastSeen[other] = d
                let t = analysis.entities[other].type
                guard t == .person || t == .organization else { continue }
                if shared[other] == 0 { seen.append(other) }
                shared[other] += 1
            }
        }
        let together = seen.map { (key: $0, value: shared[$0]) }
        let top = together.sorted { ($1.value, analysis.entities[$1.key].occurrences.count, $0.key) < ($0.value, analysis.entities[$0.key].occurrences.count, $1.key) }.prefix(8)
        if !top.isEmpty {
            rows.append(SidebarRow(""))
            rows.append(SidebarRow("APPEARS WITH", style: .heading))
            for (other, count) in top {
                rows.append(SidebarRow(analysis.entities[other].name, style: style(for: analysis.entities[other].type),
                                       target: .entity(other), detail: "\(count)"))
            }
        }
        return rows
    }
}
