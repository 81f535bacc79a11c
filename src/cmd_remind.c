/* cmd_remind.c — `stretchcoach remind`: wait quietly, offer a break, repeat. */
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "catalogue.h"
#include "child.h"
#include "clock.h"
#include "cmd_int.h"
#include "config.h"
#include "diag.h"
#include "history.h"
#include "i18n.h"
#include "idle.h"
#include "notify.h"
#include "paths.h"
#include "plan.h"
#include "remind_int.h"
#include "schedule.h"
#include "text.h"
#include "ui_rawkey.h"
#include "ui_sound.h"

static int pane_cols(void);

/*
 * Print text in the pane, word-wrapped to its width (a terminal would cut
 * words anywhere), replacing the status line when it is up; end it with a
 * newline, or a space when it is a prompt.
 */
static void
put_text(struct remind *rm, const char *text, bool newline)
{
	int cols = rm->pane ? pane_cols() : 0;
	char **lines;
	size_t n;

	if (rm->status_open)
		fputs("\r\033[K", stdout);
	if (rm->prompt_open)
		putchar('\n');
	rm->status_open = false;
	rm->prompt_open = !newline;
	if (cols < 20 || text_width(text) < cols) {
		printf("%s%s", text, newline ? "\n" : " ");
	} else {
		n = text_wrap(text, cols - 1, &lines);
		for (size_t i = 0; i < n; i++)
			printf("%s%s", lines[i], i + 1 < n || newline ? "\n" : " ");
		text_lines_free(lines, n);
	}
	fflush(stdout);
}

/* One line in the pane. */
void
remind_say(struct remind *rm, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	put_text(rm, buf, true);
}

/* The routine to offer: --routine, else desk-break, else the first for any time. */
static const struct routine *
pick_routine(const struct catalogue *c, const char *id)
{
	const struct routine *r;

	if (id != NULL) {
		if ((r = catalogue_find_routine(c, id)) == NULL) {
			char *safe = text_safe(id);

			/* TRANSLATORS: %s is the routine id given with --routine. */
			fprintf(stderr, _("stretchcoach: no routine '%s' to offer (see stretchcoach routines)\n"), safe);
			free(safe);
		}
		return r;
	}
	if ((r = catalogue_find_routine(c, "desk-break")) != NULL)
		return r;
	for (size_t i = 0; i < catalogue_routine_count(c); i++)
		if (catalogue_routine(c, i)->time == RTIME_ANY)
			return catalogue_routine(c, i);
	if (catalogue_routine_count(c) == 0)
		fputs(_("stretchcoach: the catalogue has no routine to offer\n"), stderr);
	return catalogue_routine_count(c) > 0 ? catalogue_routine(c, 0) : NULL;
}

void
remind_log_event(struct remind *rm, enum history_event ev, time_t from, time_t to)
{
	struct history_record rec;
	struct plan *p = plan_new(rm->r);
	char *path = paths_history_file(), *cause = NULL;

	history_record_init(&rec);
	rec.routine = xstrdup(rm->r->id);
	rec.started = from;
	rec.ended = to;
	rec.planned_s = p->total_s;
	rec.event = ev;
	if (path == NULL || history_append(path, &rec, &cause) < 0) {
		/* TRANSLATORS: %s is why (a system error message). */
		remind_say(rm, _("stretchcoach: cannot note this in history: %s"),
		    cause ? cause : _("no HOME or XDG_DATA_HOME"));
		free(cause);
	}
	free(path);
	plan_free(p);
	history_record_done(&rec);
}

/* "14:35", or "Mon 09:45" when t is not today. */
static char *
clock_words(char *buf, size_t size, time_t t, time_t now)
{
	struct tm a, b;

	localtime_r(&t, &a);
	localtime_r(&now, &b);
	strftime(buf, size, a.tm_yday == b.tm_yday && a.tm_year == b.tm_year ? "%H:%M" : "%a %H:%M", &a);
	return buf;
}

/* The pane's width in columns, or 0 when unknown. */
static int
pane_cols(void)
{
	struct winsize ws;

	return ioctl(1, TIOCGWINSZ, &ws) == 0 ? ws.ws_col : 0;
}

/*
 * The status line: when the next break comes and what it is. In a pane it
 * is rewritten in place, so it is kept to one row (a wrapped line could not
 * be taken back with a carriage return).
 */
static void
show_next(struct remind *rm, time_t due, time_t now)
{
	char at[32], in[32], line[512];
	long left = (long)(due - now);
	int cols = rm->pane ? pane_cols() : 0;

	clock_words(at, sizeof at, due, now);
	/* whole minutes, rounded up, as the line changes once a minute */
	text_duration(in, sizeof in, left >= 60 ? (left + 59) / 60 * 60 : left < 0 ? 0 : left);
	/* TRANSLATORS: the time of the next break ("14:30"), how long until it ("45 min"), then the routine's name. */
	snprintf(line, sizeof line - 4, _("Next break at %s (in %s): %s"), at, in, rm->r->name);
	if (cols > 8 && text_width(line) > cols - 1)
		text_cut(line, (size_t)cols - 5);
	if (rm->pane)
		printf("%s%s\033[K", rm->status_open ? "\r" : "", line);
	else
		printf("%s\n", line);
	rm->status_open = rm->pane;
	fflush(stdout);
}

/*
 * When the break after `secs` from now comes: inside the working hours and
 * days, else a full interval after they next open (or at the opening, when
 * the hours are shorter than the interval).
 */
static time_t
next_due(struct remind *rm, time_t now, long secs)
{
	const struct schedule *h = &rm->cfg->hours;
	time_t due = now + secs, open;
	char hours[32], days[64], at[32];

	if (schedule_open(h, due))
		return due;
	open = schedule_next_open(h, due);
	due = schedule_open(h, open + rm->every) ? open + rm->every : open;
	/* TRANSLATORS: the reminder hours ("9-18"), the days ("mon-fri"), then when it wakes ("Mon 09:00"). */
	remind_say(rm, _("Outside your reminder hours (%s, %s): sleeping until %s."),
	    schedule_hours_text(hours, sizeof hours, h), schedule_days_text(days, sizeof days, h),
	    clock_words(at, sizeof at, open, now));
	return due;
}

/*
 * Sleep until the wall-clock time due, waking at most once a minute to keep
 * the status line true (and to notice a suspended laptop's lost time).
 * Returns -1 when a terminating signal arrived.
 */
static int
wait_until(struct remind *rm, time_t due)
{
	long shown = -1;

	for (;;) {
		time_t now = clock_wall();
		long left = (long)(due - now), nap;

		if (frontend_signal() != 0)
			return -1;
		if (left <= 0)
			return 0;
		if (shown < 0 || (rm->pane && (left + 59) / 60 != shown)) {
			show_next(rm, due, now);
			shown = (left + 59) / 60;
		}
		/* wake when the minute shown changes, or at the deadline */
		nap = left >= 60 ? left - (shown - 1) * 60 : left;
		if (nap > 60 || nap <= 0)
			nap = nap <= 0 ? 1 : 60;
		poll(NULL, 0, (int)(nap * 1000));
	}
}

/*
 * The key or line typed at the offer: 0 with *a (ANS_STOP also for q, the
 * end of a terminal's input and signals), -1 to keep waiting, 1 at the end
 * of input that is not a terminal.
 */
static int
read_terminal(struct remind *rm, enum answer *a)
{
	char line[32];
	unsigned char ch;
	ssize_t n;

	if (!rm->keys) {
		*a = ANS_STOP;
		if (frontend_read_line(line, sizeof line) < 0)
			return frontend_signal() != 0 ? 0 : 1;
		ch = (unsigned char)line[0];
		*a = ch == 's' ? ANS_SNOOZE : ch == 'x' ? ANS_SKIP : ch == 'q' ? ANS_STOP : ANS_START;
		return 0;
	}
	if ((n = read(0, &ch, 1)) < 0 && errno == EINTR)
		return -1;
	if (n <= 0 || ch == 'q' || ch == 'Q' || ch == 4) {
		*a = ANS_STOP;
		return 0;
	}
	switch (ch) {
	case '\r': case '\n': case 'y': case 'Y': *a = ANS_START; return 0;
	case 's': case 'S': *a = ANS_SNOOZE; return 0;
	case 'x': case 'X': *a = ANS_SKIP; return 0;
	default: return -1;    /* any other key: keep waiting */
	}
}

/*
 * Wait for the answer from the terminal or the desktop notification n (may
 * be NULL). The notification is withdrawn when it has had no answer for
 * the snooze time (its service may have gone); once the input has ended
 * (no terminal, as under the user service), the desktop alone answers, and
 * with neither, ANS_NONE: no one could answer.
 */
static enum answer
await_answer(struct remind *rm, struct notify **n, bool *from_desktop)
{
	int64_t give_up = clock_mono_ms() + (int64_t)rm->snooze * 1000;
	enum answer a = ANS_STOP;
	int got;

	if (rm->keys && ui_rawkey_begin(0) < 0)
		rm->keys = false;
	while (frontend_signal() == 0) {
		struct pollfd p[2] = { { rm->stdin_eof ? -1 : 0, POLLIN, 0 }, { *n ? notify_fd(*n) : -1, POLLIN, 0 } };
		int64_t left = give_up - clock_mono_ms();

		if (*n == NULL && rm->stdin_eof) {
			a = ANS_NONE;
			break;
		}
		if (*n != NULL && left <= 0) {
			remind_desktop_give_up(rm, n);
			continue;
		}
		if (poll(p, 2, *n != NULL ? (int)left : -1) <= 0)
			continue;
		if (p[0].revents != 0 && (got = read_terminal(rm, &a)) >= 0) {
			/* input that ends leaves the answer to the desktop, when there is one */
			if (got == 0 || (!rm->notify && *n == NULL))
				break;
			rm->stdin_eof = true;
		}
		if (p[1].revents != 0 && remind_read_desktop(rm, n, &a) == 0 && (*from_desktop = a != ANS_STOP))
			break;
	}
	ui_rawkey_end();
	return frontend_signal() != 0 ? ANS_STOP : a;
}

/*
 * Start was clicked on the desktop while this pane is out of sight (a
 * detached tmux session, the user service): the routine opens in a new
 * terminal window. Returns the seconds to the next break, or -1 to stop.
 */
static long
start_elsewhere(struct remind *rm)
{
	char *cause = NULL, *term = text_safe(remind_terminal());

	if (remind_open_terminal(rm, &cause) == 0) {
		/* TRANSLATORS: the routine's name, then the terminal program that opens it. */
		remind_say(rm, _("Opening %s in a new terminal window (%s)."), rm->r->name, term);
		free(term);
		return rm->every;
	}
	free(term);
	if (!rm->pane) {
		/* TRANSLATORS: %s is why (an error message); keep TERMINAL, the name of an environment variable. */
		remind_say(rm, _("Cannot open a terminal window (%s): set TERMINAL to your terminal program."), cause);
		free(cause);
		return rm->every;
	}
	/* TRANSLATORS: %s is why (an error message). */
	remind_say(rm, _("Cannot open a terminal window (%s): starting it here."), cause);
	free(cause);
	cmd_run_routine(rm->cli, rm->r, NULL, 0, false);
	return frontend_signal() != 0 ? -1 : rm->every;
}

/* Offer the break; returns the seconds to the next one, or -1 to stop. */
static long
offer(struct remind *rm)
{
	char when[16], len[32], sl[32], prompt[128];
	time_t now = clock_wall();
	struct plan *p = plan_new(rm->r);
	struct notify *n;
	enum answer a;
	bool desktop = false;

	clock_words(when, sizeof when, now, now);
	text_duration(len, sizeof len, p->total_s);
	plan_free(p);
	if (rm->keys)
		tcflush(0, TCIFLUSH);   /* keys typed while waiting are no answer */
	/* TRANSLATORS: the time now ("14:30"), the routine's name, then its length ("5 min"). */
	remind_say(rm, _("[%s] Time for a stretch: %s (%s)."), when, rm->r->name, len);
	/* TRANSLATORS: %s is the snooze time ("10 min"); Enter, s, x and q are the keys the code reads and stay as they are. */
	snprintf(prompt, sizeof prompt, _("Enter starts it, s snoozes %s, x skips, q stops reminding:"),
	    text_duration(sl, sizeof sl, rm->snooze));
	put_text(rm, prompt, false);
	if (ui_sound_play(rm->sound, SOUND_BREAK_OFFER) && rm->pane)
		putchar('\a');
	fflush(stdout);
	n = remind_offer_desktop(rm, len);
	a = await_answer(rm, &n, &desktop);
	notify_close(n);
	if (rm->prompt_open)
		putchar('\n');
	rm->prompt_open = false;
	if (desktop)
		/* TRANSLATORS: %s is the answer given: "Start", "Snooze" or "Skip". */
		remind_say(rm, _("Answered on the desktop: %s."), a == ANS_START ? _("Start") : a == ANS_SNOOZE ? _("Snooze") : _("Skip"));
	switch (a) {
	case ANS_STOP:
		return -1;
	case ANS_NONE:
		/* TRANSLATORS: %s is how long until it is offered again ("10 min"). */
		remind_say(rm, _("No answer: the break is offered again in %s."), sl);
		return rm->snooze;
	case ANS_SNOOZE:
		remind_log_event(rm, HEV_REMIND_SNOOZED, now, clock_wall());
		/* TRANSLATORS: %s is the snooze time ("10 min"). */
		remind_say(rm, _("Snoozed: back in %s."), sl);
		return rm->snooze;
	case ANS_SKIP:
		remind_log_event(rm, HEV_REMIND_SKIPPED, now, clock_wall());
		/* TRANSLATORS: %s is the time to the next break ("45 min"). */
		remind_say(rm, _("Skipped. Next break in %s."), text_duration(len, sizeof len, rm->every));
		return rm->every;
	case ANS_START:
		if (!desktop)
			/* TRANSLATORS: %s is the routine's name. */
			remind_say(rm, _("Starting %s."), rm->r->name);
		else if (!remind_in_view(rm))
			return start_elsewhere(rm);
		break;
	}
	cmd_run_routine(rm->cli, rm->r, NULL, 0, false);
	return frontend_signal() != 0 ? -1 : rm->every;
}

/* One duration option: its seconds, or -1 after saying what it takes. */
static long
duration_option(const char *name, const char *arg, long fallback)
{
	long v;
	char *s;

	if (arg == NULL)
		return fallback;
	if ((v = config_duration(arg)) >= 0)
		return v;
	s = text_safe(arg);
	/* TRANSLATORS: %s is the option (--every or --snooze); keep the durations 10s, 24h, 45m, 1h, 1h30m as they are typed. */
	fprintf(stderr, _("stretchcoach: %s takes a duration from 10s to 24h, like 45m, 1h or 1h30m, "
	    "not '%s'\n"), name, s);
	free(s);
	return -1;
}

/* The command line over the config: interval, snooze, hours and days. 0, or 2 (said). */
static int
remind_settings(const struct cli *cli, struct config *cfg, struct remind *rm)
{
	char *s;

	if ((rm->every = duration_option("--every", cli->every, cfg->remind_every)) < 0 ||
	    (rm->snooze = duration_option("--snooze", cli->snooze, cfg->remind_snooze)) < 0)
		return EXIT_USAGE;
	if (rm->snooze > rm->every)
		rm->snooze = rm->every;
	if (cli->hours != NULL && schedule_parse_hours(&cfg->hours, cli->hours) < 0) {
		s = text_safe(cli->hours);
		/* TRANSLATORS: %s is what was given; keep --hours and the examples as they are typed. */
		fprintf(stderr, _("stretchcoach: --hours takes hours like 9-18 or 8:30-17:00, not '%s'\n"), s);
		free(s);
		return EXIT_USAGE;
	}
	if (cli->days_text != NULL && schedule_parse_days(&cfg->hours, cli->days_text) < 0) {
		s = text_safe(cli->days_text);
		/* TRANSLATORS: %s is what was given; keep --days and the examples as they are typed. */
		fprintf(stderr, _("stretchcoach: --days takes days like mon-fri or mon,wed,fri, not '%s'\n"), s);
		free(s);
		return EXIT_USAGE;
	}
	return 0;
}

/* The first lines: what will happen, and whether the desktop hears of it. */
static void
remind_intro(struct remind *rm)
{
	const char *why = notify_unavailable();
	struct idle_report idle;
	char every[32];

	/* TRANSLATORS: how often ("45 min"), then the routine's name; Ctrl-C is the key as the keyboard labels it. */
	remind_say(rm, _("Reminding you every %s to take %s. Leave it running; Ctrl-C stops it."),
	    text_duration(every, sizeof every, rm->every), rm->r->name);
	if (!rm->cfg->notify)
		rm->notify = false;
	else if (why != NULL) {
		/* TRANSLATORS: %s is why ("notify-send is not installed"). */
		remind_say(rm, _("No desktop notifications (%s): offers come to this terminal only."), why);
		rm->notify = false;
	}
	idle_check(rm->tty, clock_real(), &idle);
	remind_name_source(rm, &idle);
}

static void
remind_loop(struct remind *rm)
{
	long next = rm->every;

	while (frontend_signal() == 0) {
		time_t due = next_due(rm, clock_wall(), next);

		if (wait_until(rm, due) < 0)
			break;
		if (!schedule_open(&rm->cfg->hours, clock_wall()))
			next = 0;
		else if (!remind_no_offer(rm, &next) && (next = offer(rm)) < 0)
			break;
	}
	/* over the status line and the ^C the terminal echoed there */
	remind_say(rm, "%s", _("Reminders stopped."));
}

int
cmd_remind(const struct cli *cli)
{
	struct config cfg;
	struct run_opts o;
	struct catalogue *c = NULL;
	struct remind rm = { .cli = cli, .cfg = &cfg, .keys = isatty(0), .pane = isatty(1), .notify = true };
	int status = app_settings(cli, &cfg, &o);

	if (status != 0 || (status = remind_settings(cli, &cfg, &rm)) != 0 ||
	    (c = app_load_catalogue(cli, false, &status)) == NULL ||
	    (rm.r = pick_routine(c, cli->routine)) == NULL) {
		/* an unknown --routine is a usage error; a catalogue with none is bad data */
		if (status == 0)
			status = cli->routine != NULL ? EXIT_USAGE : EXIT_DATAERR;
		catalogue_free(c);
		config_done(&cfg);
		return status;
	}
	rm.tty = rm.keys && ttyname(0) != NULL ? xstrdup(ttyname(0)) : NULL;
	rm.sound = ui_sound_new(o.sound);
	frontend_signals_install();
	child_set_abort(frontend_signal);
	remind_intro(&rm);
	remind_loop(&rm);
	ui_sound_free(rm.sound);
	free(rm.tty);
	catalogue_free(c);
	config_done(&cfg);
	if (frontend_signal() != 0)
		frontend_signal_reraise(frontend_signal());
	return 0;
}
