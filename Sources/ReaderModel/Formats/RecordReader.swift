import Foundation
import SwiftCSV

/// Articles as records — JSON Lines, JSON arrays, CSV with a header row — with the usual
/// field names of scrapers and news APIs recognised.
public enum RecordReader {
    static let titleFields = ["title", "headline", "name_of_article"]
    static let textFields = ["text", "body", "content", "article", "full_text", "fulltext", "maintext", "article_text",
                             "story", "description", "summary"]
    static let dateFields = ["date", "published", "publishedat", "published_at", "pubdate", "date_published",
                             "datepublished", "publish_date", "published_date", "pub_date", "created_at", "timestamp"]
    static let sourceFields = ["source", "publisher", "site", "site_name", "source_name", "outlet", "domain"]
    static let urlFields = ["url", "link", "permalink", "uri"]
    static let authorFields = ["author", "authors", "byline", "creator"]

    /// One record (field name → JSON value or CSV string) as an article; nil when it has no text.
    static func article(_ record: [String: Any]) -> ExtractedArticle? {
        var fields: [String: Any] = [:]
        for (k, v) in record { fields[k.lowercased()] = fields[k.lowercased()] ?? v }
        func string(_ names: [String]) -> String? {
            for name in names { if let s = Self.string(fields[name]), !s.isEmpty { return s } }
            return nil
        }
        guard let body = string(textFields), !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        let title = string(titleFields).map(FeedReader.htmlText)
        var builder = ArticleTextBuilder(title: title)
        if body.contains("</") || body.contains("<p") || body.contains("<br") {
            HTMLReader.fragment(body, into: &builder)
        } else {
            // Plain text: paragraphs are lines.
            for line in body.split(whereSeparator: \.isNewline) { builder.add(FormatText.collapse(String(line))) }
        }
        guard !builder.isBodyEmpty else { return nil }
        var article = builder.article()
        article.title = title
        article.source = string(sourceFields)
        article.url = string(urlFields)
        article.author = string(authorFields)
        for name in dateFields {
            // A number is a Unix timestamp (true/false and small numbers are not dates).
            if let n = fields[name] as? NSNumber, n.doubleValue >= 100_000_000 {
                article.date = MetadataDate.timestamp(n.doubleValue)
            } else if let s = fields[name] as? String, !s.isEmpty {
                article.date = s
            }
            if article.date != nil { break }
        }
        return article
    }

    /// A field as text: a string, a number, an object's `name`/`title`, or an array's items joined.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let o as [String: Any]: return string(o["name"] ?? o["title"] ?? o["value"])
        case let a as [Any]:
            let parts = a.compactMap { string($0) }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        default: return nil
        }
    }

    /// A list of records: articles, and problems counted.
    static func collect(_ records: [(line: Int?, value: Any)], into output: inout FormatOutput) {
        var withoutText = 0
        var notObjects = 0
        for (_, value) in records {
            guard let object = value as? [String: Any] else { notObjects += 1; continue }
            if let a = article(object) { output.articles.append(a) } else { withoutText += 1 }
        }
        if withoutText > 0 { output.problems.append("\(withoutText) record\(withoutText == 1 ? "" : "s") without text skipped") }
        if notObjects > 0 { output.problems.append("\(notObjects) value\(notObjects == 1 ? "" : "s") that are not records skipped") }
    }

    /// JSON Lines: one record a line; a line that does not parse is reported by number, the others kept.
    public static func readLines(_ text: String) -> FormatOutput {
        var output = FormatOutput()
        var records: [(line: Int?, value: Any)] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            if let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) {
                records.append((lineNumber, value))
            } else {
                output.problems.append("line \(lineNumber): not valid JSON, skipped")
            }
        }
        collect(records, into: &output)
        if output.articles.isEmpty { output.failure = records.isEmpty ? "no JSON record" : "no record with text" }
        return output
    }

    /// A `.json` file: an array of records, an object holding one (`articles`, `items`…), one record,
    /// or JSON Lines after all.
    public static func readJSON(_ text: String) -> FormatOutput {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            let lines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if lines.count > 1, lines.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("{") }) {
                return readLines(text)
            }
            return .failed("not valid JSON")
        }
        var output = FormatOutput()
        let records: [Any]
        if let array = value as? [Any] {
            records = array
        } else if let object = value as? [String: Any] {
            let key = ["articles", "items", "data", "results", "documents", "entries", "posts", "records"]
                .first { object[$0] is [Any] }
            records = key.flatMap { object[$0] as? [Any] } ?? [object]
        } else {
            return .failed("JSON that holds no records")
        }
        collect(records.map { (nil, $0) }, into: &output)
        if output.articles.isEmpty { output.failure = records.isEmpty ? "no JSON record" : "no record with text" }
        return output
    }

    /// CSV with a header row naming the fields; the delimiter (comma, semicolon, tab) is guessed.
    public static func readCSV(_ text: String) -> FormatOutput {
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, loadColumns: false)
        } catch {
            return .failed("not valid CSV (\(error))")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(textFields)
        guard header.contains(where: { known.contains($0.lowercased()) }) else {
            return .failed("CSV header names no text column (\(textFields.prefix(4).joined(separator: ", "))…)")
        }
        var output = FormatOutput()
        let records: [(line: Int?, value: Any)] = csv.rows.map { row in
            var record: [String: Any] = [:]
            for (name, value) in zip(header, row) where record[name] == nil { record[name] = value }
            return (nil, record)
        }
        collect(records, into: &output)
        if output.articles.isEmpty { output.failure = records.isEmpty ? "CSV with a header and no rows" : "no row with text" }
        return output
    }
}
