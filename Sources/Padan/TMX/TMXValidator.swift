internal import CLibXML2

/// What `TMXValidator` saw in a file, besides the findings it reported.
public struct TMXValidationSummary: Sendable, Equatable {
    /// The file validated.
    public var file: String
    /// The `version` of `<tmx>`, if any.
    public var version: String?
    /// The header's `srclang`.
    public var sourceLanguage: String?
    /// `<tu>` elements.
    public var units = 0
    /// `<tuv>` elements, by language as written.
    public var variantsByLanguage: [String: Int] = [:]
    /// Findings by severity, including those not reported individually.
    public var errors = 0
    /// Warnings, including those not reported individually.
    public var warnings = 0
    /// Findings of a rule beyond `TMXValidator.maximumFindingsPerRule`, counted but not reported one by one.
    public var suppressed: [String: Int] = [:]
    /// Whether the document could be read to its end (false when it is not well-formed XML).
    public var complete = true

    /// True when no error was found (warnings allowed).
    public var isValid: Bool { errors == 0 }
}

/// Validates a TMX file the way `xmllint --dtdvalid tmx14.dtd` and TMXValidator do together, in one streaming
/// pass with flat memory.
///
/// - Structure: libxml2 DTD validation against the TMX 1.4b DTD shipped with padan (`DTDValidation`); the
///   DTD the file names is never loaded.
/// - Meaning, as TMXValidator checks it: the header's `srclang` is `*all*` or a language tag, and every unit
///   has a variant in its source language; every `xml:lang`/`srclang`/`adminlang` is a valid BCP 47 tag
///   (deprecated tags are warnings); `tuid`s are unique; dates are `YYYYMMDDThhmmssZ`; `usagecount` is a
///   number; every `<bpt>` has its `<ept>` in the same segment and `x` values are not repeated in a segment.
/// - Likely mistakes (warnings): empty segments, a `srclang` that is rarely the first variant (often a sign
///   that it names the target language), the deprecated `<ut>`, a version other than 1.4.
///
/// Each finding carries the line of the element concerned. A file that is not well-formed XML, or that
/// declares entities, yields one error finding at the line where reading stopped. Memory is flat except for
/// the `tuid` check, which keeps 16 bytes per unit (a 64-bit hash and a line).
public struct TMXValidator: Sendable {
    /// At most this many findings of one rule are reported one by one; the rest are counted in the summary.
    public var maximumFindingsPerRule: Int

    /// Creates a validator.
    public init(maximumFindingsPerRule: Int = 100) {
        self.maximumFindingsPerRule = maximumFindingsPerRule
    }

    /// Validates the TMX at `path` (`-` for standard input), passing each finding to `report` as it is found.
    /// Throws only when the file cannot be opened or padan's DTD is missing.
    public func validate(path: String, report: (Finding) -> Void) throws(PadanError) -> TMXValidationSummary {
        let dtd = try DTDValidation(dtdBytes: PadanResources.bytes(named: "tmx14.dtd"), name: "tmx14.dtd")
        let xml = try XMLStreamReader(path: path)
        return try withoutActuallyEscaping(report) { report throws(PadanError) in
            let pass = TMXValidationPass(path: path, xml: xml, dtd: dtd, limit: maximumFindingsPerRule, report: report)
            return try pass.run()
        }
    }
}

/// The state of one validation run.
private final class TMXValidationPass {
    /// The TMX elements the checks tell apart, named as in the file.
    private enum Element: String {
        case tmx, header, body, tu, tuv, seg, bpt, ept, it, ph, hi, ut, sub, other
    }

    /// What is known about the `<tu>` being read.
    private struct UnitState {
        var line = 0
        var sourceLanguage: String?
        var languages: [String] = []
        var emptyVariantLines: [(language: String, line: Int)] = []
    }

    /// What is known about the `<seg>` being read.
    private struct SegmentState {
        var hasText = false
        var openPairs: [String: Int] = [:]
        var identifiers: Set<String> = []
    }

    private let path: String
    private let xml: XMLStreamReader
    private let dtd: DTDValidation
    private let limit: Int
    private let report: (Finding) -> Void
    private var summary: TMXValidationSummary
    private var counts: [String: Int] = [:]
    private var elementKinds: [UnsafeRawPointer: Element] = [:]
    private var stack: [Element] = []
    private var headerSourceLanguage: String?
    private var sawHeader = false
    private var unit = UnitState()
    private var segment = SegmentState()
    private var unitIdentifiers: [UInt64: Int] = [:]
    private var languageVerdicts: [String: LanguageTag.Problem?] = [:]
    private var unitsWithSourceNotFirst = 0
    private var unitsWithSourceVariant = 0

    init(path: String, xml: XMLStreamReader, dtd: DTDValidation, limit: Int, report: @escaping (Finding) -> Void) {
        self.path = path
        self.xml = xml
        self.dtd = dtd
        self.limit = limit
        self.report = report
        summary = TMXValidationSummary(file: path)
    }

    func run() throws(PadanError) -> TMXValidationSummary {
        do {
            try xml.withErrorCapture { () throws(PadanError) in try walk() }
        } catch let error where error.code == .malformed {
            // The parser's own message is in the log too; it is reported once, below.
            xml.log.failures.removeAll()
            summary.complete = false
            add(
                rule: "not-well-formed", line: error.line, column: error.column,
                message: error.message + (error.cause.map { ": \($0)" } ?? ""),
                remedy: error.remedy ?? "check the file with xmllint --noout")
        }
        finish()
        return summary
    }

    private func walk() throws(PadanError) {
        guard let reader = xml.reader else { return }
        while try xml.read() {
            switch xml.nodeType {
            case .element:
                guard let node = xmlTextReaderCurrentNode(reader) else { continue }
                let kind = self.kind(of: node)
                let missing = dtd.startElement(node)
                drainValidityErrors()
                for name in missing {
                    add(
                        rule: "dtd", message: "<\(xml.localName)> lacks the required attribute \(name)",
                        remedy: "add \(name)=\"…\" (see the TMX 1.4b specification)")
                }
                startElement(kind, node: node)
                if xml.isEmptyElement {
                    dtd.endElement()
                    drainValidityErrors()
                    endElement()
                }
            case .endElement:
                dtd.endElement()
                drainValidityErrors()
                endElement()
            case .text, .cdata, .whitespace:
                guard let value = xmlTextReaderConstValue(reader) else { continue }
                dtd.characters(value, length: xmlStrlen(value))
                drainValidityErrors()
                if stack.contains(.seg), xml.nodeType != .whitespace, !segment.hasText {
                    segment.hasText = !isBlank(value)
                }
            default:
                continue
            }
        }
    }

    // MARK: Elements

    private func kind(of node: xmlNodePtr) -> Element {
        guard let name = node.pointee.name else { return .other }
        let key = UnsafeRawPointer(name)
        if let known = elementKinds[key] { return known }
        let kind = Element(rawValue: String(cString: name)) ?? .other
        // Names come from the reader's dictionary, so the same name is always the same pointer.
        elementKinds[key] = kind
        return kind
    }

    private func startElement(_ kind: Element, node: xmlNodePtr) {
        if stack.isEmpty && kind != .tmx {
            add(rule: "root", message: "the root element is <\(xml.localName)>, not <tmx>", remedy: "pass a TMX file")
        }
        stack.append(kind)
        switch kind {
        case .tmx:
            summary.version = attribute("version", of: node)
            if let version = summary.version, version != "1.4" {
                add(
                    rule: "tmx-version", severity: .warning,
                    message: "this is TMX \(version); padan validates against TMX 1.4b, so 1.4 rules apply",
                    remedy: "convert the file to TMX 1.4b (padan tmx merge FILE -o OUT.tmx writes 1.4b)")
            }
        case .header:
            sawHeader = true
            headerSourceLanguage = attribute("srclang", of: node)
            summary.sourceLanguage = headerSourceLanguage
            if let source = headerSourceLanguage, source != "*all*" { checkLanguage(source, attribute: "srclang") }
            if let admin = attribute("adminlang", of: node) { checkLanguage(admin, attribute: "adminlang") }
            checkCommonAttributes(of: node)
        case .tu:
            summary.units += 1
            unit = UnitState(line: xml.line, sourceLanguage: headerSourceLanguage)
            if let source = attribute("srclang", of: node) {
                unit.sourceLanguage = source
                if source != "*all*" { checkLanguage(source, attribute: "srclang") }
            }
            checkIdentifier(of: node)
            checkCommonAttributes(of: node)
        case .tuv:
            let language = attribute("lang", prefix: "xml", of: node) ?? attribute("lang", of: node)
            if let language {
                summary.variantsByLanguage[language, default: 0] += 1
                unit.languages.append(language)
                checkLanguage(language, attribute: "xml:lang")
            }
            checkCommonAttributes(of: node)
        case .seg:
            segment = SegmentState()
        case .bpt:
            checkInlineIdentifier(of: node)
            if let pair = attribute("i", of: node) {
                if segment.openPairs[pair] != nil {
                    add(rule: "inline-pairing", message: "a second <bpt i=\"\(pair)\"> opens before the first is closed",
                        remedy: "give each <bpt>/<ept> pair its own i within the segment")
                }
                segment.openPairs[pair] = xml.line
            }
        case .ept:
            if let pair = attribute("i", of: node) {
                if segment.openPairs.removeValue(forKey: pair) == nil {
                    add(rule: "inline-pairing", message: "<ept i=\"\(pair)\"> has no <bpt i=\"\(pair)\"> before it in the segment",
                        remedy: "pair every <ept> with a <bpt> of the same i, or use <it pos=\"end\"> for an isolated code")
                }
            }
        case .ut:
            checkInlineIdentifier(of: node)
            add(rule: "deprecated-ut", severity: .warning, message: "<ut> is deprecated in TMX 1.4",
                remedy: "use <bpt>/<ept>, <it> or <ph> for native codes")
        case .it, .ph, .hi:
            checkInlineIdentifier(of: node)
        case .body, .sub, .other:
            break
        }
    }

    private func endElement() {
        guard let kind = stack.popLast() else { return }
        switch kind {
        case .seg:
            for (pair, line) in segment.openPairs.sorted(by: { $0.value < $1.value }) {
                add(rule: "inline-pairing", line: line, message: "<bpt i=\"\(pair)\"> is never closed by an <ept i=\"\(pair)\"> in its segment",
                    remedy: "add the <ept>, or use <it pos=\"begin\"> for an isolated code")
            }
            if !segment.hasText, let language = unit.languages.last {
                unit.emptyVariantLines.append((language, xml.line))
            }
        case .tu:
            endUnit()
        case .body:
            if !sawHeader {
                add(rule: "header", message: "the document has no <header>", remedy: "add a TMX 1.4b header")
            }
        default:
            break
        }
    }

    private func endUnit() {
        let source = unit.sourceLanguage
        if let source, source != "*all*" {
            if let index = unit.languages.firstIndex(where: { $0.caseInsensitiveEquals(source) }) {
                unitsWithSourceVariant += 1
                if index != 0 { unitsWithSourceNotFirst += 1 }
            } else {
                add(rule: "missing-source-variant", line: unit.line,
                    message: "the unit has no <tuv> in its source language \(source)"
                        + (unit.languages.isEmpty ? "" : " (it has \(unit.languages.joined(separator: ", ")))"),
                    remedy: "add a <tuv xml:lang=\"\(source)\">, or set srclang on the <tu> (or \"*all*\" in the header)")
            }
        }
        for (language, line) in unit.emptyVariantLines {
            let isSource = source.map { language.caseInsensitiveEquals($0) } ?? false
            add(rule: isSource ? "empty-source" : "empty-segment", severity: .warning, line: line,
                message: "the \(language) segment is empty" + (isSource ? " although \(language) is the source language" : ""),
                remedy: isSource ? "fill in the source text, or remove the unit" : "translate the segment, or remove the empty <tuv>")
        }
    }

    private func finish() {
        drainValidityErrors()
        if let source = headerSourceLanguage, unitsWithSourceVariant >= 10,
            unitsWithSourceNotFirst * 2 > unitsWithSourceVariant
        {
            add(rule: "srclang-order", severity: .warning, line: 0,
                message: "in \(unitsWithSourceNotFirst) of \(unitsWithSourceVariant) units the \(source) variant is not the first; srclang may name the target language",
                remedy: "check that the header's srclang is the language the text was translated from")
        }
    }

    // MARK: Attribute checks

    private func checkIdentifier(of node: xmlNodePtr) {
        guard let value = LibXML.attributeValue(of: node, "tuid") else { return }
        let hash = FNV1a.hash(UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
        if let first = unitIdentifiers[hash] {
            add(rule: "duplicate-tuid", message: "tuid \"\(String(cString: value))\" is already used by the unit on line \(first)",
                remedy: "give every unit its own tuid")
        } else {
            unitIdentifiers[hash] = xml.line
        }
    }

    private func checkInlineIdentifier(of node: xmlNodePtr) {
        guard let x = attribute("x", of: node) else { return }
        if !segment.identifiers.insert(x).inserted {
            add(rule: "inline-x", message: "x=\"\(x)\" is used by two inline elements in one segment",
                remedy: "number inline codes with distinct x values within a segment")
        }
    }

    private func checkCommonAttributes(of node: xmlNodePtr) {
        for name in ["creationdate", "changedate", "lastusagedate"] {
            if let value = attribute(name, of: node), !TMXDate.isValid(value) {
                add(rule: "date-format", message: "\(name)=\"\(value)\" is not a TMX date",
                    remedy: "write dates as YYYYMMDDThhmmssZ in UTC, e.g. 20261122T093000Z")
            }
        }
        if let count = attribute("usagecount", of: node), count.isEmpty || !count.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            add(rule: "usagecount", message: "usagecount=\"\(count)\" is not a whole number", remedy: "write a count such as 3")
        }
    }

    private func checkLanguage(_ tag: String, attribute name: String) {
        let verdict: LanguageTag.Problem?
        if let known = languageVerdicts[tag] {
            verdict = known
        } else {
            switch LanguageTag.parse(tag) {
            case .success(let parsed): verdict = parsed.deprecation
            case .failure(let problem): verdict = problem
            }
            languageVerdicts[tag] = verdict
        }
        guard let problem = verdict else { return }
        add(rule: problem.severity == .error ? "language-tag" : "language-tag-deprecated", severity: problem.severity,
            message: "\(name)=\"\(tag)\": \(problem.message)", remedy: problem.remedy)
    }

    // MARK: Helpers

    private func attribute(_ name: String, prefix: String? = nil, of node: xmlNodePtr) -> String? {
        LibXML.attributeValue(of: node, name, prefix: prefix).map { String(cString: $0) }
    }

    private func isBlank(_ text: UnsafePointer<xmlChar>) -> Bool {
        var pointer = text
        while pointer.pointee != 0 {
            switch pointer.pointee {
            case 0x20, 0x09, 0x0A, 0x0D: pointer += 1
            default: return false
            }
        }
        return true
    }

    /// Turns the messages libxml2's validation functions raised into findings, at the current node's line.
    private func drainValidityErrors() {
        guard !xml.log.failures.isEmpty else { return }
        let failures = xml.log.failures
        xml.log.failures.removeAll()
        for failure in failures {
            add(rule: "dtd", severity: failure.isError ? .error : .warning, message: failure.message,
                remedy: "make the element match the TMX 1.4b DTD (xmllint --dtdvalid tmx14.dtd shows the same)")
        }
    }

    private func add(
        rule: String, severity: Finding.Severity = .error, line: Int? = nil, column: Int? = nil, message: String,
        remedy: String
    ) {
        if severity == .error { summary.errors += 1 } else { summary.warnings += 1 }
        counts[rule, default: 0] += 1
        guard counts[rule, default: 0] <= limit else {
            summary.suppressed[rule, default: 0] += 1
            return
        }
        // nil means the current node's line; 0 means the finding is about the whole file.
        let line = line ?? xml.line
        report(Finding(file: path, line: line > 0 ? line : nil, column: column, severity: severity, rule: rule, message: message, remedy: remedy))
    }
}
