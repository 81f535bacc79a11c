#!/bin/sh
# supine.sh — pregnancy's three minutes on the back, through the real
# program: a run counts the time the session keeps someone on their back
# (get-ready, side switches and rests included), and `build`'s preview
# leaves out what the run would, so the two list the same stretches; a build
# fills its time with stretches that keep the limit.
NAME=supine.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
mkdir -p "$XDG_DATA_HOME/stretchcoach" "$XDG_CONFIG_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"   # not the first run: no safety page
printf '{"conditions": ["pregnancy"]}\n' >"$XDG_CONFIG_HOME/stretchcoach/config.json"

# the stretches a plain run in $TMP/out coached, one a line
coached() {
	sed -n 's/^\[[0-9:]*\] Stretch [0-9]* of [0-9]*: //p' "$TMP/out"
}
# the longest run of seconds on the back in $TMP/out: from the get-ready of a
# stretch lying on the back to the first get-ready of one that is not
onback() {
	awk -v back="$1" '
	function secs(t,  a) { split(t, a, ":"); return a[1] * 60 + a[2] }
	/^\[[0-9:]*\] Stretch [0-9]* of [0-9]*: / {
		name = $0; sub(/^\[[0-9:]*\] Stretch [0-9]* of [0-9]*: /, "", name)
		t = secs(substr($1, 2, length($1) - 2))
		if (index(back, "|" name "|")) { if (start < 0) start = t }
		else if (start >= 0) { if (t - start > most) most = t - start; start = -1 }
	}
	END { print most + 0 }' start=-1 "$TMP/out"
}
BACK="|Knee-to-Chest|Supine Hamstring Stretch|Supine Knee Twist|Knee Rolls|Pelvic Tilts|Supine Figure-Four|Glute Bridge|Dead Bug|Constructive Rest|Thoracic Opener on a Rolled Towel|"

# Evening Deep Release kept about 3:20 on the back: now under three minutes, and said
run_sc run evening-deep-release --plain --speed 1000 --no-checkin
check "evening-deep-release runs" [ "$rc" -eq 0 ]
check "evening-deep-release: a stretch on the back is left out, and why" \
    grep -qF "left out for pregnancy: more than three minutes in a row flat on your back" "$TMP/out"
check "evening-deep-release: at most 3:00 on the back in a row ($(onback "$BACK") s)" \
    [ "$(onback "$BACK")" -le 180 ]

# build's preview is what --run coaches
for seed in 1 2 7; do
	run_sc build --minutes 15 --seed $seed
	sed -n 's/^ *[0-9]*\. \(.*[^ ]\)  *\(floor\|seated\|standing\)  .*/\1/p' "$TMP/out" >"$TMP/preview"
	# the time goes to stretches that keep the limit; when they cannot fill it, it says so
	total=$(sed -n 's/^Total \([0-9]*\):.*/\1/p' "$TMP/out")
	{ [ "${total:-0}" -ge 13 ] || grep -q "at most" "$TMP/out"; } && kept=yes || kept=no
	run_sc build --minutes 15 --seed $seed --run --plain --speed 1000 --no-checkin
	coached >"$TMP/ran"
	check "build --seed $seed: the preview lists what the run coaches" \
	    sh -c "[ -s '$TMP/preview' ] && cmp -s '$TMP/preview' '$TMP/ran'"
	check "build --seed $seed: 15 minutes asked, 13 or more made, or it says how much fits" [ "$kept" = yes ]
	check "build --seed $seed: the run keeps the limit ($(onback "$BACK") s on the back)" \
	    [ "$(onback "$BACK")" -le 180 ]
done
finish
