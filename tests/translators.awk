# translators.awk — the messages of a .pot that need a translator comment and
# have none: every message with a printf directive (xgettext flags it
# c-format) and every one-letter message (a key the code reads). Prints the
# first line of each such msgid, one a line.
#
#   awk -f tests/translators.awk po/stretchcoach.pot
function done_entry() {
	if (id != "" && !comment && (cformat || length(id) == 1))
		print id
	id = ""
	comment = cformat = inid = 0
}
/^$/ { done_entry(); next }
/^#\. / { comment = 1 }
/^#, .*c-format/ && !/no-c-format/ { cformat = 1 }
/^msgid "/ {
	id = substr($0, 8, length($0) - 8)
	inid = 1
	next
}
/^"/ && inid && id == "" {
	id = substr($0, 2, length($0) - 2)
	next
}
/^msg/ { inid = 0 }
END { done_entry() }
