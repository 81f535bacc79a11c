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
- cut (WIDTH given, a screen): a line wider than WIDTH, or one that reaches
  the screen's last column inside a message (opened with ⟦, its ⟧ not come)
  with no ellipsis or frame there: text lost at the screen's edge. A message
  shortened with "…" is left alone (the screen says there is more).
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
    # the command in a usage line ("stretchcoach [OPTIONS] run ...")
    line = re.sub(r"((stretchcoach|šţŕéţçĥçöáçĥ)\s+(\[[^]]*\]\s+)?)[a-z]+", r"\1", line)
    chunks = [c.lstrip("[(|") for c in line.split()]
    # after an option, a lowercase value is typed as it is ("--time morning|evening");
    # a capital placeholder (FILE, ROUTINE-ID) is a word to translate
    chunks = [c for i, c in enumerate(chunks)
              if not (i > 0 and chunks[i - 1].startswith("--") and re.fullmatch(r"[a-z0-9|,.-]+\]?", c))]
    chunks = [c for c in chunks if not re.search(r"[/@=]|^[-~]|\.[a-z]+$", c)]
    for m in WORD.finditer(" ".join(chunks)):
        w = m.group(0).strip("'.-")
        if len(w) < 2 or w in allow or w.lower() in allow or re.fullmatch(r"[0-9a-f]{6,}", w):
            continue
        out.append(w)
    return out


def cut(line, cols):
    """A message that runs into the screen's right edge, not closed, without an ellipsis."""
    line = line.rstrip()
    if width(line) > cols:
        return True
    if width(line) < cols or line[-1] in "…│┐┘┤─⟧":
        return False
    depth = 0
    for c in line:
        if c == "⟦":
            depth += 1
        elif c == "⟧":
            depth = max(0, depth - 1)
    return depth > 0


def main():
    allow = allowed_words(sys.argv[1])
    what = sys.argv[2]
    with open(sys.argv[3], encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    cols = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    found = 0
    for line in lines:
        words = english(line, allow)
        if words:
            found += 1
            print("%s: english (%s): %s" % (what, " ".join(words), line.rstrip()))
        if cols and cut(line, cols):
            found += 1
            print("%s: cut: %s" % (what, line.rstrip()))
    sys.exit(1 if found else 0)


main()
