extension CoverageReport {
    /// The report as one JSON object (keys in a fixed order, ratios with four decimals), followed by a newline.
    ///
    /// `{"glossary": {"files", "concepts", "found", "coverage"}, "corpus": {"documents", "sentences",
    /// "sentencesWithTerms", "hits", "coverage"}, "documents": [...], "concepts": [...], "unseen": [...],
    /// "inconsistent": [...], "deprecated": [...], "candidates": {"names": [...], "phrases": [...]}}`.
    public func json() -> [UInt8] {
        var root = JSONLine()
        var glossaryObject = JSONLine()
        glossaryObject.add("files", strings: glossary.files)
        glossaryObject.add("concepts", glossary.concepts.count)
        glossaryObject.add("found", used.count)
        glossaryObject.add("coverage", glossaryCoverage, digits: 4)
        root.add("glossary", object: glossaryObject)
        var corpus = JSONLine()
        corpus.add("documents", documents.count)
        corpus.add("sentences", sentences)
        corpus.add("sentencesWithTerms", sentencesWithTerms)
        corpus.add("hits", hits)
        corpus.add("coverage", sentenceCoverage, digits: 4)
        root.add("corpus", object: corpus)
        root.add("documents", objects: documents.map { document in
            var object = JSONLine()
            object.add("file", document.file)
            object.add("sentences", document.sentences)
            object.add("sentencesWithTerms", document.sentencesWithTerms)
            object.add("hits", document.hits)
            object.add("concepts", document.concepts)
            object.add("coverage", document.sentenceCoverage, digits: 4)
            return object
        })
        root.add("concepts", objects: used.map { use in
            var object = conceptHeader(use.conceptIndex)
            object.add("count", use.count)
            object.add("documents", use.documents)
            object.add("forms", objects: use.forms.map(formJSON))
            object.add("example", object: exampleJSON(use.example))
            return object
        })
        root.add("unseen", objects: unseen.map(conceptHeader))
        root.add("inconsistent", objects: inconsistent.map { use in
            var object = conceptHeader(use.conceptIndex)
            object.add("forms", objects: use.forms.map(formJSON))
            return object
        })
        root.add("deprecated", objects: deprecatedUses.map { use in
            var object = conceptHeader(use.conceptIndex)
            object.add("forms", objects: use.deprecatedForms.map(formJSON))
            return object
        })
        var candidates = JSONLine()
        candidates.add("names", objects: candidateNames.map(candidateJSON))
        candidates.add("phrases", objects: candidatePhrases.map(candidateJSON))
        root.add("candidates", object: candidates)
        return root.finished()
    }

    private func conceptHeader(_ index: Int) -> JSONLine {
        let concept = glossary.concepts[index]
        var object = JSONLine()
        object.add("concept", concept.id)
        object.add("term", optional: concept.preferredIndonesian?.text)
        object.add("target", optional: concept.preferredEnglish?.text)
        return object
    }

    private func formJSON(_ form: Form) -> JSONLine {
        var object = JSONLine()
        object.add("term", form.term.text)
        object.add("type", form.term.type.rawValue)
        object.add("status", form.term.status.rawValue)
        object.add("count", form.count)
        object.add("locations", strings: form.locations.map(\.description))
        return object
    }

    private func exampleJSON(_ example: Example) -> JSONLine {
        var object = JSONLine()
        object.add("location", example.location.description)
        object.add("text", example.text)
        return object
    }

    private func candidateJSON(_ candidate: Candidate) -> JSONLine {
        var object = JSONLine()
        object.add("text", candidate.text)
        object.add("words", candidate.words)
        object.add("frequency", candidate.frequency)
        object.add("score", candidate.score, digits: 2)
        if let example = candidate.example { object.add("example", object: exampleJSON(example)) }
        return object
    }
}
