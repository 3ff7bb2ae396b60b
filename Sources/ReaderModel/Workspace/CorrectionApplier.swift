/// An analysis with the analyst's corrections applied, and the lines that did not apply.
public struct CorrectedAnalysis: Sendable {
    public var analysis: Analysis
    public var problems: [CorrectionProblem]
}

/// Applies corrections on top of an analysis, in file order.
///
/// A pure function of (analysis, corrections), so an analysis read from a cache takes them
/// exactly as a fresh one does; the articles are never touched. Names match an entity's
/// canonical name or any of its written forms, ignoring case, accents and apostrophes.
/// With no corrections the analysis comes back unchanged.
public enum CorrectionApplier {
    public static func apply(_ corrections: [NumberedCorrection], to analysis: Analysis) -> CorrectedAnalysis {
        guard !corrections.isEmpty else { return CorrectedAnalysis(analysis: analysis, problems: []) }
        var state = CorrectionState(analysis)
        var problems: [CorrectionProblem] = []
        let found = AliasFinder.occurrences(of: corrections.compactMap { if case .alias(_, let form) = $0.correction { form } else { nil } },
                                            in: analysis)
        for c in corrections {
            let note = "line \(c.line): \(c.correction.line)"
            if let message = state.apply(c.correction, note: note, aliasText: found) {
                problems.append(CorrectionProblem(line: c.line, message: message))
            }
        }
        return CorrectedAnalysis(analysis: state.finish(analysis), problems: problems)
    }
}

extension CorrectionState {
    /// Applies one correction; a message when it could not (wholly) apply.
    mutating func apply(_ correction: Correction, note: String, aliasText: [String: [AliasFinder.Place]]) -> String? {
        func missing(_ name: String) -> String { "no entity named '\(TextSanitizer.clean(name))'" }
        switch correction {
        case .merge(let names):
            let resolved = names.map(resolve)
            var distinct: [Int] = []
            for g in resolved.compactMap({ $0 }) where !distinct.contains(g) { distinct.append(g) }
            let absent = zip(names, resolved).filter { $0.1 == nil }.map(\.0)
            guard distinct.count >= 2 || (absent.isEmpty && !distinct.isEmpty) else {
                return absent.map(missing).joined(separator: "; ")
            }
            let target = distinct[0]
            for g in distinct.dropFirst() {
                for o in groups[g].members { move(o, from: g, to: target) }
                groups[target].knownID = groups[target].knownID ?? groups[g].knownID
                groups[g].notes.append(note)
                settle(g)
            }
            if distinct.count >= 2 || resolved[0] == nil {
                let first = Self.key(names[0])
                setName(writtenForm(first, in: target) ?? (Self.key(groups[target].name) == first ? groups[target].name : names[0]), of: target)
                groups[target].nameFixed = true
                groups[target].notes.append(note)
            }
            return absent.isEmpty ? nil : absent.map(missing).joined(separator: "; ") + " (the others were merged)"

        case .separate(let a, let b):
            guard let ga = resolve(a) else { return missing(a) }
            let kb = Self.key(b), ka = Self.key(a)
            guard !groups(named: kb).isEmpty else { return missing(b) }
            guard groups(named: kb).contains(ga) else { return nil }   // already apart
            // What was its own entity before (a merge) leaves whole; otherwise the mentions written as b.
            var leaving = groups[ga].members.filter { o in
                let e = origin[o.document].indices.contains(o.mention) ? origin[o.document][o.mention] : -1
                return e >= 0 && originalForms[e].contains(kb) && !originalForms[e].contains(ka)
            }
            if leaving.isEmpty || leaving.count == groups[ga].members.count {
                leaving = groups[ga].members.filter { key(of: $0) == kb }
            }
            guard !leaving.isEmpty, leaving.count < groups[ga].members.count else {
                return "'\(TextSanitizer.clean(a))' and '\(TextSanitizer.clean(b))' are written the same; nothing to separate"
            }
            let h = newGroup(name: b, type: groups[ga].type)
            for o in leaving { move(o, from: ga, to: h) }
            setName(canonicalName(h), of: h)
            groups[ga].notes.append(note)
            groups[h].notes.append(note)
            settle(ga)
            return nil

        case .reject(let name):
            let k = Self.key(name)
            let named = groups(named: k)
            guard !named.isEmpty else { return missing(name) }
            for g in named {
                // Its canonical name rejects the entity; a form rejects the mentions written so.
                let whole = Self.key(groups[g].name) == k
                for o in groups[g].members where whole || key(of: o) == k {
                    remove(o, from: g)
                    rejected[o.document][o.mention] = true
                }
                groups[g].notes.append(note)
                settle(g)
            }
            return nil

        case .retype(let name, let type):
            guard let g = resolve(name) else { return missing(name) }
            groups[g].type = type
            groups[g].touched = true
            groups[g].notes.append(note)
            return nil

        case .rename(let name, let new):
            guard let g = resolve(name) else { return missing(name) }
            setName(new, of: g)
            groups[g].nameFixed = true
            groups[g].notes.append(note)
            return nil

        case .alias(let name, let form):
            guard let g = resolve(name) else { return missing(name) }
            let k = Self.key(form)
            guard !k.isEmpty else { return "alias: '\(TextSanitizer.clean(form))' has no letters" }
            var changed = false
            // Mentions written so that belong to another entity, or to none, join this one.
            for h in groups(named: k) where h != g {
                for o in groups[h].members where key(of: o) == k { move(o, from: h, to: g); changed = true }
                groups[h].notes.append(note)
                settle(h)
            }
            // Places in the text written so that are not a mention yet become mentions.
            for place in aliasText[k] ?? [] {
                let d = place.document
                if let m = mentions[d].indices.first(where: { !rejected[d][$0] && mentions[d][$0].start < place.end && place.start < mentions[d][$0].end }) {
                    if owner[d][m] < 0, mentions[d][m].start == place.start, mentions[d][m].end == place.end {
                        add(Entity.Occurrence(document: d, mention: m), to: g)
                        changed = true
                    }
                    continue
                }
                mentions[d].append(Mention(start: place.start, end: place.end, text: place.text, type: groups[g].type,
                                           evidence: .alias, tokens: place.tokens))
                owner[d].append(-1)
                rejected[d].append(false)
                keys[d].append(k)
                add(Entity.Occurrence(document: d, mention: mentions[d].count - 1), to: g)
                changed = true
            }
            if changed { groups[g].notes.append(note); return nil }
            return groups[g].formCounts[k] != nil ? nil : "'\(TextSanitizer.clean(form))' does not occur in any article"
        }
    }

    /// The corrected analysis: mentions in text order, entities numbered by first appearance,
    /// events pointing at the entities their actors and places became.
    func finish(_ analysis: Analysis) -> Analysis {
        var result = analysis
        // Mentions: rejected ones dropped, added ones in place.
        var newIndex: [[Int]] = []
        for d in analysis.documents.indices {
            let kept = mentions[d].indices.filter { !rejected[d][$0] }
                .sorted { (mentions[d][$0].start, mentions[d][$0].end) < (mentions[d][$1].start, mentions[d][$1].end) }
            var map = Array(repeating: -1, count: mentions[d].count)
            for (n, m) in kept.enumerated() { map[m] = n }
            newIndex.append(map)
            result.documents[d].mentions = kept.map { m in
                var mention = mentions[d][m]
                mention.aliasOf = mention.aliasOf.flatMap { map.indices.contains($0) && map[$0] >= 0 ? map[$0] : nil }
                return mention
            }
        }
        // Entities, ordered by first appearance as the analysis orders them.
        let live = groups.indices.filter { !groups[$0].removed && !groups[$0].members.isEmpty }
        func remap(_ o: Entity.Occurrence) -> Entity.Occurrence { .init(document: o.document, mention: newIndex[o.document][o.mention]) }
        var entities: [Entity] = live.map { g in
            let group = groups[g]
            let occurrences = group.members.map(remap).sorted { ($0.document, $0.mention) < ($1.document, $1.mention) }
            if !group.touched, let e = group.original {
                var entity = analysis.entities[e]
                entity.occurrences = occurrences
                return entity
            }
            let aliases = forms(g).filter { $0.key != group.name }
                .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            return Entity(id: "", name: group.name, type: group.type, aliases: aliases, occurrences: occurrences,
                          knownID: group.knownID, documents: Array(Set(occurrences.map(\.document))).sorted(),
                          corrections: group.notes)
        }
        let order = entities.indices.sorted {
            let a = entities[$0].occurrences[0], b = entities[$1].occurrences[0]
            return (a.document, result.documents[a.document].mentions[a.mention].start) < (b.document, result.documents[b.document].mentions[b.mention].start)
        }
        var finalOfGroup = Array(repeating: -1, count: groups.count)
        for (n, i) in order.enumerated() { finalOfGroup[live[i]] = n }
        entities = order.enumerated().map { n, i in
            var e = entities[i]
            e.id = "e\(n + 1)"
            return e
        }
        for d in result.documents.indices {
            var owners = Array(repeating: -1, count: result.documents[d].mentions.count)
            for m in mentions[d].indices where newIndex[d][m] >= 0 && owner[d][m] >= 0 {
                let e = finalOfGroup[owner[d][m]]
                owners[newIndex[d][m]] = e
                if e >= 0 { result.documents[d].mentions[newIndex[d][m]].type = entities[e].type }
            }
            result.documents[d].entityOfMention = owners
        }
        result.entities = entities
        result.events = remapEvents(analysis, finalOfGroup: finalOfGroup, entities: entities)
        return result
    }

    /// Events keep their reports; their actors and places follow where each entity's mentions went.
    func remapEvents(_ analysis: Analysis, finalOfGroup: [Int], entities: [Entity]) -> [Event] {
        guard !analysis.events.isEmpty else { return analysis.events }
        var votes = Array(repeating: [Int: Int](), count: analysis.entities.count)
        for d in analysis.documents.indices {
            for m in origin[d].indices where origin[d][m] >= 0 {
                let g = owner[d][m]
                votes[origin[d][m]][g >= 0 ? finalOfGroup[g] : -1, default: 0] += 1
            }
        }
        let became: [Int?] = votes.map { v in v.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.flatMap { $0.key >= 0 ? $0.key : nil } }
        func map(_ list: [Int]) -> [Int] {
            var seen = Set<Int>()
            return list.compactMap { became[$0] }.filter { seen.insert($0).inserted }
        }
        return analysis.events.map { event in
            var e = event
            let all = map(event.actors + event.places)
            e.actors = all.filter { entities[$0].type == .person || entities[$0].type == .organization }
            e.places = all.filter { entities[$0].type == .place }
            e.agent = event.agent.flatMap { became[$0] }.flatMap { e.actors.contains($0) ? $0 : nil }
            e.patient = event.patient.flatMap { became[$0] }.flatMap { e.actors.contains($0) ? $0 : nil }
            return e
        }
    }
}
