/* test_idle.c — idle times from outside are believed within bounds; helpers run with a deadline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "child.h"
#include "clock.h"
#include "idle.h"

static void
test_idle_since(void **state)
{
	time_t now = 1765000000;
	bool clamped = false;

	(void)state;
	assert_int_equal(idle_since(now - 600, now, &clamped), 600);
	assert_false(clamped);
	/* a time to come (a clock that runs ahead) is no time away */
	assert_int_equal(idle_since(now + 60, now, &clamped), 0);
	assert_false(clamped);
	assert_int_equal(idle_since(now - IDLE_MAX_S, now, &clamped), IDLE_MAX_S);
	assert_false(clamped);
	/* logind's IdleSinceHint=1000000: one second after the epoch */
	assert_int_equal(idle_since(1, now, &clamped), IDLE_MAX_S);
	assert_true(clamped);
}

static void
test_child_read(void **state)
{
	char *echo[] = { (char *)"sh", (char *)"-c", (char *)"echo IdleHint=yes", NULL };
	char *fails[] = { (char *)"sh", (char *)"-c", (char *)"echo half; exit 3", NULL };
	char *hangs[] = { (char *)"sh", (char *)"-c", (char *)"trap '' TERM INT; echo early; sleep 30", NULL };
	char *missing[] = { (char *)"no-such-program-here", NULL };
	char buf[64];
	int64_t t0;

	(void)state;
	assert_int_equal(child_read(echo, buf, sizeof buf, 2000), 0);
	assert_string_equal(buf, "IdleHint=yes\n");
	assert_int_equal(child_read(fails, buf, sizeof buf, 2000), -1);
	assert_string_equal(buf, "half\n");
	assert_int_equal(child_read(missing, buf, sizeof buf, 2000), -1);
	/* ignoring TERM does not help it: it is killed soon after the deadline */
	t0 = clock_mono_ms();
	assert_int_equal(child_read(hangs, buf, sizeof buf, 300), -1);
	assert_true(clock_mono_ms() - t0 < 300 + CHILD_GRACE_MS + 500);
	assert_string_equal(buf, "early\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_idle_since),
		cmocka_unit_test(test_child_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
