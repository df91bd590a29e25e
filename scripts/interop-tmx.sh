#!/usr/bin/env bash
# interop-tmx.sh TMX SOURCE_DIR: checks that a TMX padan exported is readable by real CAT tools.
#
#   a) xmllint: well-formed and valid against the DTD padan ships (Sources/Padan/Resources/tmx14.dtd)
#   b) translate-toolkit (translate.storage.tmx.tmxfile): as many units as <tu> elements (counted by
#      xmllint), and every unit with two tuvs has source and target text
#   c) Perl XML::TMX::Reader (Debian libxml-tmx-perl, a line-oriented reader): the same number of TUs
#   d) OmegaT 3.6 headless (--mode=console-translate, project id->en, SOURCE_DIR/*.txt in source/, the
#      TMX in tm/auto/): it reads the TMX without error and fills segments from it. Two runs: OmegaT's
#      default segmentation rules (the count is information only) and padan's own rules
#      (`padan segment --export-rules`, converted by scripts/omegat-segmentation.py to the project's
#      omegat/segmentation.conf), where every TMX sentence OmegaT can present as a segment must be filled.
#
# Installs what is missing, quietly (output in a log shown only on failure): apt-get libxml2-utils
# libxml-tmx-perl omegat (+ default-jre-headless if there is no java), a Python venv at
# ${PADAN_VENV:-.build/interop-venv} with translate-toolkit 3.20.4, and the release padan binary
# (${PADAN:-.build/release/padan}; built with `swift build -c release --product padan` when missing).
# Every check prints "PASS ..." or "FAIL ..." ("INFO ..." lines are information); the last line is
# "N passed, M failed". Exit status: 0 all passed, 1 a check failed, 2 usage error.
# VERBOSE=1 lists OmegaT's segments as FILLED/UNFILLED (they are listed anyway when d) fails);
# KEEP=1 keeps the scratch directory.
set -uo pipefail

usage() { echo "usage: scripts/interop-tmx.sh TMX SOURCE_DIR   (SOURCE_DIR holds the articles, *.txt)" >&2; exit 2; }
[ $# -eq 2 ] || usage
[ -f "$1" ] && [ -r "$1" ] || { echo "interop-tmx: cannot read the TMX file '$1'" >&2; usage; }
[ -d "$2" ] || { echo "interop-tmx: '$2' is not a directory" >&2; usage; }
compgen -G "$2/*.txt" >/dev/null || { echo "interop-tmx: no *.txt articles in '$2'" >&2; usage; }
tmx=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 2
venv=${PADAN_VENV:-$PWD/.build/interop-venv}
padan=${PADAN:-$PWD/.build/release/padan}
dtd=$PWD/Sources/Padan/Resources/tmx14.dtd
jar=/usr/share/omegat/OmegaT.jar

tmp=$(mktemp -d "${TMPDIR:-/tmp}/padan-interop.XXXXXX")
# On exit: stop an OmegaT run still going (interrupted script), then remove the scratch directory.
cleanup() {
  local f
  for f in "$tmp"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done
  if [ -n "${KEEP:-}" ]; then echo "INFO scratch directory kept: $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
passed=0 failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
oneline() { grep -v '^\s*\^\?\s*$' | head -"${2:-3}" | tr '\n' ' ' | cut -c1-"${1:-300}"; }
setup_log=$tmp/setup.log
# setup_step DESCRIPTION CMD...: runs CMD with its output in the setup log; on failure shows the log.
setup_step() {
  local what=$1; shift
  if ! "$@" >>"$setup_log" 2>&1; then
    echo "interop-tmx: $what failed; its output:" >&2
    tail -25 "$setup_log" | sed 's/^/  | /' >&2
    return 1
  fi
}

# --- setup (skipped entirely when everything is present) -------------------------------------------------
missing=()
command -v xmllint >/dev/null || missing+=(libxml2-utils)
perl -MXML::TMX::Reader -e 1 2>/dev/null || missing+=(libxml-tmx-perl)
[ -f "$jar" ] || missing+=(omegat)
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
apt_install() {
  setup_step "apt-get update" "${sudo[@]}" apt-get update -qq &&
    setup_step "apt-get install $*" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}
if ((${#missing[@]})); then
  echo "INFO installing ${missing[*]} (apt-get; output in the setup log)"
  apt_install "${missing[@]}"
fi
# The omegat package depends on a JRE; install a headless one if there still is no java.
command -v java >/dev/null || { echo "INFO installing default-jre-headless"; apt_install default-jre-headless; }
if ! "$venv/bin/python" -c 'import translate.storage.tmx' 2>/dev/null; then
  echo "INFO creating the Python venv $venv (translate-toolkit 3.20.4)"
  { [ -x "$venv/bin/python" ] || setup_step "python3 -m venv $venv" python3 -m venv "$venv"; } &&
    setup_step "pip install translate-toolkit" "$venv/bin/pip" install -q --disable-pip-version-check \
      translate-toolkit==3.20.4 lxml==6.1.3 unicode-segmentation-rs==1.0.0
fi
if [ ! -x "$padan" ] && [ -z "${PADAN:-}" ]; then
  echo "INFO building $padan (swift build -c release --product padan)"
  setup_step "swift build" swift build -c release --product padan
fi

# --- a) xmllint against padan's DTD -----------------------------------------------------------------------
# The TMX is validated as a copy beside the DTD, so that its <!DOCTYPE tmx SYSTEM "tmx14.dtd"> resolves
# offline to the same file; any warning (e.g. a DOCTYPE naming a DTD that cannot be found) is a failure.
mkdir -p "$tmp/xml" && cp "$tmx" "$tmp/xml/check.tmx" && ln -s "$dtd" "$tmp/xml/tmx14.dtd"
if ! command -v xmllint >/dev/null; then
  fail "a) xmllint is not installed"
elif out=$(cd "$tmp/xml" && xmllint --noout --nonet --dtdvalid tmx14.dtd check.tmx 2>&1) && [ -z "$out" ]; then
  pass "a) xmllint: well-formed and valid against Sources/Padan/Resources/tmx14.dtd"
else
  fail "a) xmllint --dtdvalid tmx14.dtd: $(oneline 400 4 <<<"$out")"
fi
ntu=$(xmllint --nonet --xpath 'count(//tu)' "$tmx" 2>/dev/null)
[[ $ntu =~ ^[0-9]+$ ]] || ntu=

# --- b) translate-toolkit ---------------------------------------------------------------------------------
tt=$("$venv/bin/python" - "$tmx" 2>&1 <<'EOF'
import sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
bad = [str(u.getid() or i + 1) for i, u in enumerate(units)
       if len(u.getlanguageNodes()) >= 2 and not (u.source and u.target)]
print(len(units), len(bad), ",".join(bad[:5]))
EOF
)
read -r tt_n tt_bad tt_ex <<<"$(tail -1 <<<"$tt")"
if ! [[ ${tt_n:-} =~ ^[0-9]+$ && ${tt_bad:-} =~ ^[0-9]+$ ]]; then
  fail "b) translate-toolkit could not load it: $(tail -1 <<<"$tt" | cut -c1-300)"
elif [ -z "$ntu" ]; then
  fail "b) could not count the <tu> elements with xmllint --xpath 'count(//tu)'"
elif [ "$tt_n" != "$ntu" ]; then
  fail "b) translate-toolkit read $tt_n units, the file has $ntu <tu> elements"
elif [ "$tt_bad" -gt 0 ]; then
  fail "b) translate-toolkit: $tt_bad of $tt_n units have two tuvs but an empty source or target (${tt_ex})"
else
  pass "b) translate-toolkit: $tt_n units (= $ntu <tu> elements), every two-tuv unit has source and target text"
fi

# --- c) Perl XML::TMX::Reader -----------------------------------------------------------------------------
pl=$(perl -MXML::TMX::Reader -e '
  my $r = XML::TMX::Reader->new($ARGV[0]) or die "cannot open $ARGV[0]\n";
  my $n = 0; $r->for_tu(sub { $n++; return }); print "$n\n";' "$tmx" 2>"$tmp/perl.err")
if ! [[ $pl =~ ^[0-9]+$ ]]; then
  fail "c) XML::TMX::Reader failed: $(oneline 300 2 <"$tmp/perl.err")"
elif [ -s "$tmp/perl.err" ]; then
  fail "c) XML::TMX::Reader read $pl TUs with warnings: $(oneline 300 2 <"$tmp/perl.err")"
elif [ "$pl" != "${ntu:-?}" ]; then
  fail "c) XML::TMX::Reader read $pl TUs, the file has ${ntu:-?} <tu> elements (it reads line by line: put each element on its own line)"
else
  pass "c) XML::TMX::Reader: $pl TUs, as many as <tu> elements"
fi

# --- d) OmegaT 3.6 ----------------------------------------------------------------------------------------
# Runs inside OmegaT at the COMPILE event of console-translate: writes, for every segment, whether it is
# translated (filled from tm/auto/) and its source text, plus the segmentation rules the project uses.
cat >"$tmp/probe.groovy" <<'EOF'
import org.omegat.core.Core
if (eventType.toString() != "COMPILE") return ""
def p = Core.getProject()
def esc = { String s -> s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") }
def w = new File(System.getenv("PADAN_PROBE_OUT")).newWriter("UTF-8")
def srx = p.projectProperties.projectSRX
w << "RULES\t" + (srx == null ? "(global)" : srx.mappingRules.collect { it.languageCode + "=" + it.pattern }.join(",")) + "\n"
p.allEntries.each { ste ->
  w << (p.getTranslationInfo(ste).isTranslated() ? "FILLED" : "UNFILLED") + "\t" + esc(ste.key.file) + "\t" + esc(ste.srcText) + "\n"
}
w.close()
return ""
EOF

# make_project DIR: a scratch id->en project with the articles in source/ and the TMX in tm/auto/ (the
# folder whose exact matches OmegaT inserts as translations; plain tm/ is only a fuzzy-match source).
# No filters.xml: the plain-text filter keeps its default, one paragraph per block of lines between
# empty lines, split into sentences by the segmentation rules.
make_project() {
  mkdir -p "$1"/{source,target,tm/auto,glossary,dictionary,omegat} "$1.home" "$1.config"
  cat >"$1/omegat.project" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>id</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneIndonesianTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
EOF
  cp "$src"/*.txt "$1/source/" && cp "$omegat_tmx" "$1/tm/auto/"
}

# OmegaT can only insert a translation the TMX holds. padan's export has English only for sentences its
# aligner paired with enough confidence (and none without a reference translation), so d) gives OmegaT a
# pseudo-translated copy: each unit without an en <tuv> gets one reading "[en] " + the Indonesian text,
# the standard pseudo-translation trick of localisation QA. Everything else in the copy (header, tuids,
# props, notes, the id segments, the real English) is the exported file as written, so what d) tests is
# OmegaT reading padan's TMX and matching padan's sentences.
omegat_tmx=$tmx
if [ "$(grep -c '<tu ' "$tmx")" != "$(grep -c 'xml:lang="en"' "$tmx")" ]; then
  mkdir -p "$tmp/pseudo"
  omegat_tmx=$tmp/pseudo/$(basename "$tmx")
  "$venv/bin/python" - "$tmx" "$omegat_tmx" <<'PSEUDO'
import copy, sys
from lxml import etree
XML = "{http://www.w3.org/XML/1998/namespace}lang"
tree = etree.parse(sys.argv[1], etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
for tu in tree.iter("tu"):
    source = next((v for v in tu.findall("tuv") if v.get(XML) == "id"), None)
    if source is None or any(v.get(XML) == "en" for v in tu.findall("tuv")):
        continue
    target = copy.deepcopy(source)
    target.set(XML, "en")
    seg = target.find("seg")
    seg.text = "[en] " + (seg.text or "")
    source.addnext(target)
tree.write(sys.argv[2], xml_declaration=True, encoding="UTF-8", doctype=tree.docinfo.doctype)
PSEUDO
  echo "INFO d) $(($(grep -c '<tu ' "$tmx") - $(grep -c 'xml:lang="en"' "$tmx"))) units have no en variant: OmegaT gets a copy where they are pseudo-translated ([en] + the Indonesian text)"
fi
# run_omegat DIR: console-translate with a private HOME and config folder; the exit status goes to DIR.rc.
# (-XX:TieredStopAtLevel=1: a short run is ~1 s faster without the optimising JIT.)
run_omegat() {
  PADAN_PROBE_OUT="$1.probe" HOME="$1.home" timeout 300 java -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dfile.encoding=UTF-8 -jar "$jar" "$1" --mode=console-translate --config-dir="$1.config" --no-team \
    --script="$tmp/probe.groovy" >"$1.log" 2>&1 &
  echo $! >"$1.pid"
  wait $!
  { echo $? >"$1.rc"; rm -f "$1.pid"; } 2>/dev/null
}

omegat_ok=
if [ ! -f "$jar" ] || ! command -v java >/dev/null; then
  fail "d) OmegaT is not installed ($jar, java)"
elif [ ! -x "$padan" ]; then
  fail "d) no padan binary at $padan (set PADAN, or unset it to build .build/release/padan)"
elif ! "$padan" segment --export-rules "$tmp/padan.srx" >/dev/null 2>"$tmp/export.err"; then
  fail "d) padan segment --export-rules failed: $(oneline 300 2 <"$tmp/export.err")"
elif ! "$padan" segment --json "$src" >"$tmp/segments.jsonl" 2>"$tmp/segment.err"; then
  fail "d) padan segment --json $src failed: $(oneline 300 2 <"$tmp/segment.err")"
elif ! python3 scripts/omegat-segmentation.py "$tmp/padan.srx" "$tmp/padan.conf" 2>"$tmp/convert.err"; then
  fail "d) scripts/omegat-segmentation.py could not convert padan's SRX: $(oneline 300 2 <"$tmp/convert.err")"
else
  omegat_ok=1
  grep -i warning "$tmp/convert.err" | sed 's/^/INFO /'
  make_project "$tmp/default" && make_project "$tmp/padan" && cp "$tmp/padan.conf" "$tmp/padan/omegat/segmentation.conf"
  # The two runs are independent: run them side by side (each JVM takes ~3 s).
  start=$(date +%s%N)
  run_omegat "$tmp/default" & run_omegat "$tmp/padan" & wait
  ms=$((($(date +%s%N) - start) / 1000000))
  echo "INFO d) the two OmegaT runs took $((ms / 1000)).$(printf %03d $((ms % 1000))) s (side by side)"
  for run in default padan; do
    d=$tmp/$run rc=$(cat "$tmp/$run.rc" 2>/dev/null || echo '?')
    n_src=$(find "$d/source" -name '*.txt' | wc -l) n_tgt=$(find "$d/target" -name '*.txt' | wc -l)
    if [ "$rc" = 0 ] && [ "$n_tgt" -eq "$n_src" ] && [ -s "$d.probe" ]; then
      pass "d) OmegaT ($run rules) ran console-translate and wrote all $n_tgt target files"
    else
      fail "d) OmegaT ($run rules) exit $rc, $n_tgt of $n_src target files, probe output ${d##*/}.probe $( [ -s "$d.probe" ] && echo present || echo missing): $(grep -m3 -E 'Error|Exception|SEVERE' "$d.log" | oneline 300)"
    fi
    # OmegaT exits 0 even when a TMX fails to load: read its log.
    if grep -q 'TMXR_INFO_READING_COMPLETE' "$d.log" && ! grep -qE 'TF_TM_LOAD_ERROR|TMXR_[A-Z_]*(ERROR|WARNING)' "$d.log"; then
      pass "d) OmegaT ($run rules) read tm/auto/$(basename "$tmx") without errors or warnings"
    else
      problems=$(grep -E 'TF_TM_LOAD_ERROR|TMXR_[A-Z_]*(ERROR|WARNING)|Exception|Error:' "$d.log" | sed 's/^[0-9]*: //' | oneline 400)
      fail "d) OmegaT ($run rules) TMX load: ${problems:-the log has no TMXR_INFO_READING_COMPLETE}"
    fi
  done
fi

# Compares OmegaT's segments with the TMX and with padan's segmentation of the same articles.
#
# How the expected count is derived. OmegaT fills a segment from tm/auto/ only when the segment's source
# text is exactly a TU's `id` text. OmegaT's segments are stretches of the article *as written*: its
# plain-text filter (default options) makes one paragraph of each block of lines between empty lines,
# keeping the line breaks inside it, the segmentation rules split the paragraph, and each piece is
# trimmed; nothing else is changed. So a TMX sentence can be presented as a segment, and filled, only if
# it is character for character the source span of one of padan's segments (`padan segment --json`
# gives each segment's byte offsets start/end; the span is read from the file, cleaned of nothing).
# A TU whose text padan cleaned differs from every span and can never match: scraped \” escapes undone,
# whitespace runs collapsed, a sentence across a line break joined with a space (OmegaT keeps the "\n",
# or with "segment on line breaks" splits there). Those TUs are listed with the reason and not expected.
#   expected = the TUs whose `id` text equals one of padan's source spans
# With padan's rules loaded, the check passes when every expected TU is the source text of a FILLED
# OmegaT segment, and fails naming each one that is not (and listing OmegaT's segments). OmegaT's
# unfilled segments are then the boilerplate padan leaves out of the TMX and the cleaned sentences'
# spans; they are counted, not failed. No expected TU at all (a TMX of other articles) is a failure.
# On seeds/ (91 TUs, three of them two sentences the aligner merged, 107 segments): 85 expected, 3 cleaned
# (\” escapes), 3 merged; OmegaT fills 85 of 107.
analyse() {
  python3 - "$tmx" "$tmp/segments.jsonl" "$tmp/default.probe" "$tmp/padan.probe" "$tmp/padan.srx" "$tmp/padan.log" "${VERBOSE:-}" <<'EOF'
import json, re, sys, xml.etree.ElementTree as ET
tmx_path, seg_path, default_probe, padan_probe, srx_path, padan_log, verbose = sys.argv[1:8]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

root = ET.parse(tmx_path).getroot()
header = root.find("header")
srclang = (header.get("srclang") if header is not None else None) or "id"
tus = []  # the source-language text of every <tu>
for tu in root.iter("tu"):
    for tuv in tu.findall("tuv"):
        lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
        if lang.lower().split("-")[0] == srclang.lower().split("-")[0]:
            seg = tuv.find("seg")
            tus.append("".join(seg.itertext()) if seg is not None else "")
            break

# padan's segments of the articles: each one's source span as written (bytes start..end of the file)
spans, boilerplate_spans, raw_of_text, cache = set(), set(), {}, {}
for line in open(seg_path, encoding="utf-8"):
    s = json.loads(line)
    data = cache.setdefault(s["file"], open(s["file"], "rb").read())
    raw = data[s["start"]:s["end"]].decode("utf-8", "replace")
    spans.add(raw)
    if s["boilerplate"]:
        boilerplate_spans.add(raw)
    raw_of_text.setdefault(s["text"], raw)

def why_not(text):
    """Why a TU's text is not a source span as written."""
    raw = raw_of_text.get(text)
    if raw is None:
        return "not a segment padan finds in these articles (a TMX of other sources?)"
    reasons = []
    if re.search(r"[\n\r\u2028\u2029]", raw):
        reasons.append("the sentence spans a line break")
    if "\\" in raw and "\\" not in text:
        reasons.append("padan undid scraped \\ escapes")
    if re.search(r"\s{2}|[^\S \n\r]", raw):
        reasons.append("padan collapsed whitespace")
    return ", ".join(reasons) or "padan cleaned the text"

def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(s[i + 1], s[i + 1])); i += 2
        else:
            out.append(s[i]); i += 1
    return "".join(out)

def probe(path):
    rules, segs = None, []
    try:
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "RULES":
                rules = parts[1]
            elif len(parts) == 3:
                segs.append((parts[0] == "FILLED", unesc(parts[1]), unesc(parts[2])))
    except OSError:
        return None, None
    return rules, segs

def short(text, n=110):
    text = text.replace("\n", "\\n")
    return text if len(text) <= n else text[:n - 1] + "…"

def listing(segs):
    for filled, f, text in segs:
        print(f"  {'FILLED  ' if filled else 'UNFILLED'} {f}: {short(text)}")

def summary(segs):
    return sum(1 for s in segs if s[0]), len(segs)

d_rules, d_segs = probe(default_probe)
p_rules, p_segs = probe(padan_probe)
srx = ET.parse(srx_path).getroot()
maps = [(m.get("languagerulename"), m.get("languagepattern")) for m in srx.iter("{http://www.lisa.org/srx20}languagemap")]
want_rules = ",".join(f"{n}={p}" for n, p in maps)

expected = [t for t in tus if t in spans]  # the TMX sentences OmegaT can present as segments
cleaned = [t for t in tus if t not in spans]
cleaned_spans = {raw_of_text[t] for t in cleaned if t in raw_of_text}

if d_segs is not None:
    f, t = summary(d_segs)
    d_filled = {text for filled, _, text in d_segs if filled}
    print(f"INFO d) OmegaT's default rules: {f} of {t} segments filled from the TMX "
          f"({sum(1 for x in expected if x in d_filled)} of the {len(expected)} TMX sentences it could fill)")
    if verbose:
        listing(d_segs)

if p_segs is None:
    print("FAIL d) no segment list from the OmegaT run with padan's rules (the probe script did not run)")
    sys.exit()
if p_rules == want_rules:
    print(f"PASS d) OmegaT segmented with padan's rules from omegat/segmentation.conf ({p_rules})")
else:
    srx_errors = [re.sub(r"^\d+: ", "", l.strip()) for l in open(padan_log, encoding="utf-8", errors="replace") if "CORE_SRX" in l]
    print(f"FAIL d) OmegaT did not use padan's rules: it used {p_rules} instead of {want_rules}; "
          + (f"its log: {' '.join(srx_errors)[:300]} " if srx_errors else "")
          + "(a pattern java.util.regex cannot compile makes OmegaT fall back to its default rules)")

filled_texts = {text for filled, _, text in p_segs if filled}
seg_texts = {text for _, _, text in p_segs}
missing = [t for t in expected if t not in filled_texts]
f, t = summary(p_segs)
unfilled = [text for filled, _, text in p_segs if not filled]
n_boiler = sum(1 for x in unfilled if x in boilerplate_spans)
n_cleaned = sum(1 for x in unfilled if x in cleaned_spans)
n_other = len(unfilled) - n_boiler - n_cleaned
print(f"INFO d) padan's rules: {f} of {t} OmegaT segments filled, {len(unfilled)} unfilled ({n_boiler} boilerplate padan "
      f"leaves out of the TMX, {n_cleaned} sentences the TMX has cleaned, {n_other} other)")
print(f"INFO d) {len(tus)} TUs: {len(expected)} are source segments as written, {len(cleaned)} differ from the source as written and cannot match"
      + (":" if cleaned else ""))
for i, text in enumerate(cleaned):
    if i == 20 and not verbose:
        print(f"INFO   ... and {len(cleaned) - 20} more (VERBOSE=1 lists them all)")
        break
    print(f"INFO   {short(text, 90)}  [{why_not(text)}]")
if not expected:
    print(f"FAIL d) none of the {len(tus)} TMX sentences is a segment of the articles as written: nothing to check (is SOURCE_DIR the TMX's source?)")
elif not missing:
    print(f"PASS d) OmegaT with padan's rules filled all {len(expected)} TMX sentences that are source segments as written")
    if verbose:
        listing(p_segs)
else:
    print(f"FAIL d) OmegaT with padan's rules filled {len(expected) - len(missing)} of {len(expected)} expected TMX sentences; not filled:")
    for text in missing:
        why = "OmegaT has the segment but did not fill it" if text in seg_texts else "OmegaT segmented differently"
        print(f"  - {short(text)}  [{why}]")
    print("  OmegaT's segments with padan's rules:")
    listing(p_segs)
EOF
}
if [ -n "$omegat_ok" ]; then
  analyse >"$tmp/analysis.out" 2>&1 || fail "d) the comparison of OmegaT's segments with the TMX crashed: $(tail -1 "$tmp/analysis.out")"
  while IFS= read -r line; do
    case $line in
      PASS\ *) pass "${line#PASS }" ;;
      FAIL\ *) fail "${line#FAIL }" ;;
      *) echo "$line" ;;
    esac
  done <"$tmp/analysis.out"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
