#!/usr/bin/env python3
"""Generates Sources/Padan/Resources/language-subtags.txt from the IANA Language Subtag Registry.

Usage:
  python3 -m venv /tmp/padan-langcodes && /tmp/padan-langcodes/bin/pip install langcodes==3.5.1
  /tmp/padan-langcodes/bin/python scripts/make-language-subtags.py
  scripts/make-language-subtags.py --registry language-subtag-registry.txt --source "iana.org download"

Without --registry the registry is the copy that the installed `langcodes` package ships
(langcodes/data/language-subtag-registry.txt); the committed file was made from langcodes 3.5.1, whose registry
has File-Date 2021-08-06 (language_data 1.4.0 ships the same file). A newer registry can be passed with
--registry (for example one downloaded from
https://www.iana.org/assignments/language-subtag-registry/language-subtag-registry); --source then names it.

Output (UTF-8, LF, sorted, so regenerating from the same registry gives the same bytes), one record per line,
fields separated by one TAB:
  file-date  DATE                      the registry's File-Date (always the first line)
  # ...                                comments
  KIND  SUBTAG                         a current subtag; KIND is language, script, region or variant
  KIND  SUBTAG  PREFERRED              a deprecated subtag and its Preferred-Value, `-` when there is none
  extlang  SUBTAG  PREFIX              an extended language subtag and the language it must follow
  grandfathered  TAG [PREFERRED]       a grandfathered tag; the third field as for deprecated subtags
  redundant  TAG  PREFERRED            a deprecated redundant tag and its Preferred-Value
Subtags and tags keep the registry's case (language lowercase, Script titlecase, REGION uppercase). Ranges
(qaa..qtz, Qaaa..Qabx, QM..QZ, XA..XZ) are expanded. Redundant tags that are not deprecated are left out: they
are ordinary tags made of registered subtags. Descriptions, dates, variant prefixes and scopes are left out.
"""
import argparse
import importlib.metadata
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Sources", "Padan", "Resources", "language-subtags.txt")
KINDS = ["language", "extlang", "script", "region", "variant", "grandfathered", "redundant"]


def read_records(text):
    """The registry's File-Date and its records, each a dict from field name to list of values."""
    blocks = text.replace("\r\n", "\n").split("\n%%\n")
    file_date = blocks[0].strip().removeprefix("File-Date:").strip()
    records = []
    for block in blocks[1:]:
        record, name = {}, None
        for line in block.split("\n"):
            if not line.strip():
                continue
            if line[0].isspace():
                record[name][-1] += " " + line.strip()
                continue
            name, _, value = line.partition(":")
            record.setdefault(name, []).append(value.strip())
        records.append(record)
    return file_date, records


def expand(subtag):
    """`qaa..qtz` as every subtag from qaa to qtz; a plain subtag as itself."""
    if ".." not in subtag:
        return [subtag]
    first, last = subtag.split("..")
    subtags, current = [], list(first)
    while True:
        subtags.append("".join(current))
        if "".join(current) == last:
            return subtags
        position = len(current) - 1
        while current[position] in "zZ":
            current[position] = "a" if current[position] == "z" else "A"
            position -= 1
        current[position] = chr(ord(current[position]) + 1)


def lines_for(record):
    kind = record["Type"][0]
    preferred = record.get("Preferred-Value", ["-"])[0]
    if kind == "extlang":
        return [(kind, record["Subtag"][0], record["Prefix"][0])]
    if kind in ("grandfathered", "redundant"):
        tag = record["Tag"][0]
        if "Deprecated" in record:
            return [(kind, tag, preferred)]
        return [(kind, tag)] if kind == "grandfathered" else []
    fields = (preferred,) if "Deprecated" in record else ()
    return [(kind, subtag) + fields for subtag in expand(record["Subtag"][0])]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registry", help="registry file (default: the one in the installed langcodes package)")
    parser.add_argument("--source", help="where the registry came from, for the output's comment")
    parser.add_argument("--output", default=OUTPUT)
    args = parser.parse_args()
    registry, source = args.registry, args.source
    if registry is None:
        spec = importlib.util.find_spec("langcodes")
        if spec is None or spec.origin is None:
            sys.exit("make-language-subtags: langcodes is not installed; pip install langcodes, or pass --registry")
        registry = os.path.join(os.path.dirname(spec.origin), "data", "language-subtag-registry.txt")
        source = source or "langcodes " + importlib.metadata.version("langcodes")
    source = source or os.path.basename(registry)
    with open(registry, encoding="utf-8") as file:
        file_date, records = read_records(file.read())
    lines = sorted((line for record in records for line in lines_for(record)),
                   key=lambda line: (KINDS.index(line[0]), line[1].lower()))
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"file-date\t{file_date}\n")
        out.write(f"# IANA Language Subtag Registry (BCP 47) from {source}, "
                  "made by scripts/make-language-subtags.py; format in that script.\n")
        for line in lines:
            out.write("\t".join(line) + "\n")
    print(f"make-language-subtags: {len(lines)} records, File-Date {file_date} -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
