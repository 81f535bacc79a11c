/*
 * app_programme.c — the running programme as the menu, `status` and the end
 * of a session show it: today's step as the menu's lead entry, the status
 * line's part, and the day a finished session did.
 */
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "catalogue.h"
#include "clock.h"
#include "diag.h"
#include "frontend.h"
#include "history.h"
#include "i18n.h"
#include "paths.h"
#include "programme.h"

const char *
app_separator(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0) ?
	    " \u00b7 " : " - ";
}

int
app_programme_log(const char *path, int kind, const struct programme *p, int day, time_t t,
    const struct history_record *session)
{
	struct history_record r;
	char *cause;
	int status = 0;

	history_record_init(&r);
	programme_event(&r, kind, p, day, (long)t);
	if (session != NULL) {
		/* the day's tensions: a day that left the back tighter comes again */
		r.tension_before = session->tension_before;
		r.tension_after = session->tension_after;
	}
	if (history_append(path, &r, &cause) == -1) {
		/* TRANSLATORS: %s is why, a system error such as "Permission denied". */
		fprintf(stderr, _("stretchcoach: cannot save to history: %s\n"), cause);
		free(cause);
		status = EXIT_IOERR;
	}
	history_record_done(&r);
	return status;
}

int
app_programme_after_session(struct catalogue *(*load)(const void *), const void *load_arg,
    const struct history_record *rec, const struct today_needs *needs, char *msg, size_t size)
{
	struct programme_now now;
	struct catalogue *c;
	char *path, *cause, line[256];
	int status = 0, day;

	if (rec->quit || !history_record_counts(rec) || (path = paths_history_file()) == NULL)
		return 0;
	if ((c = load(load_arg)) == NULL) {
		free(path);
		return 0;  /* it loaded for the session; nothing to add now */
	}
	if (programme_current(c, path, history_day_of(rec->started), &now, &cause) == -1) {
		free(cause);
	} else if (now.p != NULL && programme_session_counts(&now.today, rec->routine, 1,
	    false, &day)) {
		if (rec->speed != 1)
			/* TRANSLATORS: The first %d is the speed the session ran at (10; keep "--speed", an
			   option), the second the programme's day, %s the programme's name. */
			snprintf(msg, size, _("That was a preview at --speed %d: day %d of %s still "
			    "waits for a session at normal speed."), rec->speed, day, now.p->name);
		else if ((status = app_programme_log(path, HEV_PROGRAMME_DAY, now.p, day,
		    rec->started, rec)) == 0) {
			now.track.done = day;
			now.track.step_day = now.day;
			now.track.rose = rec->tension_before >= 0 &&
			    rec->tension_after > rec->tension_before;
			now.track.worse = false;
			programme_today(&now.track, now.p, now.day, &now.today);
			snprintf(msg, size, "%s: %s", now.p->name, programme_headline(line,
			    sizeof line, now.p, &now.today, app_separator(), needs));
		}
	}
	programme_now_done(&now);
	catalogue_free(c);
	free(path);
	return status;
}

void
app_programme_status(const char *path, long today, struct catalogue *(*load)(const void *),
    const void *load_arg, char *buf, size_t size, bool *due)
{
	struct programme_now now;
	struct catalogue *c = NULL;
	size_t len = strlen(buf);
	char *cause;

	programme_track_init(&now.track);
	if (programme_track_load(path, today, &now.track, &cause) == -1) {
		free(cause);
		return;
	}
	/* the catalogue is read only when a programme runs: status stays quick */
	if (now.track.id != NULL && (c = load(load_arg)) != NULL &&
	    (now.p = catalogue_find_programme(c, now.track.id)) != NULL) {
		programme_today(&now.track, now.p, today, &now.today);
		*due = now.today.state == PROG_DUE;
		if (now.today.state == PROG_FINISHED)
			snprintf(buf + len, size - len, "%s", _(", programme complete"));
		else
			/* TRANSLATORS: Follows the status line ("5-day streak, 10 min today"): the programme's
			   day, then its number of days ("day 3/14"). The status line sits in a shell prompt or
			   a status bar: keep it short. */
			snprintf(buf + len, size - len, now.today.state == PROG_DUE ? _(", day %d/%zu due") :
			    /* TRANSLATORS: Follows the status line ("5-day streak, 10 min today"): the programme's
			       day, a rest day, then its number of days ("day 3/14"). Keep it short. */
			    now.today.state == PROG_REST ? _(", day %d/%zu rest") :
			    /* TRANSLATORS: Follows the status line ("5-day streak, 10 min today"): the programme's
			       day, done today, then its number of days ("day 3/14"). Keep it short. */
			    _(", day %d/%zu done"),
			    now.today.day, now.p->ndays);
	}
	programme_track_done(&now.track);
	catalogue_free(c);
}

bool
app_programme_lead(const struct catalogue *c, const struct today_needs *needs,
    struct frontend_lead *lead, char *label, size_t lsize, char *desc, size_t dsize)
{
	struct programme_now now;
	char *path = paths_history_file(), *cause, resume[256], hold[256];
	bool shown = false;

	if (path == NULL)
		return false;
	if (programme_current(c, path, history_day_of(clock_wall()), &now, &cause) == -1)
		free(cause);
	else if (now.p != NULL) {
		programme_headline(label, lsize, now.p, &now.today, app_separator(), needs);
		programme_resume_text(resume, sizeof resume, &now.today);
		/* why a day comes again, as `programme status` says it */
		programme_hold_text(hold, sizeof hold, &now.today);
		switch (now.today.state) {
		case PROG_DUE:
			snprintf(desc, dsize, "%s. %s%s%s%s%s", now.p->name, resume, *resume ? " " : "",
			    hold, *hold ? " " : "", now.today.note);
			break;
		case PROG_REST:
			snprintf(desc, dsize, "%s. %s", now.p->name, *now.today.note ?
			    now.today.note : _("A rest day: nothing to do in the programme today."));
			break;
		case PROG_DONE_TODAY:
			/* TRANSLATORS: %s is the programme's name. */
			snprintf(desc, dsize, _("Today's step of %s is done. The next one is due "
			    "tomorrow."), now.p->name);
			break;
		case PROG_FINISHED:
			/* TRANSLATORS: %s is the programme's name. Keep "stretchcoach programme" as it is
			   typed. */
			snprintf(desc, dsize, _("Every day of %s is done. Begin it again or pick "
			    "another: stretchcoach programme"), now.p->name);
			break;
		}
		*lead = (struct frontend_lead){ label, desc, now.today.routine, false, NULL, NULL };
		shown = true;
	}
	programme_now_done(&now);
	free(path);
	return shown;
}
