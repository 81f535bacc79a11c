#!/usr/bin/env python3
"""pseudo_check.py — what the pseudo-locale check finds in a program's output.

    python3 tests/pseudo_check.py ALLOW WHAT FILE [WIDTH]

FILE is what the program printed (a command's output, or a screen captured
from tmux) with the messages pseudo-translated (tests/pseudo.awk) and the
catalogue accented (tests/pseudo_catalogue.py). Prints one line per finding,
"WHAT: english: LINE" or "WHAT: cut: LINE", and exits 1 when there is one:

- english: an ASCII word (two letters or more) that is neither in ALLOW (ids,
  command and option names, key names: one word a line, '#' comments) nor
  inside a pseudo-translated message: English that escaped _().
- cut (WIDTH given, a screen): a message opened with ⟦ whose ⟧ never comes,
  or a line wider than WIDTH: text cut off by the screen's edge.
"""
import re
import sys
import unicodedata

WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'.-]*[A-Za-z0-9]|[A-Za-z]")


def allowed_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(line)
    return words


def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in s)


def english(line, allow):
    """The words of line that are English left untranslated."""
    out = []
    # markup of an HTML sheet, paths, file names, options (--minutes) and
    # addresses are not prose
    line = re.sub(r"<[^>]*>|&[a-z]+;", " ", line)
    # an example command line is what the user types
    if re.match(r"\s*(\$ )?stretchcoach \S", line):
        return out
    chunks = [c.lstrip("[(|") for c in line.split()]
    chunks = [c for c in chunks if not re.search(r"[/@=]|^[-~]|\.[a-z]+$", c)]
    for m in WORD.finditer(" ".join(chunks)):
        w = m.group(0).strip("'.-")
        if len(w) < 2 or w in allow or w.lower() in allow or re.fullmatch(r"[0-9a-f]{6,}", w):
            continue
        out.append(w)
    return out


def main():
    allow = allowed_words(sys.argv[1])
    what = sys.argv[2]
    with open(sys.argv[3], encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    cols = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    found = 0
    depth = 0
    for line in lines:
        words = english(line, allow)
        if words:
            found += 1
            print("%s: english (%s): %s" % (what, " ".join(words), line.rstrip()))
        if cols == 0:
            continue
        cut = width(line) > cols
        for c in line:
            if c == "⟦":
                depth += 1
            elif c == "⟧":
                depth = max(0, depth - 1)
        # a message may wrap onto the next line, but a line that ends inside
        # one at the screen's edge, or a screen that ends inside one, lost text
        if depth > 0 and width(line.rstrip()) >= cols:
            cut = True
        if cut:
            found += 1
            print("%s: cut: %s" % (what, line.rstrip()))
    if cols and depth > 0:
        found += 1
        print("%s: cut: the screen ends inside a message" % what)
    sys.exit(1 if found else 0)


main()
