extension CoverageReport {
    /// Writes the report as one self-contained HTML page (inline style, no scripts, no external assets) to
    /// `path`, atomically: coverage bars, tables, and example sentences with their terms highlighted.
    public func writeHTML(to path: String, title: String = "padan coverage report") throws(PadanError) {
        try HTMLReport(report: self, writer: XMLWriter(path: path, indent: false)).write(title: title)
    }

    /// The HTML page in memory.
    public func html(title: String = "padan coverage report") throws(PadanError) -> [UInt8] {
        let writer = try XMLWriter(indent: false)
        try HTMLReport(report: self, writer: writer).write(title: title)
        return writer.bytes
    }
}

/// Renders a `CoverageReport` as HTML through libxml2's writer, which escapes every text and attribute.
private struct HTMLReport {
    let report: CoverageReport
    let writer: XMLWriter

    static let style = """
        body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2330;margin:0;background:#f6f7f9}
        main{max-width:1180px;margin:0 auto;padding:24px 32px 64px}
        h1{font-size:26px;margin:8px 0 4px}h2{font-size:19px;margin:36px 0 10px;border-bottom:2px solid #d9dde5;padding-bottom:4px}
        p.lead{color:#556;margin:0 0 18px}
        .cards{display:flex;gap:16px;flex-wrap:wrap}
        .card{background:#fff;border:1px solid #d9dde5;border-radius:8px;padding:14px 18px;min-width:240px;flex:1}
        .card b{display:block;font-size:28px}
        .bar{background:#e4e7ee;border-radius:4px;height:10px;overflow:hidden;min-width:120px}
        .bar span{display:block;height:100%;background:#2f7d5b}
        table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d9dde5}
        th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eceef3;vertical-align:top}
        th{background:#eef1f6;font-weight:600}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        mark{background:#ffe28a;padding:0 2px;border-radius:2px}
        .ex{color:#333;font-size:14px}
        .loc{color:#778;font-size:12px;font-family:ui-monospace,Menlo,monospace}
        .tag{display:inline-block;font-size:12px;border-radius:3px;padding:0 5px;margin-left:4px;background:#eef1f6}
        .tag.deprecated{background:#ffd4d4;color:#8a1010}
        details summary{cursor:pointer;color:#335}
        ul.unseen{columns:3;font-size:13px}
        """

    func write(title: String) throws(PadanError) {
        try writer.docType(name: "html", systemID: nil)
        try open("html", ["lang": "en"])
        try open("head")
        try open("meta", ["charset": "utf-8"])
        try writer.endElement()
        try element("title", title)
        try element("style", HTMLReport.style)
        try close()
        try open("body")
        try open("main")
        try element("h1", title)
        try element("p", "Glossary: \(report.glossary.concepts.count) concepts from \(report.glossary.files.joined(separator: ", ")). "
            + "Corpus: \(report.documents.count) documents, \(report.sentences) sentences, \(report.hits) term hits.", ["class": "lead"])
        try summary()
        try documents()
        try concepts()
        try inconsistencies()
        try candidates("Candidate names the glossary lacks", report.candidateNames)
        try candidates("Candidate phrases the glossary lacks (ranked by C-value)", report.candidatePhrases)
        try unseen()
        try close()
        try close()
        try close()
        try writer.finish()
    }

    private func summary() throws(PadanError) {
        try open("div", ["class": "cards"])
        try card("Glossary coverage", report.glossaryCoverage, "\(report.used.count) of \(report.glossary.concepts.count) concepts found")
        try card("Corpus coverage", report.sentenceCoverage,
            "\(report.sentencesWithTerms) of \(report.sentences) sentences contain a term")
        try card("Consistency", nil, "\(report.inconsistent.count) concepts written inconsistently, "
            + "\(report.deprecatedUses.count) with deprecated terms")
        try close()
    }

    private func card(_ heading: String, _ ratio: Double?, _ detail: String) throws(PadanError) {
        try open("div", ["class": "card"])
        try element("div", heading)
        try element("b", ratio.map(CoverageReport.percent) ?? "\(report.inconsistent.count + report.deprecatedUses.count) issues")
        if let ratio { try bar(ratio) }
        try element("div", detail, ["class": "loc"])
        try close()
    }

    private func documents() throws(PadanError) {
        try element("h2", "Documents")
        try table(["Document", "Sentences", "With terms", "Coverage", "", "Hits", "Concepts"]) { () throws(PadanError) in
            for document in report.documents {
                try open("tr")
                try cell(document.file, ["class": "loc"])
                try cell(String(document.sentences), number: true)
                try cell(String(document.sentencesWithTerms), number: true)
                try cell(CoverageReport.percent(document.sentenceCoverage), number: true)
                try open("td")
                try bar(document.sentenceCoverage)
                try close()
                try cell(String(document.hits), number: true)
                try cell(String(document.concepts), number: true)
                try close()
            }
        }
    }

    private func concepts() throws(PadanError) {
        try element("h2", "Concepts by frequency")
        try table(["Concept", "English", "Hits", "Docs", "Written as", "First occurrence"]) { () throws(PadanError) in
            for use in report.used {
                try open("tr")
                try cell(use.concept.preferredIndonesian?.text ?? use.concept.id)
                try cell(use.concept.preferredEnglish?.text ?? "")
                try cell(String(use.count), number: true)
                try cell(String(use.documents), number: true)
                try open("td")
                try forms(use.forms)
                try close()
                try open("td", ["class": "ex"])
                try example(use.example)
                try close()
                try close()
            }
        }
    }

    private func inconsistencies() throws(PadanError) {
        try element("h2", "Inconsistent variants and deprecated terms")
        let rows = report.used.filter { $0.isInconsistent || !$0.deprecatedForms.isEmpty }
        guard !rows.isEmpty else {
            try element("p", "Every concept is written one way, and no deprecated term is used.")
            return
        }
        try table(["Concept", "Problem", "Forms, with where they occur"]) { () throws(PadanError) in
            for use in rows {
                try open("tr")
                try cell(use.concept.preferredIndonesian?.text ?? use.concept.id)
                let problems = (use.isInconsistent ? ["written in more than one way"] : [])
                    + (use.deprecatedForms.isEmpty ? [] : ["deprecated term used"])
                try cell(problems.joined(separator: "; "))
                try open("td")
                for form in use.forms {
                    try open("div")
                    try element("b", form.term.text)
                    try tags(form.term)
                    try writer.text(" × \(form.count): ")
                    try element("span", form.locations.map(\.description).joined(separator: ", "), ["class": "loc"])
                    try close()
                }
                try close()
                try close()
            }
        }
    }

    private func candidates(_ heading: String, _ list: [CoverageReport.Candidate]) throws(PadanError) {
        try element("h2", heading)
        guard !list.isEmpty else {
            try element("p", "None recurring.")
            return
        }
        try table(["Candidate", "Frequency", "Score", "Example"]) { () throws(PadanError) in
            for candidate in list {
                try open("tr")
                try cell(candidate.text)
                try cell(String(candidate.frequency), number: true)
                try cell(JSONLine.decimal(candidate.score, digits: 1), number: true)
                try open("td", ["class": "ex"])
                if let sample = candidate.example { try example(sample) }
                try close()
                try close()
            }
        }
    }

    private func unseen() throws(PadanError) {
        try element("h2", "Concepts never seen (\(report.unseen.count))")
        try open("details")
        try element("summary", "Show the \(report.unseen.count) concepts of the glossary that the corpus does not use")
        try open("ul", ["class": "unseen"])
        for index in report.unseen {
            let concept = report.glossary.concepts[index]
            try element("li", (concept.preferredIndonesian?.text ?? concept.id) + " → " + (concept.preferredEnglish?.text ?? ""))
        }
        try close()
        try close()
    }

    private func forms(_ forms: [CoverageReport.Form]) throws(PadanError) {
        for form in forms {
            try open("div")
            try writer.text("\(form.term.text) ×\(form.count)")
            try tags(form.term)
            try close()
        }
    }

    private func tags(_ term: Term) throws(PadanError) {
        if term.status == .deprecated { try element("span", "deprecated", ["class": "tag deprecated"]) }
        if term.type != .fullForm { try element("span", term.type.rawValue, ["class": "tag"]) }
    }

    /// The sentence with its highlights marked, and where it is.
    private func example(_ example: CoverageReport.Example) throws(PadanError) {
        let scalars = Array(example.text.unicodeScalars)
        var position = 0
        func text(_ range: Range<Int>) -> String {
            var out = ""
            out.unicodeScalars.append(contentsOf: scalars[range])
            return out
        }
        for highlight in example.highlights where highlight.lowerBound >= position && highlight.upperBound <= scalars.count {
            if highlight.lowerBound > position { try writer.text(text(position..<highlight.lowerBound)) }
            try element("mark", text(highlight))
            position = highlight.upperBound
        }
        if position < scalars.count { try writer.text(text(position..<scalars.count)) }
        try writer.text(" ")
        try element("span", example.location.description, ["class": "loc"])
    }

    private func bar(_ ratio: Double) throws(PadanError) {
        try open("div", ["class": "bar"])
        try open("span", ["style": "width:\(JSONLine.decimal(min(max(ratio, 0), 1) * 100, digits: 1))%"])
        try close()
        try close()
    }

    private func table(_ headings: [String], _ rows: () throws(PadanError) -> Void) throws(PadanError) {
        try open("table")
        try open("tr")
        for heading in headings { try element("th", heading) }
        try close()
        try rows()
        try close()
    }

    private func cell(_ text: String, _ attributes: [String: String] = [:], number: Bool = false) throws(PadanError) {
        try element("td", text, number ? ["class": "n"] : attributes)
    }

    private func open(_ name: String, _ attributes: [String: String] = [:]) throws(PadanError) {
        try writer.startElement(name)
        for key in attributes.keys.sorted() { try writer.attribute(key, attributes[key] ?? "") }
    }

    private func close() throws(PadanError) { try writer.endElement(full: true) }

    private func element(_ name: String, _ text: String, _ attributes: [String: String] = [:]) throws(PadanError) {
        try open(name, attributes)
        try writer.text(text)
        try close()
    }
}
