/* ui_coach.c — the session loop: sleep until something visible changes, act on keys. */
#include <curses.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "i18n.h"
#include "keymap.h"
#include "layout.h"
#include "plan.h"
#include "session.h"
#include "speech.h"
#include "ui_curses_int.h"

static void coach_message(struct coach *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
coach_message(struct coach *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->msg, sizeof c->msg, fmt, ap);
	va_end(ap);
	c->msg_gen++;
	c->msg_until = clock_mono_ms() + MSG_MS;
}

/* Say the cues of this moment through --say, and tell of a speech command that fails. */
static void
coach_speak(struct coach *c, const struct session_view *v)
{
	const char *problem;

	speech_follow(c->ui->speech, v);
	if ((problem = speech_problem(c->ui->speech)) != NULL) {
		coach_message(c, "%s", problem);
		c->msg_until += 3 * MSG_MS;   /* a problem stays up longer than a note */
	}
}

/* Open an overlay; the session waits while it is up. */
static void
coach_open(struct coach *c, enum coach_overlay ov, int64_t now)
{
	struct session_view v;

	session_view(c->s, now, &v);
	c->overlay = ov;
	c->overlay_paused = false;
	if (!v.paused && !v.finished) {
		session_pause(c->s, now);
		c->overlay_paused = true;
	}
	c->full = true;
}

static void
coach_close(struct coach *c, int64_t now)
{
	if (c->overlay_paused)
		session_resume(c->s, now);
	c->overlay = OV_NONE;
	c->overlay_paused = false;
	c->full = true;
}

/* j/k, the arrows and the page keys scroll a box; true when ch was one of them. */
static bool
coach_scroll(struct coach *c, int ch)
{
	switch (ch) {
	case KEY_DOWN: case 'j': case KEY_NPAGE:
		c->info_top++;
		return true;
	case KEY_UP: case 'k': case KEY_PPAGE:
		if (c->info_top > 0)
			c->info_top--;
		return true;
	default:
		return false;
	}
}

/* A key in the box after "it hurts": j/k scroll, an answer acts on the session, any other waits. */
static void
coach_hurt_answer(struct coach *c, int ch, int64_t now)
{
	enum after_hurt a = frontend_hurt_answer(&c->hurt, ch == UI_KEY_ESC ? FRONTEND_KEY_ESC :
	    ch == KEY_ENTER ? '\n' : ch);

	if (coach_scroll(c, ch) || a == AFTER_HURT_NONE)
		return;
	session_after_hurt(c->s, a, now);
	if (a == AFTER_HURT_STOP) {
		c->overlay = OV_NONE;
		return;
	}
	coach_close(c, now);
	if (a == AFTER_HURT_WITHOUT) {
		size_t n;
		char *names = frontend_state_names(c->s, ITEM_LEFT_OUT, &n);

		/* TRANSLATORS: %s names the stretches left out after "it hurts" ("Knee-to-Chest and Cat-Cow"). */
		coach_message(c, _("Going on without %s."), names);
		free(names);
	}
}

/* Keys while a box is over the screen: the quit question, or a box any key closes. */
static void
coach_overlay_key(struct coach *c, int ch, int64_t now)
{
	if (c->overlay == OV_HURT) {
		coach_hurt_answer(c, ch, now);
		return;
	}
	if ((c->overlay == OV_INFO || c->overlay == OV_HELP) && (ch == ' ' || coach_scroll(c, ch))) {
		if (ch == ' ')
			c->info_top++;
		return;
	}
	if (c->overlay != OV_QUIT) {
		coach_close(c, now);
		return;
	}
	/* the translated yes (j in German), and y everywhere */
	if (ch == i18n_yes_key() || ch == i18n_yes_key() - 'a' + 'A')
		ch = 'y';
	switch (ch) {
	case 'y': case 'Y': case 'q': case 'Q': case '\n': case '\r': case KEY_ENTER:
		c->overlay = OV_NONE;
		session_quit(c->s, now);
		break;
	case 'n': case 'N': case UI_KEY_ESC: case ' ':
		coach_close(c, now);
		break;
	default:
		break;
	}
}

static const char *
coach_stretch_name(const struct coach *c, int64_t now)
{
	struct session_view v;

	session_view(c->s, now, &v);
	return v.step != NULL ? v.step->stretch->name : "";
}

static void
coach_hurt(struct coach *c, int64_t now)
{
	size_t item = session_hurt_item(c->s);

	frontend_hurt_message(c->hurt_msg, sizeof c->hurt_msg, c->s);
	session_hurt(c->s, now);
	frontend_hurt_ask_done(&c->hurt);
	frontend_hurt_ask_init(&c->hurt, c->s, item);
	if (!session_finished(c->s)) {
		coach_open(c, OV_HURT, now);
		c->info_top = 0;
	}
}

static void
coach_adjust(struct coach *c, int64_t now, int delta)
{
	if (session_adjust(c->s, now, delta))
		/* TRANSLATORS: %d is the seconds added to or taken off the hold (5); a short line on screen. */
		coach_message(c, delta > 0 ? _("%d s more") :
		    /* TRANSLATORS: %d is the seconds taken off the hold (5); a short line on screen. */
		    _("%d s less"), KEYMAP_ADJUST_S);
	else
		coach_message(c, _("+ and - change a hold's time"));
}

/* The curses key as the key table knows it. */
static int
coach_keymap_key(int ch)
{
	return ch == KEY_RIGHT ? KEYMAP_RIGHT : ch == KEY_LEFT ? KEYMAP_LEFT : ch;
}

static void
coach_key(struct coach *c, int ch, int64_t now)
{
	enum key_cmd cmd = keymap_lookup(coach_keymap_key(ch));

	switch (cmd) {
	case KEY_CMD_PAUSE:
		session_toggle_pause(c->s, now);
		break;
	case KEY_CMD_SKIP: {
		char line[160];

		frontend_skip_message(line, sizeof line, c->s);
		coach_message(c, "%s", line);
		session_skip(c->s, now);
		break;
	}
	case KEY_CMD_BACK:
		session_back(c->s, now);
		/* TRANSLATORS: %s is the stretch gone back to. */
		coach_message(c, _("Back to %s"), coach_stretch_name(c, now));
		break;
	case KEY_CMD_HURT:
		coach_hurt(c, now);
		break;
	case KEY_CMD_MORE:
	case KEY_CMD_LESS:
		coach_adjust(c, now, cmd == KEY_CMD_MORE ? KEYMAP_ADJUST_S : -KEYMAP_ADJUST_S);
		break;
	case KEY_CMD_INFO:
		/* the timer keeps going while the steps are read, unless paused */
		c->overlay = OV_INFO;
		c->overlay_paused = false;
		c->info_top = 0;
		break;
	case KEY_CMD_HELP:
		coach_open(c, OV_HELP, now);
		c->info_top = 0;
		break;
	case KEY_CMD_QUIT:
		coach_open(c, OV_QUIT, now);
		break;
	case KEY_CMD_NONE:
		break;
	}
}

/* Real milliseconds until the screen next changes: a second, a breath cell, a message. */
static int
coach_wait(const struct coach *c, const struct session_view *v, int64_t now)
{
	int64_t next = session_next_change(c->s, now), ms = -1;

	if (next != INT64_MAX)
		ms = vclock_wait_ms(c->clk, next);
	if (!v->paused && v->breath != BREATH_NONE && c->breath_cells > 0) {
		int64_t step = layout_breath_next(v->phase_elapsed_ms, v->phase_ms, c->breath_cells);
		int64_t b = vclock_wait_ms(c->clk, now + step);

		if (ms < 0 || b < ms)
			ms = b;
	}
	if (c->msg_until > 0) {
		int64_t m = c->msg_until - clock_mono_ms();

		if (m < 0)
			m = 0;
		if (ms < 0 || m < ms)
			ms = m;
	}
	if (ms < 0 || ms > UI_IDLE_MS)
		ms = UI_IDLE_MS;
	return (int)ms;
}

static int
coach_tick(void *st)
{
	struct coach *c = st;
	int64_t now = vclock_now(c->clk);
	struct session_view v;

	while (session_tick(c->s, now) != 0)
		continue;
	if (session_finished(c->s)) {
		session_view(c->s, now, &v);
		ui_play(c->ui, sound_follow(&c->cues, &v));
		speech_follow(c->ui->speech, &v);
		return 1;
	}
	if (c->msg_until > 0 && clock_mono_ms() >= c->msg_until) {
		*c->msg = '\0';
		c->msg_until = 0;
		c->msg_gen++;
	}
	session_view(c->s, now, &v);
	ui_play(c->ui, sound_follow(&c->cues, &v));
	coach_speak(c, &v);
	c->v = v;
	c->now = now;
	return UI_STAY;
}

static void
coach_draw(void *st, bool full)
{
	struct coach *c = st;

	if (full)
		c->full = true;
	ui_screen_draw(c, &c->v);
}

static int
coach_wait_ms(void *st)
{
	struct coach *c = st;

	return coach_wait(c, &c->v, c->now);
}

static int
coach_on_key(void *st, int ch)
{
	struct coach *c = st;
	int64_t now = vclock_now(c->clk);

	if (c->overlay != OV_NONE)
		coach_overlay_key(c, ch, now);
	else
		coach_key(c, ch, now);
	/* a command changes what many parts show: let the diff find what really differs */
	c->full = true;
	return UI_STAY;
}

/* Ctrl-Z: back from fg, the session waits, paused, for the user. */
static void
coach_suspend(void *st)
{
	struct coach *c = st;
	int64_t now = vclock_now(c->clk);
	struct session_view v;

	session_view(c->s, now, &v);
	if (!v.paused)
		session_pause(c->s, now);
	c->overlay_paused = false;
}

int
ui_coach(void *ctx, struct session *s, const struct vclock *clk)
{
	struct coach c = { .ui = ctx, .s = s, .clk = clk, .full = true };
	struct ui_screen scr = { &c, coach_draw, coach_on_key, coach_tick, coach_wait_ms,
	    coach_suspend };

	int status = 0;

	sound_cues_init(&c.cues);
	if (ui_run(c.ui, &scr) == UI_SIGNALLED) {
		session_quit(s, vclock_now(clk));
		status = frontend_signal();
	}
	frontend_hurt_ask_done(&c.hurt);
	return status;
}
