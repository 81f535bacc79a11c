#!/usr/bin/env python3
"""pseudo_catalogue.py — a pseudo-translation of a catalogue for the pseudo-locale check.

    python3 tests/pseudo_catalogue.py data/catalogue.json xx > catalogue.xx.json

Every text a translation may carry (names, steps, cautions, cues, pictures,
descriptions, programme notes) gets its ASCII letters accented, as
tests/pseudo.awk does to the messages, and nothing else changes: the widths
and the limits stay the catalogue's. On screen, an ASCII word is then
neither a message nor catalogue text but something that escaped _().
"""
import json
import sys

LOWER = "áƀçðéƒĝĥíĵķļɱñöþǫŕšţûṽŵẋýž"
UPPER = "ÁƁÇÐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
TABLE = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", LOWER + UPPER)


def acc(s):
    return s.translate(TABLE)


def stretch(s):
    t = {"id": s["id"], "name": acc(s["name"])}
    for key in ("steps", "cautions", "art"):
        if key in s:
            t[key] = [acc(x) for x in s[key]]
    for key in ("cues", "frames"):
        if key in s:
            t[key] = {k: (acc(v) if isinstance(v, str) else [acc(x) for x in v])
                      for k, v in s[key].items()}
    return t


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cat = json.load(f)
    out = {
        "translation": 1,
        "language": sys.argv[2],
        "stretches": [stretch(s) for s in cat.get("stretches", [])],
        "routines": [{"id": r["id"], "name": acc(r["name"]), "description": acc(r.get("description", ""))}
                     for r in cat.get("routines", [])],
        "programmes": [{"id": p["id"], "name": acc(p["name"]), "description": acc(p.get("description", "")),
                        "days": [({"note": acc(d["note"])} if "note" in d else {}) for d in p.get("days", [])]}
                       for p in cat.get("programmes", [])],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


main()
