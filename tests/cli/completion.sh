#!/bin/sh
# Shell completion: drive the bash completion function the way bash does
# (COMP_WORDS, COMP_CWORD) against the program installed as `make install`
# lays it out, with a user catalogue; check that zsh and fish parse theirs.
NAME=completion.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
BASH_COMP=$SC_ROOT/completions/stretchcoach.bash

if ! command -v bash >/dev/null 2>&1; then
	fail "bash is not installed"
	finish
fi

# A fresh machine: bin/ and share/stretchcoach/ side by side, and the guide's
# example as the user catalogue.
mkdir -p "$TMP/usr/bin" "$TMP/usr/share/stretchcoach" "$XDG_CONFIG_HOME/stretchcoach"
cp "$SC_BIN" "$TMP/usr/bin/stretchcoach"
cp data/catalogue.json "$TMP/usr/share/stretchcoach/catalogue.json"
cp docs/examples/physio.json "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
PROG=$TMP/usr/bin/stretchcoach

# A catalogue of its own, for -c/--catalogue.
cat >"$TMP/own.json" <<'EOF'
{"schema": 1,
 "stretches": [{"id": "my-reach", "name": "My Reach", "kind": "static",
   "areas": ["shoulders"], "level": "gentle", "position": "standing",
   "time": ["morning"], "hold": 20, "steps": ["Reach up."]}],
 "routines": [{"id": "only-mine", "name": "Only Mine", "items": [{"stretch": "my-reach"}]}]}
EOF

# comp WORD...: the completions bash offers for the last WORD (the cursor is
# at its end), one a line, sorted; stderr in $TMP/comp.err.
comp() {
	timeout 20 bash --norc --noprofile -c '
		. "$1" || exit 1
		shift
		fn=$(complete -p stretchcoach 2>/dev/null | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
		[ -n "$fn" ] || { echo "no completion registered for stretchcoach" >&2; exit 1; }
		COMP_WORDS=("$@")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		COMPREPLY=()
		"$fn" stretchcoach "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"
	' bash "$BASH_COMP" "$@" 2>"$TMP/comp.err" | sed '/^$/d' | sort
}

# expect WHAT EXPECTED WORD...: the completions are exactly EXPECTED (space-separated).
expect() {
	what=$1 want=$(printf '%s\n' $2 | sed '/^$/d' | sort | tr '\n' ' ')
	shift 2
	got=$(comp "$@" | tr '\n' ' ')
	if [ "$got" = "$want" ] && [ ! -s "$TMP/comp.err" ]; then
		pass "$what: $got"
	else
		fail "$what: want '$want', got '$got' $(cat "$TMP/comp.err")"
	fi
}

# The routine ids the program itself lists, with and without the user catalogue.
ids() {
	"$PROG" "$@" --json 2>/dev/null </dev/null |
		sed -n 's/^[[:space:]]*"id":[[:space:]]*"\([a-z0-9-]*\)".*/\1/p' | tr '\n' ' '
}
routines=$(ids routines)
bundled=$(ids -c data/catalogue.json routines)
case " $routines " in
*" physio-back-plan "*) ;;
*) fail "the installed program does not see the user catalogue: $routines" ;;
esac

expect "stretchcoach ru<TAB>" "run" "$PROG" ru
expect "stretchcoach r<TAB>" "remind routines run" "$PROG" r
expect "stretchcoach <TAB>" "build config evening help history list morning profile programme remind routines run safety sheet show status validate" "$PROG" ""
expect "stretchcoach programme <TAB>" "calendar start status stop" "$PROG" programme ""
expect "stretchcoach programme start <TAB>" "back-reset-2w desk-week" "$PROG" programme start ""
expect "stretchcoach programme calendar <TAB>" "back-reset-2w desk-week" "$PROG" programme calendar ""
expect "stretchcoach sheet <TAB>: every routine id" "$routines" "$PROG" sheet ""
expect "stretchcoach status --format <TAB>" "json waybar i3blocks tmux" "$PROG" status --format ""
expect "stretchcoach run <TAB>: every routine id" "$routines" "$PROG" run ""
got=$(comp "$PROG" run "" | tr '\n' ' ')
missing=
for id in $bundled; do
	case " $got " in *" $id "*) ;; *) missing="$missing $id" ;; esac
done
if [ -n "$bundled" ] && [ -z "$missing" ]; then
	pass "stretchcoach run <TAB> includes all $(echo $bundled | wc -w | tr -d ' ') bundled routines"
else
	fail "stretchcoach run <TAB> lacks bundled routines:$missing"
fi
expect "stretchcoach run phys<TAB>: a routine from the user catalogue" "physio-back-plan" "$PROG" run phys
expect "stretchcoach --plain run <TAB> after options" "$routines" "$PROG" --plain run ""
expect "stretchcoach run desk-break <TAB>: one routine only" "" "$PROG" run desk-break ""
expect "stretchcoach show cat<TAB>" "cat-cow" "$PROG" show cat
expect "stretchcoach show prone<TAB>: a stretch from the user catalogue" "prone-press-up" "$PROG" show prone
expect "stretchcoach show physio<TAB>: a routine from the user catalogue" "physio-back-plan" "$PROG" show physio
expect "stretchcoach --level <TAB>" "gentle moderate deep" "$PROG" --level ""
expect "stretchcoach build --level <TAB>" "gentle moderate deep" "$PROG" build --level ""
expect "stretchcoach build --level=<TAB>" "gentle moderate deep" "$PROG" build --level = ""
expect "stretchcoach build --area hips,gl<TAB>" "hips,glutes" "$PROG" build --area hips,gl
expect "stretchcoach build --without f<TAB>" "foam-roller" "$PROG" build --without f
expect "stretchcoach build --with foam-roller,b<TAB>" "foam-roller,ball foam-roller,block" "$PROG" build --with foam-roller,b
expect "stretchcoach list --time <TAB>" "morning evening" "$PROG" list --time ""
expect "stretchcoach routines --time <TAB>" "morning evening any" "$PROG" routines --time ""
expect "stretchcoach remind --routine desk<TAB>" "desk-break desk-neck desk-wrists" "$PROG" remind --routine desk
expect "stretchcoach --cat<TAB>" "--catalogue" "$PROG" --cat
expect "stretchcoach run --m<TAB>: the option of run" "--minutes" "$PROG" run --m
expect "stretchcoach history --<TAB>: global and history options" \
	"--catalogue --plain --speed --breath --no-checkin --no-bell --no-color --say --no-kneel --no-floor --include-hurt --help --version --days --json --csv --report --output" \
	"$PROG" history --
expect "stretchcoach -c own.json run <TAB>: that catalogue alone" "only-mine" "$PROG" -c "$TMP/own.json" run ""
expect "stretchcoach --catalogue=own.json show my<TAB>" "my-reach" "$PROG" --catalogue = "$TMP/own.json" show my
expect "stretchcoach run -c own.json <TAB>: option after the command" "only-mine" "$PROG" run -c "$TMP/own.json" ""
expect "stretchcoach -c missing.json run <TAB>: nothing, quietly" "" "$PROG" -c "$TMP/missing.json" run ""
expect "stretchcoach -c completions/stretchcoach.b<TAB>: file names" "completions/stretchcoach.bash" "$PROG" -c completions/stretchcoach.b

# zsh and fish: parse the files when the shell is there; they are not installed here on purpose.
if command -v zsh >/dev/null 2>&1; then
	if out=$(zsh -n completions/_stretchcoach 2>&1); then pass "zsh -n completions/_stretchcoach"
	else fail "zsh -n completions/_stretchcoach: $out"; fi
else
	pass "zsh completion not checked: zsh is not installed"
fi
if command -v fish >/dev/null 2>&1; then
	if out=$(fish -n completions/stretchcoach.fish 2>&1); then pass "fish -n completions/stretchcoach.fish"
	else fail "fish -n completions/stretchcoach.fish: $out"; fi
else
	pass "fish completion not checked: fish is not installed"
fi
head -n 1 completions/_stretchcoach | grep -qx '#compdef stretchcoach' &&
	pass "completions/_stretchcoach starts with #compdef stretchcoach" ||
	fail "completions/_stretchcoach does not start with #compdef stretchcoach"

finish
