#!/bin/sh
# runner.sh — tests/run.sh itself, on a tree of stand-in tests: a script's
# "# parts:" run as tests of their own (each with TEST_PART), a pattern
# picks a script's parts or one part, TEST_EVENING runs again only the e2e
# tests that noted the hour matters (TEST_HOUR_LOG), TEST_EVENING_ALL every
# e2e test; the pinned clock reaches each run; TEST_TIMES prints CPU
# seconds. And tests/e2e/lib.sh's e2e_hour notes the main menu and remind
# on the runner's clock, and nothing else.
NAME=runner
. "$SC_ROOT/tests/cli/lib.sh"

T=$TMP/tree
mkdir -p "$T/tests/cli" "$T/tests/e2e" "$T/o"
cp "$SC_ROOT/tests/run.sh" "$SC_ROOT/tests/cputime.py" "$T/tests/"
: >"$T/tests/slow"
# the binary: only help --commands is asked for
cat >"$T/o/stretchcoach" <<'EOF'
#!/bin/sh
printf 'morning\tx\nrun\tx\nremind\tx\n'
EOF
chmod +x "$T/o/stretchcoach"
# (its "# parts:" line written with printf: run.sh would read it here too)
printf '%s\n' '#!/bin/sh' '# parts: one two' \
    'echo "PASS split: did ${TEST_PART:-all} at $SC_NOW"' >"$T/tests/cli/split.sh"
# an e2e test that says the hour matters to it, and one that does not
cat >"$T/tests/e2e/menu.sh" <<'EOF'
#!/bin/sh
echo "menu: " >>"$TEST_HOUR_LOG"
echo "PASS menu: shown at $SC_NOW"
EOF
cat >"$T/tests/e2e/plain.sh" <<'EOF'
#!/bin/sh
echo "PASS plain: ran at $SC_NOW"
EOF

# runner ENV...: run.sh in the tree with ENV, its output in $TMP/run.out
runner() {
	# shellcheck disable=SC2086 # PATTERNS are words
	(cd "$T" && env -u TEST_EVENING -u TEST_EVENING_ALL -u TEST_TIMES -u TEST_NOW -u TEST_JOBS \
	    "$@" sh tests/run.sh "$T/o" $PATTERNS) >"$TMP/run.out" 2>&1
	rc=$?
}
has() {
	grep -qxF "$1" "$TMP/run.out"
}
count() {
	grep -c "$1" "$TMP/run.out"
}

PATTERNS=
runner TEST_EVENING=23:00
check "every test passes (status 0)" [ "$rc" -eq 0 ]
check "a part runs with its TEST_PART" has "PASS split: did one at 08:30 (part one)"
check "each part apart" has "PASS split: did two at 08:30 (part two)"
check "the whole script is not run besides its parts" [ "$(count 'did all')" -eq 0 ]
check "the e2e test that noted the hour runs at TEST_NOW" has "PASS menu: shown at 08:30"
check "and again at TEST_EVENING" has "PASS menu: shown at 23:00 (at 23:00)"
check "one that did not runs once" [ "$(count 'PASS plain')" -eq 1 ]
check "cli tests run once" [ "$(count 'PASS split')" -eq 2 ]
check "the count" has "5 passed, 0 failed"

runner TEST_EVENING=23:00 TEST_EVENING_ALL=1
check "TEST_EVENING_ALL: every e2e test at both times" has "PASS plain: ran at 23:00 (at 23:00)"
check "TEST_EVENING_ALL: the menu twice, not three times" [ "$(count 'PASS menu')" -eq 2 ]

PATTERNS=cli/split
runner TEST_TIMES=1
check "a pattern naming the script picks its parts" [ "$(count 'PASS split')" -eq 2 ]
check "TEST_TIMES: CPU and wall seconds" grep -Eq '^time cli/split:one: [0-9.]+ s CPU, [0-9.]+ s wall$' "$TMP/run.out"
check "TEST_TIMES: the sum" grep -Eq '^time: [0-9.]+ s CPU in all$' "$TMP/run.out"
PATTERNS=cli/split:two
runner TEST_NOW=08:30
check "a pattern naming a part picks it alone" [ "$(count 'PASS split')" -eq 1 ] && has "PASS split: did two at 08:30 (part two)"

# a failing part is counted, and named
printf '#!/bin/sh\n# parts: a b\n[ "$TEST_PART" = a ]\n' >"$T/tests/cli/split.sh"
PATTERNS=cli/split
runner
check "a part that fails is named" has "FAIL tests/cli/split.sh (part b): exited with status 1"
check "and fails the run" [ "$rc" -ne 0 ]

# e2e_hour: what tests/e2e/lib.sh notes (the start arguments, the test's own clock)
hour() {
	: >"$TMP/hour"
	(
		NAME=hour TEST_HOUR_LOG=$TMP/hour TEST_CLOCK=08:30 SC_NOW=${HOUR_NOW:-08:30}
		TEST_COMMANDS="morning evening run remind"
		export TEST_HOUR_LOG TEST_CLOCK SC_NOW TEST_COMMANDS
		. "$SC_ROOT/tests/e2e/lib.sh"
		e2e_hour "$@"
	) >/dev/null 2>&1
	test -s "$TMP/hour"
}
check "e2e_hour: no command (the main menu) is noted" hour --no-checkin -c cat.json
check "e2e_hour: remind is noted" hour -c cat.json remind --every 1h
check "e2e_hour: run is not" eval '! hour -c cat.json run e2e-flow'
check "e2e_hour: morning's own menu is not" eval '! hour --no-checkin morning'
E2E_ENV="LANG=C SC_NOW=20:00"
check "e2e_hour: a start with its own SC_NOW is not" eval '! hour --no-checkin'
E2E_ENV=
HOUR_NOW=20:00
check "e2e_hour: a test that pinned SC_NOW itself is not" eval '! hour --no-checkin'
finish
