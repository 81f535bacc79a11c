/* ui_plain.c — the line-oriented front end: pipes, screen readers, tests. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cue.h"
#include "diag.h"
#include "frontend.h"
#include "i18n.h"
#include "keymap.h"
#include "profile.h"
#include "safety.h"
#include "speech.h"
#include "text.h"
#include "today.h"
#include "ui_plain_int.h"
#include "ui_sound.h"

struct plain {
	struct run_opts opts;
	struct ui_sound *sound; /* sounds only when stdout is a terminal, else NULL */
	struct sound_cues cues;
	bool input_open;        /* stdin still has lines for us */
	struct speech *speech;  /* --say, or NULL */
	/* what was last printed, so each event is said once */
	size_t last_step;
	enum breath_phase last_breath;
	int last_rep;
	const char *last_cue;   /* the cue last said in reps breathed freely */
	bool menu_seen;         /* a menu has been shown: top_scope is set */
	enum menu_scope top_scope;  /* the menu the program opened with (its q quits) */
};

static void
say(struct plain *p, const struct session_view *v, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* One event line, prefixed with the position in the routine. */
static void
say(struct plain *p, const struct session_view *v, const char *fmt, ...)
{
	char clock[16];
	va_list ap;

	(void)p;
	printf("[%s] ", text_clock(clock, sizeof clock, (long)(v->routine_elapsed_ms / 1000)));
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

/* Make ev's sound: the sound theme, else the terminal bell. */
static void
play(struct plain *p, enum sound_event ev)
{
	if (ui_sound_play(p->sound, ev)) {
		putchar('\a');
		fflush(stdout);
	}
}

/* Every step and caution of a stretch, indented under the event lines. */
static void
say_steps(const struct stretch *s)
{
	for (size_t i = 0; i < s->steps.n; i++)
		printf("         %zu. %s\n", i + 1, s->steps.v[i]);
	for (size_t i = 0; i < s->cautions.n; i++)
		/* TRANSLATORS: %s is one caution of the stretch (catalogue text); keep the nine spaces that line it up under the steps. */
		printf(_("         Take care: %s\n"), s->cautions.v[i]);
	fflush(stdout);
}

static void
say_ready(struct plain *p, const struct routine *r, const struct session_view *v)
{
	const struct stretch *s = v->step->stretch;
	const struct stretch *before = v->item > 0 ? r->items[v->item - 1].stretch : NULL;
	char eq[120];

	/* TRANSLATORS: the stretch's number in the routine, the routine's count of stretches, then its name. */
	say(p, v, _("Stretch %zu of %zu: %s"), v->item + 1, v->nitems, s->name);
	say_steps(s);
	if (s->equipment)
		/* TRANSLATORS: %d is the get-ready seconds; %s what the stretch needs ("a towel, a wall"). */
		say(p, v, _("Get ready (%d s). You need: %s"), v->step->seconds,
		    catalogue_join_names(eq, sizeof eq, s->equipment, catalogue_equipment_label, ", "));
	else
		/* TRANSLATORS: %d is the get-ready seconds; %s the position to take ("sit down"). */
		say(p, v, _("Get ready (%d s): %s"), v->step->seconds, cue_get_into(before, s));
}

/* The line for a step that has just begun. */
static void
say_step(struct plain *p, const struct routine *r, const struct session_view *v)
{
	const struct step *st = v->step;
	char sets[64];

	cue_set_clause(sets, sizeof sets, st->set, st->sets);
	switch (st->kind) {
	case STEP_READY:
		say_ready(p, r, v);
		break;
	case STEP_HOLD:
		/* TRANSLATORS: %d is the seconds; the first %s a side (", left side"), the second the set (", set 1 of 2") or nothing. */
		say(p, v, _("Hold %d s%s%s"), st->seconds, cue_side_clause(st->side), sets);
		break;
	case STEP_REPS:
		/* TRANSLATORS: the count of reps, the seconds each; the first %s a side (", left side"), the second the set or nothing. */
		say(p, v, _("%d reps of %d s%s%s"), st->reps, st->rep_seconds, cue_side_clause(st->side), sets);
		break;
	case STEP_SWITCH:
		say(p, v, "%s (%d s)", cue_switch(), st->seconds);
		break;
	case STEP_REST:
		if (st->set > 1)
			/* TRANSLATORS: the seconds of rest, then the next set's number and the count of sets. */
			say(p, v, _("Release and rest %d s; set %d of %d next"), st->seconds, st->set, st->sets);
		else
			/* TRANSLATORS: the seconds of rest, then the next stretch's name. */
			say(p, v, _("Rest %d s. Next: %s"), st->seconds, st->stretch->name);
		break;
	}
	p->last_breath = BREATH_NONE;
	p->last_rep = 0;
	p->last_cue = NULL;
}

/* Breath and rep lines within a work step. */
static void
say_breath(struct plain *p, const struct session_view *v)
{
	const char *word = cue_breath(v->breath);
	char rep[64];

	if (v->breath == BREATH_NONE && v->reps > 0) {
		/* breathing freely: the count, and the cue of each half */
		if (v->rep != p->last_rep)
			say(p, v, "%s%s%s", cue_rep(rep, sizeof rep, v->rep, v->reps), v->cue ? ": " : "",
			    v->cue ? v->cue : "");
		else if (v->cue != NULL && v->cue != p->last_cue)
			say(p, v, "  %s", v->cue);
		p->last_rep = v->rep;
		p->last_cue = v->cue;
		return;
	}
	if (v->breath == BREATH_NONE || (v->breath == p->last_breath && v->rep == p->last_rep))
		return;
	if (v->reps > 0 && v->rep != p->last_rep)
		say(p, v, "%s: %s", cue_rep(rep, sizeof rep, v->rep, v->reps), v->cue ? v->cue : word);
	else if (v->reps > 0)
		say(p, v, "  %s", v->cue ? v->cue : word);
	else if (v->cue != NULL)
		/* TRANSLATORS: %s is "Breathe in" or "Breathe out", then the breath's number and the count, then the stretch's cue. */
		say(p, v, _("%s (breath %d of %d): %s"), word, v->breath_n, v->breath_count, v->cue);
	else
		/* TRANSLATORS: %s is "Breathe in" or "Breathe out", then the breath's number and the count. */
		say(p, v, _("%s (breath %d of %d)"), word, v->breath_n, v->breath_count);
	p->last_breath = v->breath;
	p->last_rep = v->rep;
}

/* Speak along with the view, and tell once about a speech command that fails. */
static void
speak(struct plain *p, const struct session_view *v)
{
	const char *problem;

	speech_follow(p->speech, v);
	if ((problem = speech_problem(p->speech)) != NULL)
		fprintf(stderr, "stretchcoach: %s\n", problem);
}

static void
show_view(struct plain *p, struct session *s, int64_t now, bool step_changed)
{
	struct session_view v;

	session_view(s, now, &v);
	speak(p, &v);
	play(p, sound_follow(&p->cues, &v));
	if (v.finished)
		return;
	if (step_changed || v.step_index != p->last_step)
		say_step(p, session_plan(s)->routine, &v);
	p->last_step = v.step_index;
	say_breath(p, &v);
}

/* h: mark the stretch, then ask whether to stop, go on without what loads the back alike, or go on. */
static void
plain_hurt(struct session *s, const struct vclock *clk, const struct session_view *v)
{
	size_t n, item = session_hurt_item(s);
	const char *const *lines = safety_hurt_lines(
	    session_plan(s)->routine->items[item].stretch->areas, &n);
	struct frontend_hurt_ask a;
	int64_t now = vclock_now(clk);
	bool paused = v->paused;
	char line[160];

	frontend_hurt_message(line, sizeof line, s);
	session_hurt(s, now);
	if (session_finished(s)) {
		say(NULL, v, "%s", line);
		for (size_t i = 0; i < n; i++)
			say(NULL, v, "%s", lines[i]);
		return;
	}
	session_pause(s, now);
	frontend_hurt_ask_init(&a, s, item);
	session_after_hurt(s, ui_plain_after_hurt(&a, line), vclock_now(clk));
	frontend_hurt_ask_done(&a);
	if (!paused)
		session_resume(s, vclock_now(clk));
}

static void
plain_adjust(struct plain *p, struct session *s, int64_t now, const struct session_view *v,
    int delta)
{
	if (!session_adjust(s, now, delta))
		say(p, v, _("+ and - change a hold, not this step."));
	else
		/* TRANSLATORS: %d is the seconds added or taken off the hold (5). */
		say(p, v, delta > 0 ? _("Added %d s.") :
		    /* TRANSLATORS: %d is the seconds taken off the hold (5). */
		    _("Took off %d s."), KEYMAP_ADJUST_S);
}

/*
 * Where the session is after a key that leaves it on the same step, and
 * running: the stretch and the seconds left of this step, not the step's
 * first line again (a get-ready said twice reads as the stretch starting over).
 */
static void
say_where(struct plain *p, const struct session_view *v)
{
	if (v->step == NULL || v->finished)
		return;
	/* TRANSLATORS: after a key in plain mode: the stretch's name, then the seconds left of
	   what it is doing now (its get-ready, a hold, its reps, a rest). */
	say(p, v, _("%s: %d s left of this step."), v->step->stretch->name,
	    (int)((v->step_left_ms + 999) / 1000));
}

/* A command typed during the session, a key of the key table then Enter. */
static void
command(struct plain *p, struct session *s, const struct vclock *clk, const char *line)
{
	int64_t now = vclock_now(clk);
	struct session_view v;
	enum key_cmd cmd = keymap_lookup((unsigned char)line[0]);
	char msg[160];

	/* a deadline passed while the line was typed: that step ended first */
	while (session_tick(s, now) != 0)
		show_view(p, s, now, true);
	session_view(s, now, &v);
	switch (cmd) {
	case KEY_CMD_PAUSE:
		session_toggle_pause(s, now);
		session_view(s, now, &v);
		say(p, &v, v.paused ? _("Paused. Type p and Enter to go on.") : _("Resumed."));
		break;
	case KEY_CMD_SKIP:
		frontend_skip_message(msg, sizeof msg, s);
		session_skip(s, now);
		say(p, &v, "%s.", msg);
		break;
	case KEY_CMD_BACK: session_back(s, now); break;
	case KEY_CMD_HURT: plain_hurt(s, clk, &v); break;
	case KEY_CMD_MORE: plain_adjust(p, s, now, &v, KEYMAP_ADJUST_S); break;
	case KEY_CMD_LESS: plain_adjust(p, s, now, &v, -KEYMAP_ADJUST_S); break;
	case KEY_CMD_INFO:
		if (v.step != NULL)
			say_steps(v.step->stretch);
		return;
	case KEY_CMD_QUIT: session_quit(s, now); say(p, &v, _("Stopped.")); break;
	case KEY_CMD_HELP:
	case KEY_CMD_NONE:
		/* a few answers in a row that are no key: no one is there, stop */
		if (cmd == KEY_CMD_NONE && line[0] != '\0' && frontend_unusable_answer()) {
			p->input_open = false;
			session_quit(s, now);
			say(p, &v, _("Stopped."));
			break;
		}
		if (line[0] != '\0')
			/* TRANSLATORS: %s lists the keys and their words, "p pause, n next, ...". */
			say(p, &v, _("Keys: %s (then Enter)."), keymap_plain_keys());
		break;
	}
	if (cmd != KEY_CMD_NONE)
		frontend_usable_answer();
	session_view(s, now, &v);
	if (cmd == KEY_CMD_SKIP || cmd == KEY_CMD_BACK || cmd == KEY_CMD_HURT)
		p->last_step = (size_t)-1;  /* a step begun again or anew: say it */
	else if (v.step_index == p->last_step && !v.paused)
		say_where(p, &v);   /* paused: "Paused" says it, and the seconds stand still */
}

static int
plain_coach(void *ctx, struct session *s, const struct vclock *clk)
{
	struct plain *p = ctx;
	char line[64];

	p->last_step = (size_t)-1;
	if (p->input_open && isatty(0))
		/* TRANSLATORS: %s lists the keys and their words, "p pause, n next, ..."; the user types one and Enter. */
		printf(_("Type a key and press Enter: %s.\n"), keymap_plain_keys());
	/* the first step is said before any tick, however late this loop begins */
	show_view(p, s, vclock_now(clk), false);
	for (;;) {
		int64_t now = vclock_now(clk), wait;
		struct pollfd pfd = { 0, POLLIN, 0 };
		unsigned ev;

		if (frontend_signal() != 0) {
			session_quit(s, now);
			return frontend_signal();
		}
		if (ferror(stdout)) {
			/* nobody is reading any more (a closed pipe): stop, and keep the record */
			session_quit(s, now);
			return 0;
		}
		while ((ev = session_tick(s, now)) != 0 && !(ev & SESSION_EV_FINISHED))
			show_view(p, s, now, true);
		if (session_finished(s)) {
			show_view(p, s, now, false);
			return 0;
		}
		show_view(p, s, now, false);
		wait = vclock_wait_ms(clk, session_next_change(s, now));
		if (poll(&pfd, p->input_open ? 1 : 0, wait > 60000 ? 60000 : (int)wait) > 0) {
			if (frontend_read_line(line, sizeof line) < 0)
				p->input_open = false;
			else
				command(p, s, clk, line);
		}
	}
}

static enum menu_choice
plain_choose(void *ctx, const struct catalogue *c, enum menu_scope scope,
    const struct routine **out, enum menu_scope *from, const struct home_row **row)
{
	struct plain *p = ctx;

	if (!p->menu_seen) {
		p->menu_seen = true;
		p->top_scope = scope;
	}
	return ui_plain_choose(&p->opts, p->top_scope, c, scope, out, from, row);
}

static int
plain_checkin(void *ctx, bool after)
{
	struct plain *p = ctx;
	char line[32];

	for (;;) {
		char *end;
		long v;

		if (after)
			fputs(_("Done. How does your back feel? 0 (fine) - 10 (worst)\n"
			    "Type a number, or Enter to skip: "), stdout);
		else if (!p->opts.no_menu)
			fputs(_("Before you start: How does your back feel? 0 (fine) - 10 (worst)\n"
			    "Type a number, or Enter to skip, q to go back: "), stdout);
		else
			/* TRANSLATORS: The question before a session, where there is no menu (run ROUTINE): q ends the program. */
			fputs(_("Before you start: How does your back feel? 0 (fine) - 10 (worst)\n"
			    "Type a number, or Enter to skip, q to quit: "), stdout);
		fflush(stdout);
		if (frontend_read_line(line, sizeof line) <= 0 || frontend_signal() != 0)
			return !after && frontend_input_given_up() ? CHECKIN_BACK : CHECKIN_SKIP;
		if (!after && (line[0] == 'q' || line[0] == 'b') && line[1] == '\0')
			return CHECKIN_BACK;
		v = strtol(line, &end, 10);
		if (end != line && *end == '\0' && v >= 0 && v <= 10) {
			frontend_usable_answer();
			return (int)v;
		}
		/* nothing usable comes: no session starts; after one, it is kept */
		if (frontend_unusable_answer())
			return after ? CHECKIN_SKIP : CHECKIN_BACK;
		/* TRANSLATORS: Asked again when the answer to the tension question (0 to 10) could not
		   be read; Enter alone skips the question. */
		printf(_("Please type a number from 0 to 10, or just Enter.\n"));
	}
}

/*
 * Ask "Enter to go on, q to go back" (or quit, where there is no menu: top);
 * the end of input goes on, as a script wants.
 */
static bool
plain_ask_on(const char *prompt, bool top)
{
	static const int gate[] = { PAGE_ACT_CONTINUE, PAGE_ACT_BACK };
	static const int gate_top[] = { PAGE_ACT_CONTINUE, PAGE_ACT_QUIT };
	struct screen_keys k = keymap_page();
	char line[32];
	int act;

	printf("%s", prompt);
	fflush(stdout);
	if (frontend_read_line(line, sizeof line) < 0) {
		putchar('\n');
		return true;
	}
	if (!isatty(0))
		putchar('\n');  /* the answer was not echoed: end the prompt's line */
	/* the curses page's keys (keymap_page()): q goes back (or quits), anything else on */
	act = keymap_screen_action(k, top ? keymap_screen_rows(k, gate_top, 2) :
	    keymap_screen_rows(k, gate, 2), line[0] != '\0' ? (unsigned char)line[0] : KEYMAP_ENTER);
	return act != PAGE_ACT_BACK && act != PAGE_ACT_QUIT;
}

/* Print s wrapped to 78 columns, continuation lines indented under its text. */
void
ui_plain_wrapped(const char *s)
{
	size_t indent = strspn(s, " *"), n;
	char **lines;

	n = text_wrap(s + indent, 78 - (int)indent, &lines);
	for (size_t i = 0; i < n; i++)
		printf("%.*s%s\n", (int)indent, i == 0 ? s : "                ", lines[i]);
	text_lines_free(lines, n);
}

static enum page_exit
plain_page(void *ctx, const char *title, const char *const *lines, size_t n, unsigned how)
{
	(void)ctx;
	printf("%s\n\n", title);
	for (size_t i = 0; i < n; i++) {
		if (how & PAGE_VERBATIM)
			printf("%s\n", lines[i]);
		else
			ui_plain_wrapped(lines[i]);
	}
	fflush(stdout);
	if (how & PAGE_NOTE) {
		putchar('\n');
		plain_ask_on(_("Press Enter to go on: "), false);
		return PAGE_ON;
	}
	if (!(how & PAGE_GATE))
		return PAGE_BACK;
	putchar('\n');
	if (!(how & PAGE_QUITS))
		return plain_ask_on(_("Press Enter to go on, or q and Enter to go back: "), false) ?
		    PAGE_ON : PAGE_BACK;
	/* TRANSLATORS: Under a page to read (the safety notes), where there is no menu (run ROUTINE): q ends the program. */
	return plain_ask_on(_("Press Enter to go on, or q and Enter to quit: "), true) ? PAGE_ON :
	    PAGE_BACK;
}

static enum summary_exit
plain_summary(void *ctx, const struct session *s, int64_t now, long span_s,
    const struct summary_info *info)
{
	return ui_plain_summary(&((const struct plain *)ctx)->opts, s, now, span_s, info);
}

static enum build_exit
plain_build(void *ctx, const struct catalogue *c, struct build_request *req, struct built **out,
    bool *saved, char **run_id)
{
	struct plain *p = ctx;

	*run_id = NULL;  /* no My routines here: `stretchcoach run ID` runs a saved one */
	return ui_plain_build(&p->opts, c, req, out, saved);
}

static void
plain_note(void *ctx, const char *msg)
{
	(void)ctx;
	printf("%s\n", msg);
	fflush(stdout);
}

static void
plain_close(void *ctx)
{
	struct plain *p = ctx;

	speech_free(p->speech);
	ui_sound_free(p->sound);
	free(p);
}

static void
plain_leads(void *ctx, const struct frontend_lead *lead, size_t n)
{
	frontend_set_leads(&((struct plain *)ctx)->opts, lead, n);
}

static const struct frontend_ops plain_ops = {
	.choose = plain_choose, .checkin = plain_checkin, .page = plain_page, .coach = plain_coach,
	.summary = plain_summary, .build = plain_build, .ask = ui_plain_ask, .note = plain_note,
	.leads = plain_leads, .close = plain_close,
};

struct frontend
frontend_plain(const struct run_opts *o)
{
	struct plain *p = xcalloc(1, sizeof *p);

	p->opts = *o;
	p->sound = isatty(1) ? ui_sound_new(o->sound) : NULL;
	sound_cues_init(&p->cues);
	p->input_open = true;
	p->speech = speech_new(o->say, o->say_voice);
	return (struct frontend){ &plain_ops, p };
}
