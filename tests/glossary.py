#!/usr/bin/env python3
"""glossary.py — hold every translation to its language's glossary.

    python3 tests/glossary.py ROOT LANG

Reads ROOT/po/LANG.glossary (UTF-8; '#' comments; each other line is
"english term<TAB>translation[|alternative...]"). Every message of
ROOT/po/LANG.po and every text of ROOT/data/catalogue.LANG.json whose English
contains the term (case-insensitive, as whole words) must have a translation
that contains one of the alternatives (case-insensitive), unless the
translation keeps the English word as it is (an id such as cat-cow, or a
word typed on the command line such as "--time evening"). Untranslated and
fuzzy messages are left to tests/cli/pot.sh; pictures (art, frames) are left
out. Prints one line per miss, and "terms N, texts N, misses N" last; exits 1
on a miss or a malformed glossary.
"""
import json
import os
import re
import sys

ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a"}


def unquote(s):
    s = s.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"':
        return ""
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(1)), s[1:-1])


def read_po(path):
    """Entries with the fuzzy mark attached to the entry that follows it."""
    out = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for chunk in re.split(r"\n\s*\n", text):
        lines = [l for l in chunk.split("\n") if l and not l.startswith("#~")]
        if not lines:
            continue
        fuzzy = any(l.startswith("#,") and "fuzzy" in l for l in lines)
        cur, key = {}, None
        for line in lines:
            if line.startswith("#"):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
            if m:
                key = m.group(1)
                cur[key] = unquote(m.group(2))
            elif line.startswith('"') and key is not None:
                cur[key] += unquote(line)
        if cur.get("msgid", "") == "":
            continue
        forms = [v for k, v in sorted(cur.items()) if k.startswith("msgstr")]
        english = cur["msgid"] + "\n" + cur.get("msgid_plural", "")
        out.append((cur.get("msgctxt"), english, forms, fuzzy))
    return out


def read_glossary(path):
    terms, bad = [], []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.strip() == "" or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            alts = [a.strip() for a in parts[1].split("|")] if len(parts) == 2 else []
            if len(parts) != 2 or parts[0].strip() == "" or not alts or "" in alts:
                bad.append("%s:%d: not 'english term<TAB>translation[|alternative...]'" % (path, n))
                continue
            word = re.compile(r"(?<!\w)" + re.escape(parts[0].strip()) + r"(?!\w)", re.IGNORECASE)
            terms.append((parts[0].strip(), word, alts))
    return terms, bad


def catalogue_pairs(root, lang):
    """(where, english, translation) for each translated text of the catalogue."""
    path = os.path.join(root, "data", "catalogue.%s.json" % lang)
    if not os.path.exists(path):
        return []
    with open(os.path.join(root, "data", "catalogue.json"), encoding="utf-8") as f:
        cat = json.load(f)
    with open(path, encoding="utf-8") as f:
        tr = json.load(f)
    pairs = []
    for kind in ("stretches", "routines", "programmes"):
        english = {e["id"]: e for e in cat.get(kind, [])}
        for t in tr.get(kind, []):
            e = english.get(t.get("id"))
            if e is None:
                continue
            where = "%s %s" % (path, t["id"])
            for key in ("name", "description"):
                if isinstance(t.get(key), str) and key in e:
                    pairs.append(("%s %s" % (where, key), e[key], t[key]))
            for key in ("steps", "cautions"):
                for i, (a, b) in enumerate(zip(e.get(key, []), t.get(key, []))):
                    pairs.append(("%s %s[%d]" % (where, key, i), a, b))
            for k, v in (t.get("cues") or {}).items():
                if k in (e.get("cues") or {}):
                    pairs.append(("%s cues.%s" % (where, k), e["cues"][k], v))
            for i, (a, b) in enumerate(zip(e.get("days", []), t.get("days", []))):
                if "note" in a and "note" in b:
                    pairs.append(("%s days[%d]" % (where, i), a["note"], b["note"]))
    return pairs


def main():
    root, lang = sys.argv[1], sys.argv[2]
    terms, bad = read_glossary(os.path.join(root, "po", "%s.glossary" % lang))
    for b in bad:
        print(b)
    texts = []
    po = os.path.join(root, "po", "%s.po" % lang)
    if os.path.exists(po):
        for ctx, english, forms, fuzzy in read_po(po):
            if fuzzy or not forms or "" in forms:
                continue
            where = "%s msgid %r%s" % (po, english.split("\n")[0], "" if ctx is None else " (%s)" % ctx)
            texts.extend((where, english, f) for f in forms)
    texts.extend(catalogue_pairs(root, lang))
    misses = 0
    for where, english, translated in texts:
        low = translated.casefold()
        for term, word, alts in terms:
            # an id or a command-line word ("cat-cow", "--time evening") stays as it is
            hits = [m.group(0) for m in word.finditer(english) if m.group(0) not in translated]
            if hits and not any(a.casefold() in low for a in alts):
                misses += 1
                print("%s: '%s' should be %s: %r" % (where, term, " or ".join(repr(a) for a in alts),
                                                    translated))
    print("terms %d, texts %d, misses %d" % (len(terms), len(texts), misses))
    sys.exit(1 if misses or bad else 0)


main()
