#!/usr/bin/env python3
"""Boundary precision, recall and F1 of padan's sentence segmentation against a gold set.

Usage:
  scripts/eval-segmentation.py TEXT_DIR GOLD_DIR [--gold-ext .gold|.txt] [--lang id]
                               [--padan PATH_TO_BINARY] [--peers pysbd,syntok,spacy] [--verbose]

Example (the seed articles and their gold segmentation):
  scripts/eval-segmentation.py seeds /work/shared/gold/segmentation --gold-ext .txt --peers pysbd,syntok,spacy

Every TEXT_DIR/NAME.txt that has a gold file GOLD_DIR/NAME<gold-ext> is evaluated (default extension .gold).
A gold file holds one segment per line, whitespace runs collapsed to one space.

Boundaries: each text is normalized with re.sub(r"\\s+", " ", text).strip(). A system's segments are mapped
onto it in order, and the end offset of every segment but the last is a boundary. Whitespace is ignored while
mapping, so systems that drop or add spaces still map; a segment that is not at the current position is
searched for further on. Text a system skipped or changed is reported as a warning. Precision, recall and F1
compare the boundary sets and are micro-averaged over the files; --verbose adds per-file counts and shows the
gold and predicted segments around every error.

padan: `PADAN segment --raw --lang LANG FILE` per file. The default binary is .build/release/padan, else
.build/debug/padan; padan is skipped with a note when neither exists.
Peers (--peers, comma-separated): pysbd (English rules, whole text), syntok (segmenter.analyze) and spacy
(blank LANG pipeline with the sentencizer). They are pip-installed on first use into the venv .build/bench/venv
(created if missing) and the script re-runs itself under that venv's python. Without --peers only the Python
standard library is needed.

Prints a table (system, P, R, F1, gold and predicted boundary counts) and exits 0.
"""

import argparse
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".build" / "bench" / "venv"
WHITESPACE = re.compile(r"\s+")
CONTEXT = 60  # characters shown on each side of an error with --verbose


def normalize(text):
    return WHITESPACE.sub(" ", text).strip()


def read_text(path):
    return path.read_text(encoding="utf-8-sig")


def map_boundaries(norm, segments):
    """Map segments in order onto the normalized text.

    Returns the set of boundary offsets in `norm` (the end of every segment except at the end of the text)
    and a list of problems: text skipped between segments, segments not found, text left uncovered.
    """
    kept = [i for i, ch in enumerate(norm) if ch != " "]  # offset in norm of each non-space character
    compact = "".join(norm[i] for i in kept)
    pos = 0
    ends = set()
    problems = []
    for segment in segments:
        key = WHITESPACE.sub("", segment)
        if not key:
            continue
        if compact.startswith(key, pos):
            start = pos
        else:
            start = compact.find(key, pos)
            if start < 0:
                problems.append(f"segment not found in the text: {segment[:CONTEXT]!r}")
                continue
            problems.append(f"text skipped before {segment[:CONTEXT]!r}: {norm[kept[pos]:kept[start]][:CONTEXT]!r}")
        pos = start + len(key)
        ends.add(kept[pos - 1] + 1)
    if pos < len(compact):
        problems.append(f"text not covered at the end: {norm[kept[pos]:][:CONTEXT]!r}")
    ends.discard(len(norm))
    return ends, problems


def render(norm, boundaries, offset):
    """The normalized text around `offset`, with ` | ` at each of the given boundaries."""
    lo, hi = max(0, offset - CONTEXT), min(len(norm), offset + CONTEXT)
    cuts = [lo] + sorted(b for b in boundaries if lo < b < hi) + [hi]
    pieces = [norm[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    return ("…" if lo else "") + " | ".join(pieces) + ("…" if hi < len(norm) else "")


# A system is a function (text file path, text, gold segments) -> list of segment strings.

def padan_system(binary, lang):
    def segment(path, _text, _gold):
        run = subprocess.run([binary, "segment", "--raw", "--lang", lang, str(path)],
                             capture_output=True, encoding="utf-8")
        if run.returncode != 0:
            sys.exit(f"error: {binary} segment --raw failed on {path} (exit {run.returncode}):\n{run.stderr}")
        return run.stdout.splitlines()
    return segment


def pysbd_system(_lang):
    import pysbd
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return lambda _path, text, _gold: segmenter.segment(text)


def syntok_system(_lang):
    from syntok import segmenter

    def segment(_path, text, _gold):
        return ["".join(token.spacing + token.value for token in sentence)
                for paragraph in segmenter.analyze(text) for sentence in paragraph]
    return segment


def spacy_system(lang):
    import spacy
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10**9  # the limit protects the parser's memory; the sentencizer needs none

    def segment(_path, text, _gold):
        return [sentence.text for sentence in nlp(text).sents]
    return segment


PEERS = {"pysbd": pysbd_system, "syntok": syntok_system, "spacy": spacy_system}  # pip name = module name


def use_venv_with(peers):
    """Re-run this script under the bench venv's python (creating the venv if needed); pip-install missing peers."""
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV):
        python = VENV / "bin" / "python"
        if not python.exists():
            print(f"creating venv {VENV}", file=sys.stderr)
            if subprocess.run([sys.executable, "-m", "venv", str(VENV)]).returncode != 0:
                sys.exit("error: could not create the venv (on Debian: apt-get install python3-venv)")
        os.execv(python, [str(python), str(Path(__file__).resolve()), *sys.argv[1:]])
    missing = [name for name in peers if importlib.util.find_spec(name) is None]
    if missing:
        print(f"installing {', '.join(missing)} into {VENV}", file=sys.stderr)
        if subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *missing]).returncode != 0:
            sys.exit(f"error: pip install {' '.join(missing)} failed")
        importlib.invalidate_caches()


def self_check_systems():
    """The gold fed back as predictions: once as is, once with its spacing changed the way peers change it."""
    def respaced(_path, _text, gold):
        return [re.sub(r"\s*([.,!?;:])", r" \1 ", s) if i % 2 else s.replace(" ", "") for i, s in enumerate(gold)]
    return [("self", lambda _path, _text, gold: gold), ("self-respaced", respaced)]


def parse_args():
    parser = argparse.ArgumentParser(description="Boundary P/R/F1 of sentence segmentation against a gold set.")
    parser.add_argument("text_dir", type=Path, metavar="TEXT_DIR")
    parser.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    parser.add_argument("--gold-ext", default=".gold", metavar="EXT", help="gold file extension (default .gold)")
    parser.add_argument("--lang", default="id", help="language passed to padan and spaCy (default id)")
    parser.add_argument("--padan", metavar="BINARY", help="default .build/release/padan, else .build/debug/padan")
    parser.add_argument("--peers", default="", metavar="LIST", help="peers to evaluate too: pysbd,syntok,spacy")
    parser.add_argument("--verbose", action="store_true", help="per-file counts and the context of every error")
    parser.add_argument("--self-check", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.peers = [p for p in args.peers.split(",") if p]
    unknown = [p for p in args.peers if p not in PEERS]
    if unknown:
        parser.error(f"unknown peer(s) {', '.join(unknown)}; choose from {', '.join(PEERS)}")
    return args


def find_padan(explicit):
    if explicit:
        if not os.access(explicit, os.X_OK):
            sys.exit(f"error: {explicit} is not an executable padan binary")
        return explicit
    for build in ("release", "debug"):
        candidate = ROOT / ".build" / build / "padan"
        if os.access(candidate, os.X_OK):
            return str(candidate)
    print("note: no padan binary in .build/release or .build/debug (swift build -c release --product padan); "
          "skipping padan", file=sys.stderr)
    return None


def main():
    args = parse_args()
    if args.peers:
        use_venv_with(args.peers)

    systems = []  # (name, system)
    binary = find_padan(args.padan)
    if binary:
        systems.append(("padan", padan_system(binary, args.lang)))
    systems += [(name, PEERS[name](args.lang)) for name in args.peers]
    if args.self_check:
        systems += self_check_systems()
    if not systems:
        sys.exit("error: nothing to evaluate (no padan binary and no --peers)")

    pairs = []
    for text_path in sorted(args.text_dir.glob("*.txt")):
        gold_path = args.gold_dir / (text_path.stem + args.gold_ext)
        if gold_path.is_file():
            pairs.append((text_path, gold_path))
        else:
            print(f"note: no gold file {gold_path}; skipping {text_path.name}", file=sys.stderr)
    if not pairs:
        sys.exit(f"error: no TEXT_DIR/*.txt in {args.text_dir} has a gold file in {args.gold_dir}")

    totals = {name: [0, 0, 0] for name, _ in systems}  # true positives, gold boundaries, predicted boundaries
    for text_path, gold_path in pairs:
        text = read_text(text_path)
        norm = normalize(text)
        gold_segments = [s for s in map(normalize, read_text(gold_path).splitlines()) if s]
        gold, problems = map_boundaries(norm, gold_segments)
        for problem in problems:
            print(f"warning: gold {gold_path.name}: {problem}", file=sys.stderr)
        for name, system in systems:
            predicted, problems = map_boundaries(norm, [normalize(s) for s in system(text_path, text, gold_segments)])
            for problem in problems if args.verbose else problems[:1]:
                print(f"warning: {name} on {text_path.name}: {problem}", file=sys.stderr)
            if len(problems) > 1 and not args.verbose:
                print(f"warning: {name} on {text_path.name}: {len(problems) - 1} more (see --verbose)", file=sys.stderr)
            hits = len(gold & predicted)
            counts = totals[name]
            counts[0] += hits
            counts[1] += len(gold)
            counts[2] += len(predicted)
            if args.verbose:
                print(f"{text_path.name}  {name}: gold {len(gold)}, predicted {len(predicted)}, correct {hits}, "
                      f"spurious {len(predicted - gold)}, missed {len(gold - predicted)}")
                errors = sorted([(b, "spurious") for b in predicted - gold] + [(b, "missed") for b in gold - predicted])
                for offset, kind in errors:
                    print(f"  {kind} boundary at {offset}:")
                    print(f"    gold : {render(norm, gold, offset)}")
                    print(f"    {name:5}: {render(norm, predicted, offset)}")

    print(f"\n{len(pairs)} files, text {args.text_dir}, gold {args.gold_dir}")
    print(f"{'system':14} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    failed_self_check = False
    for name, (hits, n_gold, n_pred) in totals.items():
        precision = hits / n_pred if n_pred else 0.0
        recall = hits / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:14} {precision:6.3f} {recall:6.3f} {f1:6.3f} {n_gold:6} {n_pred:6}")
        if name.startswith("self") and not hits == n_gold == n_pred:
            failed_self_check = True
    if failed_self_check:
        sys.exit("error: self-check failed: the gold fed back as a prediction does not score F1 = 1.0")


if __name__ == "__main__":
    main()
