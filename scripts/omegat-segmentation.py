#!/usr/bin/env python3
"""Convert an SRX 2.0 (or 1.0) rule file to OmegaT 3.6's segmentation.conf.

usage: omegat-segmentation.py RULES.srx OUT.conf      (OUT "-" writes to standard output)

OmegaT up to 6.0 keeps segmentation rules not as SRX but as a java.beans.XMLEncoder dump of
its org.omegat.core.segmentation.SRX object: `segmentation.conf` in the configuration folder
(global rules) or in the project's omegat/ folder (project-specific rules, which replace the
global ones for that project). This script writes that file from a standard SRX file, e.g.
padan's own rules (`padan segment --export-rules padan.srx`), so that OmegaT segments the
source the way the TMX was segmented and its exact matches apply:

    padan segment --export-rules padan.srx
    python3 scripts/omegat-segmentation.py padan.srx PROJECT/omegat/segmentation.conf

The same file works in OmegaT 4.x, 5.x and 6.0 (same classes, same format version). OmegaT 6.1 and
later read SRX itself (PROJECT/omegat/segmentation.srx) and convert a segmentation.conf they find
into that file on first load.

Mapping (SRX -> OmegaT bean):
  header segmentsubflows            -> SRX.segmentSubflows
  formathandle start/end/isolated   -> SRX.includeStartingTags / includeEndingTags / includeIsolatedTags
  each <languagemap>, in order      -> one MapRule: language = languagerulename,
                                       pattern = languagepattern (OmegaT matches it, case-insensitively,
                                       against the project's source language code)
  each <rule> of that languagerule  -> Rule: breakRule, beforebreak, afterbreak (absent afterbreak
                                       stays absent: OmegaT then breaks after every beforebreak match)
  version                           -> "0.2.2", OmegaT 3.6's current format version. It must be
                                       written: with an older or missing version OmegaT merges its own
                                       default rules into the file (or, missing, silently falls back to
                                       its defaults).

Limits, reported on standard error:
  - OmegaT 3.6 always cascades (it applies the rules of every map whose pattern matches the
    language). With cascade="no" the conversion is exact only when no two map patterns can match
    the same language; the script warns when two patterns' literal prefixes overlap (".*" overlaps all).
  - Patterns are passed through unchanged. SRX 2.0 specifies ICU regular expressions; OmegaT
    compiles them with java.util.regex (DOTALL, plus UNICODE_CASE under (?i)). The two agree on the
    common syntax (\\x{hhhh}, \\p{...}, [a&&[^b]], possessive quantifiers, bounded look-behind).
    ICU syntax Java silently reads otherwise (POSIX [[:alpha:]], set difference "--") is flagged
    here; a pattern Java rejects makes OmegaT log CORE_SRX_EXC_LOADING_SEG_RULES and use its
    default rules instead (scripts/interop-tmx.sh checks for that).

Only the Python standard library is used.
"""
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

OMEGAT_FORMAT_VERSION = "0.2.2"  # SRX.CURRENT_VERSION in OmegaT 1.6.0 RC9 .. 6.0


def local(tag):
    return tag.rsplit("}", 1)[-1]


def children(elem, name):
    return [c for c in elem if local(c.tag) == name]


def child(elem, name):
    found = children(elem, name)
    return found[0] if found else None


def yes(value, default):
    if value is None:
        return default
    return value.strip().lower() == "yes"


def literal_prefix(pattern):
    """The literal characters a language pattern starts with ("id.*" -> "id", ".*" -> "")."""
    m = re.match(r"[A-Za-z0-9_-]*", pattern)
    prefix = m.group(0) if m else ""
    rest = pattern[len(prefix):]
    # "id?" or "id*" make the last letter optional: drop it from the prefix.
    if rest[:1] in ("?", "*", "{") and prefix:
        prefix = prefix[:-1]
    return prefix.lower()


# ICU syntax that java.util.regex does not reject but reads differently (so OmegaT would silently
# segment otherwise): flag it.
ICU_ONLY = [
    (re.compile(r"\[:\^?[a-z]+:\]"), "POSIX class [:name:] (ICU; Java reads it as a set of the characters ':', 'n', 'a', ...; "
                                     "write \\p{Alpha} etc.)"),
    (re.compile(r"[^\\]--\["), "set difference [..--[..]] (ICU; Java reads '--' as characters; write [..&&[^..]])"),
]


def convert(srx_path):
    try:
        root = ET.parse(srx_path).getroot()
    except (ET.ParseError, OSError) as e:
        raise SystemExit(f"omegat-segmentation: cannot read {srx_path}: {e}")
    if local(root.tag) != "srx":
        raise SystemExit(f"omegat-segmentation: {srx_path}: root element is <{local(root.tag)}>, not <srx>")
    notes = []
    header = child(root, "header")
    body = child(root, "body")
    if body is None:
        raise SystemExit(f"omegat-segmentation: {srx_path}: no <body>")
    srx_version = root.get("version", "1.0")
    segment_subflows = yes(header.get("segmentsubflows") if header is not None else None, True)
    # SRX 2.0 requires cascade; SRX 1.0 has no cascading at all.
    cascade = yes(header.get("cascade") if header is not None else None, False)
    include = {"start": False, "end": True, "isolated": False}  # SRX defaults
    if header is not None:
        for fh in children(header, "formathandle"):
            kind = fh.get("type")
            if kind in include:
                include[kind] = yes(fh.get("include"), include[kind])

    rulesets = {}
    lr_parent = child(body, "languagerules")
    for lr in children(lr_parent, "languagerule") if lr_parent is not None else []:
        name = lr.get("languagerulename")
        rules = []
        for r in children(lr, "rule"):
            bb = child(r, "beforebreak")
            ab = child(r, "afterbreak")
            before = (bb.text or "") if bb is not None else ""
            after = (ab.text or "") if ab is not None else ""
            for text in (before, after):
                for rx, what in ICU_ONLY:
                    if rx.search(text):
                        notes.append(f"languagerule {name!r}: {what}")
            rules.append((yes(r.get("break"), True), before, after))
        rulesets[name] = rules

    maps = []
    mr_parent = child(body, "maprules")
    for lm in children(mr_parent, "languagemap") if mr_parent is not None else []:
        name = lm.get("languagerulename")
        pattern = lm.get("languagepattern")
        if name not in rulesets:
            raise SystemExit(f"omegat-segmentation: {srx_path}: languagemap names the unknown languagerule {name!r}")
        maps.append((name, pattern))
    if not maps:
        raise SystemExit(f"omegat-segmentation: {srx_path}: no <languagemap>: OmegaT would apply no rules")

    if not cascade and len(maps) > 1:
        for i, (name_a, pat_a) in enumerate(maps):
            for name_b, pat_b in maps[i + 1:]:
                a, b = literal_prefix(pat_a), literal_prefix(pat_b)
                if a.startswith(b) or b.startswith(a):
                    notes.append(
                        f"cascade=\"no\", but the patterns {pat_a!r} ({name_a}) and {pat_b!r} ({name_b}) may both "
                        "match a language; OmegaT 3.6 always cascades and will apply both rule sets")
    return srx_version, segment_subflows, include, maps, rulesets, notes


def string(indent, value):
    return f"{indent}<string>{escape(value)}</string>\n"


def render(segment_subflows, include, maps, rulesets):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<java version="1.8.0" class="java.beans.XMLDecoder">\n',
           ' <object class="org.omegat.core.segmentation.SRX">\n',
           '  <void property="mappingRules">\n',
           '   <object class="java.util.ArrayList">\n']
    for name, pattern in maps:
        out += ['    <void method="add">\n',
                '     <object class="org.omegat.core.segmentation.MapRule">\n',
                '      <void property="language">\n', string("       ", name), '      </void>\n',
                '      <void property="pattern">\n', string("       ", pattern), '      </void>\n',
                '      <void property="rules">\n',
                '       <object class="java.util.ArrayList">\n']
        for is_break, before, after in rulesets[name]:
            out += ['        <void method="add">\n',
                    '         <object class="org.omegat.core.segmentation.Rule">\n']
            if after:
                out += ['          <void property="afterbreak">\n', string("           ", after), '          </void>\n']
            # An empty beforebreak matches at every position, as in SRX (OmegaT's own default for
            # a missing one, ".", would never break at the start of the text).
            out += ['          <void property="beforebreak">\n', string("           ", before), '          </void>\n']
            out += ['          <void property="breakRule">\n',
                    f'           <boolean>{"true" if is_break else "false"}</boolean>\n',
                    '          </void>\n',
                    '         </object>\n',
                    '        </void>\n']
        out += ['       </object>\n', '      </void>\n', '     </object>\n', '    </void>\n']
    out += ['   </object>\n', '  </void>\n']
    for prop, value in (("segmentSubflows", segment_subflows),
                        ("includeStartingTags", include["start"]),
                        ("includeEndingTags", include["end"]),
                        ("includeIsolatedTags", include["isolated"])):
        out += [f'  <void property="{prop}">\n', f'   <boolean>{"true" if value else "false"}</boolean>\n', '  </void>\n']
    out += ['  <void property="version">\n', string("   ", OMEGAT_FORMAT_VERSION), '  </void>\n',
            ' </object>\n', '</java>\n']
    return "".join(out)


def main(argv):
    if len(argv) == 2 and argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    if len(argv) != 3:
        print("usage: omegat-segmentation.py RULES.srx OUT.conf   (OUT - for standard output)", file=sys.stderr)
        return 2
    _, segment_subflows, include, maps, rulesets, notes = convert(argv[1])
    text = render(segment_subflows, include, maps, rulesets)
    for note in dict.fromkeys(notes):
        print(f"omegat-segmentation: warning: {note}", file=sys.stderr)
    if argv[2] == "-":
        sys.stdout.write(text)
    else:
        with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        n_rules = sum(len(rulesets[name]) for name, _ in maps)
        print(f"omegat-segmentation: wrote {argv[2]}: {len(maps)} language maps, {n_rules} rules "
              f"({', '.join(f'{p} -> {n}' for n, p in maps)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
