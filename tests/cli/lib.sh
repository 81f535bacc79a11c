# Shared helpers for the command-line tests. Source after setting NAME.
# Each check prints "PASS $NAME: what" or "FAIL $NAME: what"; the script
# exits non-zero when any check failed.
: "${SC_BIN:?SC_BIN must point at the stretchcoach binary}"
: "${SC_ROOT:=$(pwd)}"
failures=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
trap 'exit 1' INT TERM HUP
HOME=$TMP/home
XDG_CONFIG_HOME=$TMP/home/.config
XDG_DATA_HOME=$TMP/home/.local/share
export HOME XDG_CONFIG_HOME XDG_DATA_HOME
unset STRETCHCOACH_CATALOGUE NO_COLOR
mkdir -p "$HOME"

pass() { echo "PASS $NAME: $*"; }
fail() { echo "FAIL $NAME: $*"; failures=$((failures + 1)); }

# check WHAT CONDITION-COMMAND...: PASS when the command succeeds.
check() {
	what=$1
	shift
	if "$@"; then pass "$what"; else fail "$what"; fi
}

# run_sc ARGS...: run the binary, keeping stdout in $TMP/out, stderr in $TMP/err, status in $rc.
run_sc() {
	"$SC_BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
}

# history_tool: the path of the history stress tool (tests/tools/histtool.c),
# beside $SC_BIN or at $SC_HISTTOOL; a FAIL line and status 1 when it is missing.
history_tool() {
	t=${SC_HISTTOOL:-$(dirname "$SC_BIN")/histtool}
	if [ ! -x "$t" ]; then
		echo "FAIL $NAME: histtool not built at $t (set SC_HISTTOOL)" >&2
		return 1
	fi
	echo "$t"
}

finish() {
	[ "$failures" -eq 0 ]
	exit $?
}
