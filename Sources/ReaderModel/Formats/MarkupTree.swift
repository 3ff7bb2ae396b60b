import CLibXML2
import Foundation

/// A parsed HTML or XML document as plain Swift values: libxml2 parses, and everything after
/// that (choosing the article, reading metadata) is pure Swift over this tree.
struct MarkupTree: Sendable {
    /// An element (`name` lowercased for HTML; `prefix:local` for namespaced XML) or a text node (`name` empty).
    struct Node: Sendable {
        var name: String
        var attributes: [String: String] = [:]
        var text: String = ""
        var parent: Int
        var children: [Int] = []
        var isText: Bool { name.isEmpty }
    }

    /// Node 0 is the document.
    var nodes: [Node] = [Node(name: "#document", parent: -1)]
    /// The first well-formedness error, for XML: "line 3: Opening and ending tag mismatch…".
    var error: String?

    /// Deeper elements are flattened into their ancestor at this depth (hostile nesting stays linear).
    static let maxDepth = 200

    /// The text under a node, white space collapsed, skipping subtrees for which `skip` is true.
    func text(of index: Int, skip: (Int) -> Bool = { _ in false }) -> String {
        var out = ""
        func walk(_ i: Int) {
            let node = nodes[i]
            if node.isText { out += node.text; return }
            if i != index, skip(i) { return }
            for c in node.children { walk(c) }
            if Self.blockNames.contains(node.name) { out += " " }
        }
        walk(index)
        return FormatText.collapse(out)
    }

    /// Element indices in document order under `index` (itself included) with the given name.
    func elements(named name: String, under index: Int = 0) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        while let i = stack.popLast() {
            if nodes[i].name == name { result.append(i) }
            stack.append(contentsOf: nodes[i].children.reversed())
        }
        return result
    }

    /// Whether `index` lies under `ancestor`.
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var i = index
        while i >= 0 { if i == ancestor { return true }; i = nodes[i].parent }
        return false
    }

    static let blockNames: Set<String> = ["p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "pre",
                                          "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "table", "tr", "td", "th",
                                          "figure", "figcaption", "dd", "dt", "dl", "header", "footer", "aside", "nav",
                                          "address", "details", "summary"]
}

extension MarkupTree {
    /// Parses HTML with libxml2's forgiving HTML parser (truncated or malformed pages still give a tree).
    static func html(_ text: String) -> MarkupTree {
        LibXML.setUp()
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return MarkupTree() }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return MarkupTree() }
        defer { xmlFreeDoc(doc) }
        var tree = MarkupTree()
        tree.add(children: doc.pointee.children, parent: 0, depth: 0, lowercase: true)
        return tree
    }

    /// Parses XML with libxml2, recovering what it can; `error` tells whether the file was well formed.
    /// No network access and no external entities are loaded.
    static func xml(_ text: String) -> MarkupTree {
        LibXML.setUp()
        var bytes = Array(text.utf8)
        var tree = MarkupTree()
        guard !bytes.isEmpty, let context = xmlNewParserCtxt() else { return tree }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        if context.pointee.wellFormed == 0 {
            let error = context.pointee.lastError
            let message = error.message.map { FormatText.collapse(String(cString: $0)) } ?? "not well formed"
            tree.error = error.line > 0 ? "line \(error.line): \(message)" : message
        }
        guard let doc else {
            if tree.error == nil { tree.error = "not XML" }
            return tree
        }
        defer { xmlFreeDoc(doc) }
        tree.add(children: doc.pointee.children, parent: 0, depth: 0, lowercase: false)
        return tree
    }

    private mutating func add(children first: xmlNodePtr?, parent: Int, depth: Int, lowercase: Bool) {
        var node = first
        while let n = node {
            defer { node = n.pointee.next }
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = n.pointee.content else { continue }
                let s = String(cString: content)
                // Adjacent text (from flattening) joins into one node.
                if let last = nodes[parent].children.last, nodes[last].isText { nodes[last].text += s; continue }
                nodes.append(Node(name: "", text: s, parent: parent))
                nodes[parent].children.append(nodes.count - 1)
            case XML_ELEMENT_NODE:
                if depth >= Self.maxDepth {
                    add(children: n.pointee.children, parent: parent, depth: depth, lowercase: lowercase)
                    continue
                }
                var name = n.pointee.name.map { String(cString: $0) } ?? ""
                if let prefix = n.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
                if lowercase { name = name.lowercased() }
                var attributes: [String: String] = [:]
                var attr = n.pointee.properties
                while let a = attr {
                    var key = a.pointee.name.map { String(cString: $0) } ?? ""
                    if let prefix = a.pointee.ns?.pointee.prefix { key = String(cString: prefix) + ":" + key }
                    if lowercase { key = key.lowercased() }
                    var value = ""
                    var child = a.pointee.children
                    while let c = child {
                        if let content = c.pointee.content { value += String(cString: content) }
                        child = c.pointee.next
                    }
                    if attributes[key] == nil { attributes[key] = value }
                    attr = a.pointee.next
                }
                nodes.append(Node(name: name, attributes: attributes, parent: parent))
                let index = nodes.count - 1
                nodes[parent].children.append(index)
                add(children: n.pointee.children, parent: index, depth: depth + 1, lowercase: lowercase)
            default:
                continue
            }
        }
    }
}

/// libxml2's one-time global set-up, done before any thread parses.
enum LibXML {
    private static let ready: Bool = {
        xmlInitParser()
        return true
    }()

    static func setUp() { _ = ready }
}
