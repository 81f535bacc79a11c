# pseudo.awk — a pseudo-translation of a .po file for the pseudo-locale check.
#
#   msgen --no-wrap po/stretchcoach.pot | awk -f tests/pseudo.awk > xx.po
#
# Every msgstr (msgen copies the English into it) gets its ASCII letters
# accented ("Hold" -> "Ĥöļð") and each line of it opened with ⟦ and closed
# with ~…⟧, about 40 % longer in all, so that on screen an English word left
# is one that escaped _(), and a line cut short has lost its ⟧. Kept as they
# are: printf directives (%s, %-8s, %1$s, %%), escapes (\n, \"), leading and
# trailing spaces of a line, messages that are key letters (a single
# letter, or letters their translator comment speaks of: "bsw"; the code reads
# them) and the heat-map's month and
# weekday abbreviations (three bytes, or the code shows English).
BEGIN {
	split("á ƀ ç ð é ƒ ĝ ĥ í ĵ ķ ļ ɱ ñ ö þ ǫ ŕ š ţ û ṽ ŵ ẋ ý ž", lower, " ")
	split("Á Ɓ Ç Ð É Ƒ Ĝ Ĥ Í Ĵ Ķ Ļ Ṁ Ñ Ö Þ Ǫ Ŕ Š Ţ Û Ṽ Ŵ Ẋ Ý Ž", upper, " ")
	for (i = 1; i <= 26; i++) {
		acc[substr("abcdefghijklmnopqrstuvwxyz", i, 1)] = lower[i]
		acc[substr("ABCDEFGHIJKLMNOPQRSTUVWXYZ", i, 1)] = upper[i]
	}
	header = 1
}

# One line of a message (no \n inside): accent it, mark it, make it longer.
function line(s,    lead, trail, out, c, n, pad, i, m) {
	if (s !~ /[A-Za-z]/)
		return s
	match(s, /^ */)
	lead = substr(s, 1, RLENGTH)
	s = substr(s, RLENGTH + 1)
	match(s, / *$/)
	trail = substr(s, RSTART)
	s = substr(s, 1, RSTART - 1)
	out = ""
	n = 0
	while (s != "") {
		if (match(s, /^%([0-9]+\$)?[-+ #0]*[0-9*]*(\.[0-9*]+)?(hh|h|ll|l|z|j|t|L)?[diouxXeEfFgGcsp%]/)) {
			out = out substr(s, 1, RLENGTH)
			n += 4
			s = substr(s, RLENGTH + 1)
			continue
		}
		if (substr(s, 1, 1) == "\\") {
			out = out substr(s, 1, 2)
			n++
			s = substr(s, 3)
			continue
		}
		c = substr(s, 1, 1)
		out = out ((c in acc) ? acc[c] : c)
		if (c ~ /[ -~]/)
			n++
		s = substr(s, 2)
	}
	pad = int((n * 4 + 9) / 10) - 2
	m = ""
	for (i = 0; i < pad; i++)
		m = m "~"
	return lead "⟦" out m "⟧" trail
}

function pseudo(s,    out, k) {
	if (length(s) == 1 || (keys && s ~ /^[a-z]+$/))
		return s
	out = ""
	while ((k = index(s, "\\n")) > 0) {
		out = out line(substr(s, 1, k - 1)) "\\n"
		s = substr(s, k + 2)
	}
	return out line(s)
}

# key letters: a message its translator comment calls letters ("bsw")
/^#\. / && /letter/ {
	keys = 1
}

# month and weekday abbreviations: the heat-map takes three bytes or English
/^msgid "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"$/ {
	ascii = 1
}

/^msgid "/ {
	if ($0 != "msgid \"\"")
		header = 0
}

# a msgstr and its continued lines (gettext breaks them after each \n)
/^msgstr(\[[0-9]+\])? "/ && !header {
	instr = !ascii
}

/^$/ {
	ascii = 0
	keys = 0
}

/^[^"]/ && !/^msgstr/ {
	instr = 0
}

instr && /"$/ {
	k = index($0, "\"")
	body = substr($0, k + 1, length($0) - k - 1)
	print substr($0, 1, k) pseudo(body) "\""
	next
}

header && /^#, fuzzy/ {
	next
}

header && /^"Plural-Forms: / {
	print "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\""
	next
}

header && /^"Language: / {
	print "\"Language: xx\\n\""
	next
}

header && /^"Content-Type: / {
	print "\"Content-Type: text/plain; charset=UTF-8\\n\""
	next
}

{ print }
