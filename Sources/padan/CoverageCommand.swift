import ArgumentParser
import Padan

/// `padan coverage`: how well the glossary covers a corpus, and what it misses.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report glossary coverage of a corpus, inconsistent variants and candidate terms the glossary lacks.",
        discussion: """
            Reads seeds/ when no file is named. Reports glossary coverage (concepts found / concepts), corpus \
            coverage (sentences with at least one term / sentences) overall and per document, concepts by \
            frequency and never seen, concepts written in more than one way or with deprecated terms (with where \
            each form occurs), and recurring names and phrases the glossary lacks (phrases ranked by C-value).

            --html writes the same as one self-contained page. Exit status 1 when a --min-* threshold is not met; \
            thresholds are fractions (0.8) or percentages (80%).

            Examples:
              padan coverage
              padan coverage seeds/ --html coverage.html
              padan coverage corpus/ --json > coverage.json
              padan coverage corpus/ --min-coverage 5% --min-sentence-coverage 0.9
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var options: GlossaryOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Also write the report as a self-contained HTML page to this file.")
    var html: String?

    @Option(help: "Fail (exit 1) when glossary coverage (concepts found / concepts) is below this.")
    var minCoverage: String?

    @Option(help: "Fail (exit 1) when corpus coverage (sentences with a term / sentences) is below this.")
    var minSentenceCoverage: String?

    @Option(help: "Candidate names and phrases to report, each.")
    var candidates: Int = 50

    func validate() throws {
        for (name, value) in [("--min-coverage", minCoverage), ("--min-sentence-coverage", minSentenceCoverage)] {
            if let value, Threshold(value) == nil {
                throw ValidationError("\(name) takes a fraction (0.8) or a percentage (80%), not '\(value)'")
            }
        }
        guard candidates >= 0 else { throw ValidationError("--candidates must be 0 or more") }
    }

    func run() throws {
        let glossary = try options.load()
        let annotator = corpus.annotator(glossary)
        if annotator.matcher.isEmpty {
            Terminal.warning("\(options.glossary): the glossary has no \(corpus.glossaryLanguage.rawValue) terms; coverage is 0")
        }
        var collectorOptions = CoverageCollector.Options()
        collectorOptions.candidateLimit = candidates
        var collector = CoverageCollector(matcher: annotator.matcher, options: collectorOptions)
        let allRead = try corpus.forEachDocument(defaultPaths: ["seeds"]) { document in
            collector.add(document: document.path, sentences: annotator.annotate(document))
        }
        let report = collector.report()
        if let html {
            try report.writeHTML(to: html)
            Terminal.note("wrote \(html)")
        }
        let out = StandardOutput()
        if json { out.write(bytes: report.json()) } else { out.write(CoverageFormat.text(report)) }
        out.flush()
        if !allRead { throw ExitCode(2) }
        var failed = false
        for (name, value, actual) in [
            ("glossary coverage", minCoverage, report.glossaryCoverage),
            ("corpus coverage", minSentenceCoverage, report.sentenceCoverage),
        ] {
            guard let value, let threshold = Threshold(value), actual < threshold.ratio else { continue }
            Terminal.error("\(name) \(CoverageReport.percent(actual)) is below the required \(CoverageReport.percent(threshold.ratio))")
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}

/// A threshold given as a fraction (`0.8`) or a percentage (`80%`).
struct Threshold {
    let ratio: Double

    init?(_ text: String) {
        let isPercent = text.hasSuffix("%")
        guard let value = Double(isPercent ? String(text.dropLast()) : text), value.isFinite, value >= 0 else { return nil }
        let ratio = isPercent ? value / 100 : value
        guard ratio <= 1 else { return nil }
        self.ratio = ratio
    }
}

/// The human-readable coverage report.
enum CoverageFormat {
    static func text(_ report: CoverageReport) -> String {
        var lines: [String] = []
        lines.append("Glossary coverage: \(CoverageReport.percent(report.glossaryCoverage)) (\(report.used.count) of \(report.glossary.concepts.count) concepts found)")
        lines.append("Corpus coverage:   \(CoverageReport.percent(report.sentenceCoverage)) (\(report.sentencesWithTerms) of \(report.sentences) sentences contain a term; \(report.hits) hits)")
        lines.append("")
        lines.append("Documents:")
        for document in report.documents {
            lines.append("  \(document.file): \(document.sentencesWithTerms)/\(document.sentences) sentences (\(CoverageReport.percent(document.sentenceCoverage))), \(document.hits) hits, \(document.concepts) concepts")
        }
        lines.append("")
        lines.append("Most frequent concepts:")
        for use in report.used.prefix(20) {
            let forms = use.forms.map { "\($0.term.text) ×\($0.count)" }.joined(separator: ", ")
            lines.append("  \(use.count)\t\(use.concept.preferredIndonesian?.text ?? use.concept.id) → \(use.concept.preferredEnglish?.text ?? "")  [\(forms)]")
        }
        if report.used.count > 20 { lines.append("  … and \(report.used.count - 20) more (--json or --html for all)") }
        lines.append("")
        lines.append("Inconsistent variants (\(report.inconsistent.count)):")
        for use in report.inconsistent {
            lines.append("  \(use.concept.id):")
            for form in use.forms {
                lines.append("    \(form.term.text) ×\(form.count): \(form.locations.map(\.description).joined(separator: ", "))")
            }
        }
        lines.append("")
        lines.append("Deprecated terms used (\(report.deprecatedUses.count)):")
        for use in report.deprecatedUses {
            for form in use.deprecatedForms {
                lines.append("  \(form.term.text) (\(use.concept.id); use \(use.concept.preferredIndonesian?.text ?? "")) ×\(form.count): \(form.locations.map(\.description).joined(separator: ", "))")
            }
        }
        for (heading, list) in [("Candidate names", report.candidateNames), ("Candidate phrases (C-value)", report.candidatePhrases)] {
            lines.append("")
            lines.append("\(heading) the glossary lacks (\(list.count)):")
            for candidate in list.prefix(20) {
                let example = candidate.example.map { "  e.g. \($0.location)" } ?? ""
                lines.append("  \(candidate.frequency)\t\(candidate.text)  (score \(JSONLine.decimal(candidate.score, digits: 1)))\(example)")
            }
        }
        lines.append("")
        lines.append("Concepts never seen: \(report.unseen.count) (--json or --html lists them)")
        return lines.joined(separator: "\n") + "\n"
    }
}
