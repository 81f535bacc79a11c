/* ui_plain_summary.c — the plain front end's summary after a session. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "i18n.h"
#include "session.h"
#include "text.h"
#include "ui_plain_int.h"

/* "  time       ": a summary line's label, indented and padded to one column. */
static const char *
summary_label(char *buf, size_t size, const char *label)
{
	int pad = 11 - text_width(label);

	snprintf(buf, size, "  %s%*s", label, pad > 1 ? pad : 1, "");
	return buf;
}

/* The summary's tension and streak lines. */
static void
plain_summary_figures(const struct summary_info *info)
{
	char buf[64], lab[64];

	if (info->before >= 0 || info->after >= 0)
		printf("%s%s\n", summary_label(lab, sizeof lab, _("tension")),
		    frontend_tension_text(buf, sizeof buf, info->before, info->after, "->"));
	if (info->programme != NULL)
		printf("%s%s\n", summary_label(lab, sizeof lab, _("programme")), info->programme);
	if (info->rose != NULL)
		printf("%s\n", info->rose);
	if (info->streak >= 0)
		printf("%s%s\n", summary_label(lab, sizeof lab, _("streak")),
		    frontend_streak_text(buf, sizeof buf, info->streak));
}

enum summary_exit
ui_plain_summary(const struct run_opts *o, const struct session *s, int64_t now, long span_s,
    const struct summary_info *info)
{
	const struct routine *r = session_plan(s)->routine;
	static const char *const labels[] = { NULL, N_("completed"), N_("skipped"), N_("hurt"),
	    N_("stopped during"), N_("left out") };
	char line[32], lab[64], time[128], *after;

	/* TRANSLATORS: The plain summary's heading: "Stopped early" or "Routine complete",
	   then the routine's name. */
	printf(_("\n%s: %s\n"), session_was_quit(s) ? _("Stopped early") : _("Routine complete"), r->name);
	fputs(summary_label(lab, sizeof lab, _("time")), stdout);
	frontend_time_line(time, sizeof time, s, now, span_s, o->speed);
	printf("%s\n", time);
	for (int state = ITEM_DONE; state <= ITEM_LEFT_OUT; state++) {
		size_t count = 0;

		for (size_t i = 0; i < r->nitems; i++)
			count += session_item_state(s, i) == (enum item_state)state;
		if (count == 0 && state != ITEM_DONE)
			continue;
		fputs(summary_label(lab, sizeof lab, _(labels[state])), stdout);
		if (count == 0)
			/* TRANSLATORS: stretches done of the routine's count, "3 of 5". */
			printf(_("%zu of %zu"), count, r->nitems);
		else {
			char *names = frontend_state_names(s, (enum item_state)state, &count);

			/* TRANSLATORS: stretches in this state of the routine's count, then their names:
			   "3 of 5: Cat-Cow, Child's Pose, Sphinx". */
			printf(_("%zu of %zu: %s"), count, r->nitems, names);
			free(names);
		}
		putchar('\n');
	}
	if ((after = frontend_after_hurt_text(s)) != NULL)
		ui_plain_wrapped(after);
	free(after);
	plain_summary_figures(info);
	fflush(stdout);
	if (!info->to_menu)
		return SUMMARY_QUIT;
	/* the end of input quits: a script that piped its answers is done */
	/* TRANSLATORS: q is the key the code reads: keep it q. Keep the space at the end: the
	   answer is typed after it. */
	printf(_("\nPress Enter for the menu, or q and Enter to quit: "));
	fflush(stdout);
	if (frontend_read_line(line, sizeof line) < 0 || line[0] == 'q') {
		putchar('\n');
		return SUMMARY_QUIT;
	}
	if (!isatty(0))
		putchar('\n');
	return SUMMARY_MENU;
}

