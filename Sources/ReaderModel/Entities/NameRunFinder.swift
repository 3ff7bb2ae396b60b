/// Finds runs of name-like tokens: capitalized words joined by spaces, hyphens,
/// name particles ("al-", "bin", "van der") and, after a head word such as
/// "Department" or "Axis", the connector "of".
public struct NameRunFinder: Sendable {
    public var knowledge: Knowledge { didSet { particleShape = ParticleShape(knowledge.particles) } }
    /// Lengths and first bytes of the particles: most words are ruled out without hashing them.
    private var particleShape: ParticleShape

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        self.particleShape = ParticleShape(knowledge.particles)
    }

    struct ParticleShape: Sendable {
        var longest = 0
        var firstBytes = [Bool](repeating: false, count: 256)
        init(_ particles: Set<String>) {
            for p in particles {
                longest = max(longest, p.utf8.count)
                if let b = p.utf8.first { firstBytes[Int(b)] = true }
            }
        }
        func mayBe(_ text: String) -> Bool {
            guard let b = text.utf8.first, firstBytes[Int(b)] else { return false }
            return text.utf8.count <= longest
        }
    }

    func isParticle(_ t: Token) -> Bool {
        t.kind == .word && particleShape.mayBe(t.text) && !t.isCapitalized && knowledge.particles.contains(t.text)
    }

    func isNameWord(_ tokens: [Token], _ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        if t.isCapitalized { return true }
        // "iTunes", "eBay": a lower-case initial before a capital inside the word.
        if t.kind == .word {
            var scalars = t.text.unicodeScalars.makeIterator()
            if let a = scalars.next(), a.value >= 0x61, a.value <= 0x7A, let b = scalars.next(), b.value >= 0x41, b.value <= 0x5A,
               scalars.next() != nil { return true }
        }
        // "52nd Brigade": an ordinal directly before a capitalized organization word.
        if t.isOrdinal, i + 1 < tokens.count, tokens[i + 1].isCapitalized,
           knowledge.organizationCues.contains(Knowledge.fold(tokens[i + 1].text)) { return true }
        return false
    }

    /// Whether token `j` starts a particle-led name such as "al-Harir" or "bin Salman".
    func particleLeads(_ tokens: [Token], _ j: Int) -> Int? {
        guard j < tokens.count, isParticle(tokens[j]) else { return nil }
        if j + 2 < tokens.count, tokens[j + 1].text == "-", !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore,
           isNameWord(tokens, j + 2) { return j + 3 }
        if j + 1 < tokens.count, tokens[j + 1].spaceBefore, tokens[j + 1].newlinesBefore == 0,
           isNameWord(tokens, j + 1) { return j + 2 }
        // "van der Veer": two particles.
        if j + 2 < tokens.count, isParticle(tokens[j + 1]), tokens[j + 2].newlinesBefore == 0, isNameWord(tokens, j + 2) {
            return j + 3
        }
        return nil
    }

    /// Token ranges of every name run.
    public func runs(in tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            var j: Int
            if isNameWord(tokens, i) {
                j = i + 1
            } else if let after = particleLeads(tokens, i), tokens[i].spaceBefore || i == 0 || tokens[i].newlinesBefore > 0
                        || tokens[i - 1].kind == .punctuation && tokens[i - 1].text != "-" {
                j = after
            } else {
                i += 1
                continue
            }
            j = extend(tokens, from: j)
            result.append(i..<j)
            i = j
        }
        return result
    }

    /// Last parts of the web addresses firms are named by.
    static let domainEnds: Set<String> = ["com", "net", "org", "co", "uk", "tv", "fm"]

    /// The end of ".com", ".co.uk" written straight after a name at `j`, or nil.
    func domainEnd(_ tokens: [Token], at j: Int) -> Int? {
        var k = j
        while k + 1 < tokens.count, tokens[k].text == ".", !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore,
              Self.domainEnds.contains(tokens[k + 1].text) {
            k += 2
        }
        return k > j ? k : nil
    }

    private func extend(_ tokens: [Token], from start: Int) -> Int {
        var j = start
        var afterConnector = false
        while j < tokens.count {
            let t = tokens[j]
            if t.newlinesBefore > 0 { break }
            if t.spaceBefore, isNameWord(tokens, j), !tokens[j - 1].text.hasSuffix(".") || tokens[j - 1].kind == .word {
                // "in Seville I have been": the pronoun starts a clause, it ends no name.
                if t.text == "I", j + 1 < tokens.count, tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized,
                   tokens[j + 1].text != "of" { break }
                j += 1
                continue
            }
            // Hyphen joining name words: "Al-Rafoush", "Tuz-Khurmatu".
            if t.text == "-", !t.spaceBefore, j + 1 < tokens.count, !tokens[j + 1].spaceBefore {
                if isNameWord(tokens, j + 1) { j += 2; continue }
                if let after = particleLeads(tokens, j + 1) { j = after; continue }
                break
            }
            if t.spaceBefore, let after = particleLeads(tokens, j) { j = after; continue }
            // "OneStat.com", "Amazon.co.uk": a web address names the firm behind it.
            if let end = domainEnd(tokens, at: j) { j = end; break }
            // "Tower 22", "Camp 6": a number naming a place or unit after its cue word.
            if t.kind == .number, t.spaceBefore, tokens[j - 1].kind == .word,
               knowledge.numberedNameHeads.contains(Knowledge.fold(tokens[j - 1].text)) {
                j += 1
                continue
            }
            // "Covington & Burling", "AT&T": an ampersand between capitalized words.
            if t.text == "&", j + 1 < tokens.count, tokens[j + 1].newlinesBefore == 0, isNameWord(tokens, j + 1) {
                j += 2
                continue
            }
            // "Department of Defense", "Axis of Resistance", "State of Law".
            if (t.text == "of" || t.text == "for"), t.spaceBefore, isNameWord(tokens, j + 1), tokens[j + 1].spaceBefore,
               knowledge.ofHeads.contains(Knowledge.fold(tokens[j - 1].text)) {
                j += 2
                afterConnector = true
                continue
            }
            // "Commission on Social Justice", "European Convention on Human Rights": "on" after a
            // head noun of bodies and treaties.
            if t.text == "on", t.spaceBefore, isNameWord(tokens, j + 1), tokens[j + 1].spaceBefore, tokens[j + 1].newlinesBefore == 0,
               Self.onHeads.contains(Knowledge.fold(tokens[j - 1].text)) {
                j += 2
                afterConnector = true
                continue
            }
            // "Department of Work and Pensions": "and" inside the phrase after "of".
            if afterConnector, t.text == "and", t.spaceBefore, isNameWord(tokens, j + 1), tokens[j + 1].spaceBefore,
               tokens[j + 1].newlinesBefore == 0, j + 2 >= tokens.count || !isNameWord(tokens, j + 2) || !tokens[j + 2].spaceBefore {
                j += 2
                afterConnector = false
                continue
            }
            // "Revolutionary Guard’s Corp": a possessive inside an organization's name.
            if t.kind == .possessive, j + 1 < tokens.count, tokens[j + 1].spaceBefore, tokens[j + 1].isCapitalized,
               ["corp", "corps"].contains(Knowledge.fold(tokens[j + 1].text)),
               knowledge.lookup(tokens[j - 1].text) == nil {
                j += 2
                continue
            }
            break
        }
        return j
    }

    /// Head nouns that take "on" inside a name: bodies that study or decide a matter, and treaties.
    static let onHeads: Set<String> = ["commission", "committee", "council", "convention", "conference", "panel", "forum", "institute", "centre", "center"]
}
