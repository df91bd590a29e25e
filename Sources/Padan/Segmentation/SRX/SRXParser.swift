/// Reads an SRX file into an `SRXRuleSet` with `XMLStreamReader`.
///
/// SRX 2.0 files (namespace `http://www.lisa.org/srx20`) are read as specified. SRX 1.0 files (no namespace,
/// `version="1.0"`, `<languagemap>` elements wrapped in `<maprule>`, no `cascade`) are read as the equivalent
/// SRX 2.0 set with `cascade="no"`. Elements padan does not know, in other namespaces, are skipped. Every
/// problem is a `PadanError(.malformed)` with the file and the line of the offending element.
struct SRXParser {
    private static let namespaces: Set<String> = [SRXRuleSet.namespace, "http://www.lisa.org/srx10", ""]

    let reader: XMLStreamReader
    let path: String

    init(bytes: [UInt8], path: String) throws(PadanError) {
        self.reader = try XMLStreamReader(bytes: bytes, path: path)
        self.path = path
    }

    func parse() throws(PadanError) -> SRXRuleSet {
        try moveToRoot()
        guard reader.localName == "srx", isSRX(reader.namespaceURI) else {
            let name = reader.namespaceURI.map { "{\($0)}" } ?? ""
            throw reader.malformed(
                "the root element is <\(name)\(reader.localName)>, not <srx>: this is not an SRX file",
                remedy: "pass an SRX 2.0 rule file (root element <srx xmlns=\"\(SRXRuleSet.namespace)\">)")
        }
        let version = reader.attribute(named: "version")
        guard version == "2.0" || version == "1.0" else {
            throw reader.malformed(
                "unsupported SRX version \(version.map { "\"\($0)\"" } ?? "(no version attribute)")",
                remedy: "padan reads SRX 2.0 and 1.0 files; set version=\"2.0\" if the file follows SRX 2.0")
        }
        var header: (segmentSubflows: Bool, cascade: Bool, handles: [SRXFormatHandle])?
        var languageRules: [SRXLanguageRule] = []
        var maps: [(map: SRXLanguageMap, line: Int)] = []
        var sawBody = false
        try forEachChild { (name: String) throws(PadanError) in
            switch name {
            case "header": header = try parseHeader(version: version ?? "2.0")
            case "body":
                sawBody = true
                try forEachChild { (name: String) throws(PadanError) in
                    switch name {
                    case "languagerules": languageRules += try parseLanguageRules()
                    case "maprules": maps += try parseMapRules()
                    default: try skipUnknown(name, in: "body")
                    }
                }
            default: try skipUnknown(name, in: "srx")
            }
        }
        guard sawBody else {
            throw PadanError(
                .malformed, file: path, line: reader.parserLine, message: "the SRX file has no <body>",
                remedy: "add <body> with <languagerules> and <maprules>")
        }
        var names = Set<String>()
        for rule in languageRules where !names.insert(rule.name).inserted {
            throw PadanError(
                .malformed, file: path, message: "two <languagerule> elements are named \"\(rule.name)\"",
                remedy: "give each language rule its own languagerulename")
        }
        for (map, line) in maps where !names.contains(map.languageRuleName) {
            throw PadanError(
                .malformed, file: path, line: line,
                message: "<languagemap> names the unknown language rule \"\(map.languageRuleName)\"",
                remedy: "use one of the <languagerule> names: "
                    + languageRules.map { "\"\($0.name)\"" }.joined(separator: ", "))
        }
        do {
            return try SRXRuleSet(
                segmentSubflows: header?.segmentSubflows ?? true, cascade: header?.cascade ?? false,
                formatHandles: header?.handles ?? [], languageRules: languageRules, languageMaps: maps.map(\.map))
        } catch {
            throw located(error, line: nil)
        }
    }

    private func isSRX(_ namespace: String?) -> Bool {
        SRXParser.namespaces.contains(namespace ?? "")
    }

    /// Skips the prolog (declaration, DOCTYPE, comments) up to the root element.
    private func moveToRoot() throws(PadanError) {
        while try reader.read() {
            if reader.nodeType == .element { return }
            if reader.nodeType == .text {
                throw reader.malformed("text before the root element", remedy: "check that this is an SRX file")
            }
        }
        throw PadanError(
            .malformed, file: path, line: reader.parserLine, message: "the file has no root element",
            remedy: "pass an SRX 2.0 rule file")
    }

    /// Calls `body` with the local name of each child element of the current element, positioned on it; `body`
    /// must consume the child (up to and including its end tag). Text between children must be whitespace.
    private func forEachChild(_ body: (String) throws(PadanError) -> Void) throws(PadanError) {
        guard !reader.isEmptyElement else { return }
        let parent = reader.localName
        let depth = reader.depth
        while try reader.read() {
            switch reader.nodeType {
            case .element:
                if isSRX(reader.namespaceURI) {
                    try body(reader.localName)
                } else {
                    try skipElement()
                }
            case .endElement where reader.depth == depth: return
            case .text, .cdata:
                if let value = reader.value, !value.allSatisfy(\.isWhitespace) {
                    throw reader.malformed(
                        "unexpected text inside <\(parent)>", remedy: "text belongs in <beforebreak> or <afterbreak>")
                }
            default: continue
            }
        }
        throw PadanError(
            .malformed, file: path, line: reader.parserLine, message: "the file ends inside <\(parent)>",
            remedy: "check that the file is complete")
    }

    /// Skips the current element and everything inside it.
    private func skipElement() throws(PadanError) {
        guard !reader.isEmptyElement else { return }
        let depth = reader.depth
        while try reader.read() {
            if reader.nodeType == .endElement && reader.depth == depth { return }
        }
    }

    private func skipUnknown(_ name: String, in parent: String) throws(PadanError) {
        throw reader.malformed(
            "unexpected element <\(name)> inside <\(parent)>", remedy: "check the file against the SRX 2.0 schema")
    }

    private func yesNo(_ attribute: String, default value: Bool?) throws(PadanError) -> Bool {
        guard let text = reader.attribute(named: attribute) else {
            if let value { return value }
            throw reader.malformed(
                "<\(reader.localName)> lacks the \(attribute) attribute", remedy: "add \(attribute)=\"yes\" or \"no\"")
        }
        switch text {
        case "yes": return true
        case "no": return false
        default:
            throw reader.malformed(
                "\(attribute)=\"\(text)\" on <\(reader.localName)> must be \"yes\" or \"no\"",
                remedy: "write \(attribute)=\"yes\" or \(attribute)=\"no\"")
        }
    }

    private func parseHeader(version: String) throws(PadanError) -> (Bool, Bool, [SRXFormatHandle]) {
        let subflows = try yesNo("segmentsubflows", default: true)
        // SRX 1.0 has no cascading: the first matching map decides.
        let cascade = version == "1.0" ? false : try yesNo("cascade", default: false)
        var handles: [SRXFormatHandle] = []
        try forEachChild { (name: String) throws(PadanError) in
            guard name == "formathandle" else {
                // SRX 1.0 headers may carry other settings; they do not affect plain-text segmentation.
                try skipElement()
                return
            }
            guard let type = reader.attribute(named: "type"), let kind = SRXFormatHandle.Kind(rawValue: type) else {
                throw reader.malformed(
                    "<formathandle> needs type=\"start\", \"end\" or \"isolated\"", remedy: "fix the type attribute")
            }
            handles.append(SRXFormatHandle(kind: kind, include: try yesNo("include", default: nil)))
            try skipElement()
        }
        return (subflows, cascade, handles)
    }

    private func parseLanguageRules() throws(PadanError) -> [SRXLanguageRule] {
        var result: [SRXLanguageRule] = []
        try forEachChild { (name: String) throws(PadanError) in
            guard name == "languagerule" else { return try skipUnknown(name, in: "languagerules") }
            guard let ruleName = reader.attribute(named: "languagerulename") else {
                throw reader.malformed(
                    "<languagerule> lacks the languagerulename attribute", remedy: "name the language rule")
            }
            var rules: [SRXRule] = []
            try forEachChild { (name: String) throws(PadanError) in
                guard name == "rule" else { return try skipUnknown(name, in: "languagerule") }
                rules.append(try parseRule())
            }
            result.append(SRXLanguageRule(name: ruleName, rules: rules))
        }
        return result
    }

    private func parseRule() throws(PadanError) -> SRXRule {
        let line = reader.line
        let isBreak = try yesNo("break", default: true)
        var before: (pattern: String, line: Int)?
        var after: (pattern: String, line: Int)?
        try forEachChild { (name: String) throws(PadanError) in
            let patternLine = reader.line
            switch name {
            case "beforebreak": before = (try reader.readElementText(), patternLine)
            case "afterbreak": after = (try reader.readElementText(), patternLine)
            default: try skipUnknown(name, in: "rule")
            }
        }
        guard before != nil || after != nil else {
            throw PadanError(
                .malformed, file: path, line: line, message: "<rule> has neither <beforebreak> nor <afterbreak>",
                remedy: "add the pattern(s), or delete the rule")
        }
        // Check each pattern on its own first so that the error names the right line.
        let patterns = [(before?.pattern, before?.line, "beforebreak"), (after?.pattern, after?.line, "afterbreak")]
        for (pattern, patternLine, what) in patterns {
            guard let pattern else { continue }
            do {
                _ = try SRXRegex(pattern, what: "<\(what)>")
            } catch {
                throw located(error, line: patternLine)
            }
        }
        do {
            return try SRXRule(isBreak: isBreak, beforeBreak: before?.pattern, afterBreak: after?.pattern)
        } catch {
            throw located(error, line: line)
        }
    }

    private func parseMapRules() throws(PadanError) -> [(map: SRXLanguageMap, line: Int)] {
        var result: [(map: SRXLanguageMap, line: Int)] = []
        try forEachChild { (name: String) throws(PadanError) in
            switch name {
            case "languagemap": result.append(try parseLanguageMap())
            case "maprule":
                // SRX 1.0: <maprule maprulename="…"><languagemap …/>…</maprule>.
                try forEachChild { (name: String) throws(PadanError) in
                    guard name == "languagemap" else { return try skipUnknown(name, in: "maprule") }
                    result.append(try parseLanguageMap())
                }
            default: try skipUnknown(name, in: "maprules")
            }
        }
        return result
    }

    private func parseLanguageMap() throws(PadanError) -> (map: SRXLanguageMap, line: Int) {
        let line = reader.line
        guard let pattern = reader.attribute(named: "languagepattern"),
            let ruleName = reader.attribute(named: "languagerulename")
        else {
            throw reader.malformed(
                "<languagemap> needs the languagepattern and languagerulename attributes",
                remedy: "for example <languagemap languagepattern=\"id.*\" languagerulename=\"Indonesian\"/>")
        }
        do {
            let map = try SRXLanguageMap(languagePattern: pattern, languageRuleName: ruleName)
            try skipElement()
            return (map, line)
        } catch {
            throw located(error, line: line)
        }
    }

    /// `error` with this file and, when it has none, `line`.
    private func located(_ error: PadanError, line: Int?) -> PadanError {
        var error = error
        if error.file == nil { error.file = path }
        if error.line == nil { error.line = line }
        return error
    }
}
