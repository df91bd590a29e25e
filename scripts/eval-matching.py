#!/usr/bin/env python3
"""Hit precision and recall of `padan annotate` against hand-marked expected hits.

Usage: scripts/eval-matching.py TEXT_DIR EXPECTED_DIR --glossary GLOSSARY [--padan PATH] [--show]

EXPECTED_DIR holds one NAME.tsv per TEXT_DIR/NAME.txt: every expected hit in document order, one per line,
`concept_id<TAB>surface<TAB>kind` (surface as written, any line break inside replaced by one space).
padan's hits (file order, sentence order, offset order) are aligned with the expected ones by longest common
subsequence on (concept, surface); aligned pairs are true positives, and their kinds are compared separately.
Prints precision, recall and F1 over all files and the kind agreement; --show lists every miss and extra.
"""
import argparse, json, os, subprocess, sys


def lcs_pairs(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j)); i += 1; j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts"); parser.add_argument("expected")
    parser.add_argument("--glossary", required=True)
    parser.add_argument("--padan", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "padan"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    tp = fp = fn = kind_ok = 0
    for name in sorted(os.listdir(args.texts)):
        if not name.endswith(".txt"):
            continue
        path = os.path.join(args.texts, name)
        expected = []
        with open(os.path.join(args.expected, name[:-4] + ".tsv"), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    concept, surface, kind = line.rstrip("\n").split("\t")
                    expected.append((concept, " ".join(surface.split()), kind))
        out = subprocess.run([args.padan, "annotate", path, "--glossary", args.glossary, "--json"],
                             check=True, capture_output=True, text=True).stdout
        found = [(t["concept"], " ".join(t["source"].split()), t["match"])
                 for line in out.splitlines() for t in json.loads(line)["terms"]]
        pairs = lcs_pairs([e[:2] for e in expected], [f[:2] for f in found])
        matched_e = {i for i, _ in pairs}
        matched_f = {j for _, j in pairs}
        tp += len(pairs); fn += len(expected) - len(pairs); fp += len(found) - len(pairs)
        kind_ok += sum(1 for i, j in pairs if expected[i][2] == found[j][2])
        if args.show:
            for i, e in enumerate(expected):
                if i not in matched_e:
                    print(f"{name}: MISSED  {e[0]}  {e[1]!r} ({e[2]})")
            for j, f in enumerate(found):
                if j not in matched_f:
                    print(f"{name}: EXTRA   {f[0]}  {f[1]!r} ({f[2]})")
            for i, j in pairs:
                if expected[i][2] != found[j][2]:
                    print(f"{name}: KIND    {expected[i][0]}  {expected[i][1]!r} expected {expected[i][2]}, got {found[j][2]}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"hits: expected {tp + fn}, found {tp + fp}, correct {tp}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  kind agreement {kind_ok / tp if tp else 0:.3f}")


if __name__ == "__main__":
    sys.exit(main())
