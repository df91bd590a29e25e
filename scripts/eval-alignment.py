#!/usr/bin/env python3
"""Link precision, recall and F1 of padan's sentence alignment against gold alignments, with the ablation
of its evidence (length only vs length + each anchor kind) and, when given, hunalign on the same pairs.

Usage:
  scripts/eval-alignment.py [--set seeds|holdout|all] [--padan PATH] [--hunalign PATH] [--verbose]

Sets (both in the repository):
  seeds    seeds/*.txt with seeds/en/*.txt, segmented by padan (Indonesian and English rules), glossary
           Glossary/, gold Tests/PadanTests/Fixtures/Alignment/seeds-gold/NAME.jsonl.
  holdout  Tests/PadanTests/Fixtures/Alignment/holdout/{id,en}/NAME.txt, one segment per line
           (--presegmented), glossary holdout/glossary.tbx, gold holdout/gold/NAME.jsonl.

Gold and predictions are JSON Lines beads {"source":[...],"target":[...]}; the links of a bead are every
(source, target) index pair inside it, and precision, recall and F1 compare the link sets, micro-averaged
over the files of a set.

padan runs as `PADAN align SOURCE TARGET --json --anchors A [--presegmented] --glossary G` for every
configuration A of the ablation: none (Gale-Church length only), each anchor kind alone, all but each kind,
and all (the default). The default binary is the newer of .build/release/padan and .build/debug/padan.

hunalign (--hunalign PATH or $HUNALIGN; not installed by this script, see the README) runs on the holdout
set as `hunalign -utf -realign NULL_DICT ID EN` with an empty dictionary, and once more with a dictionary
made from the TBX glossary's id/en term pairs; its ladder output is converted to beads.

Prints one table per set and exits 1 when padan's default configuration misses its target (F1 0.98 on the
seeds, 0.95 on the holdout set), else 0.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "PadanTests" / "Fixtures" / "Alignment"
TARGETS = {"seeds": 0.98, "holdout": 0.95}
KINDS = ["terms", "numbers", "dates", "tokens"]


def links(beads):
    return {(s, t) for bead in beads for s in bead["source"] for t in bead["target"]}


def read_beads(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def score(pairs):
    """Micro P/R/F1 over (gold links, predicted links) pairs."""
    tp = sum(len(g & p) for g, p in pairs)
    gold = sum(len(g) for g, _ in pairs)
    predicted = sum(len(p) for _, p in pairs)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, gold, predicted


def sets(which):
    out = {}
    if which in ("seeds", "all"):
        gold_dir = FIXTURES / "seeds-gold"
        out["seeds"] = dict(
            pairs=[(ROOT / "seeds" / (g.stem + ".txt"), ROOT / "seeds" / "en" / (g.stem + ".txt"), g)
                   for g in sorted(gold_dir.glob("*.jsonl"))],
            glossary=ROOT / "Glossary", presegmented=False)
    if which in ("holdout", "all"):
        base = FIXTURES / "holdout"
        out["holdout"] = dict(
            pairs=[(base / "id" / (g.stem + ".txt"), base / "en" / (g.stem + ".txt"), g)
                   for g in sorted((base / "gold").glob("*.jsonl"))],
            glossary=base / "glossary.tbx", presegmented=True)
    return out


def run_padan(padan, anchors, data):
    results = []
    for source, target, gold in data["pairs"]:
        command = [padan, "align", str(source), str(target), "--json", "--anchors", anchors,
                   "--glossary", str(data["glossary"])]
        if data["presegmented"]:
            command.append("--presegmented")
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode not in (0, 1):
            sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
        results.append((links(read_beads(gold.read_text())), links(read_beads(done.stdout)), source.name))
    return results


def tbx_dictionary(path, out):
    """hunalign dictionary lines `english @ indonesian` from a TBX file's concepts."""
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    tree = ET.parse(path)
    lines = []
    for entry in tree.getroot().iter():
        if not entry.tag.endswith("conceptEntry") and not entry.tag.endswith("termEntry"):
            continue
        terms = {"id": [], "en": []}
        for section in entry.iter():
            if section.tag.endswith("langSec") or section.tag.endswith("langSet"):
                lang = section.get("{http://www.w3.org/XML/1998/namespace}lang", "")[:2]
                for term in section.iter():
                    if term.tag.endswith("term") and term.text and lang in terms:
                        terms[lang].append(term.text.strip())
        for en in terms["en"]:
            for ind in terms["id"]:
                lines.append(f"{en} @ {ind}")
    Path(out).write_text("\n".join(lines) + "\n")


def ladder_to_beads(ladder, n_source, n_target):
    rungs = []
    for line in ladder.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            rungs.append((int(parts[0]), int(parts[1])))
    if not rungs or rungs[-1] != (n_source, n_target):
        rungs.append((n_source, n_target))
    beads = []
    for (i1, j1), (i2, j2) in zip(rungs, rungs[1:]):
        beads.append({"source": list(range(i1, i2)), "target": list(range(j1, j2))})
    return beads


def run_hunalign(hunalign, data, dictionary):
    results = []
    for source, target, gold in data["pairs"]:
        done = subprocess.run([hunalign, "-utf", "-realign", dictionary, str(source), str(target)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"hunalign failed on {source.name}: {done.stderr[-500:]}")
        n_source = len(source.read_text().splitlines())
        n_target = len(target.read_text().splitlines())
        beads = ladder_to_beads(done.stdout, n_source, n_target)
        results.append((links(read_beads(gold.read_text())), links(beads), source.name))
    return results


def row(name, results, verbose):
    p, r, f, gold, predicted = score([(g, q) for g, q, _ in results])
    print(f"{name:<28} {p:6.3f} {r:6.3f} {f:6.3f} {gold:6d} {predicted:6d}")
    if verbose:
        for g, q, file in results:
            fp, fr, ff, _, _ = score([(g, q)])
            print(f"    {file:<40} F1 {ff:.3f}  missing {sorted(g - q)[:8]}  extra {sorted(q - g)[:8]}")
    return f


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default="all", choices=["seeds", "holdout", "all"])
    parser.add_argument("--padan")
    parser.add_argument("--hunalign", default=os.environ.get("HUNALIGN"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    built = [p for p in [ROOT / ".build/release/padan", ROOT / ".build/debug/padan"] if p.exists()]
    padan = args.padan or (str(max(built, key=lambda p: p.stat().st_mtime)) if built else None)
    if padan is None:
        sys.exit("no padan binary: run swift build first, or pass --padan")
    configurations = (["none"] + KINDS + [",".join(k for k in KINDS if k != kind) for kind in KINDS] + ["all"])
    labels = (["length only"] + [f"length + {k}" for k in KINDS] + [f"all but {k}" for k in KINDS]
              + ["length + all anchors"])
    missed = False
    for name, data in sets(args.set).items():
        if not data["pairs"]:
            print(f"{name}: no gold files found")
            continue
        print(f"\n{name}: {len(data['pairs'])} text pairs")
        print(f"{'system':<28} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
        for anchors, label in zip(configurations, labels):
            f1 = row("padan " + label, run_padan(padan, anchors, data), args.verbose and anchors == "all")
        if f1 < TARGETS[name]:
            missed = True
            print(f"padan misses the target F1 {TARGETS[name]} on {name}")
        if args.hunalign and data["presegmented"]:
            with tempfile.TemporaryDirectory() as tmp:
                null = Path(tmp) / "null.dic"
                null.write_text("")
                row("hunalign (no dictionary)", run_hunalign(args.hunalign, data, str(null)), args.verbose)
                dictionary = Path(tmp) / "glossary.dic"
                tbx_dictionary(data["glossary"], dictionary)
                row("hunalign (TBX dictionary)", run_hunalign(args.hunalign, data, str(dictionary)), args.verbose)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
