/* cmd_remind_away.c — `remind`: time away and a locked screen count as the break. */
#include <stdio.h>

#include "clock.h"
#include "config.h"
#include "i18n.h"
#include "idle.h"
#include "remind_int.h"
#include "text.h"

const char *
remind_source_words(enum idle_source s)
{
	switch (s) {
	case IDLE_LOGIND:
		return _("Time away is read from systemd-logind: the desktop's idle and lock hints.");
	case IDLE_XSS:
		return _("Time away is read from the X screensaver's idle time.");
	case IDLE_TMUX:
		return _("Time away is read from tmux: the last key pressed in any of its clients.");
	case IDLE_UTMP:
		return _("Time away is read from your other terminals in the login records (utmp).");
	case IDLE_NONE:
		break;
	}
	return _("Can't tell when you are away here: every break will be offered.");
}

/* The source's own name, for a value it gave that cannot be right. */
static const char *
source_name(enum idle_source s)
{
	switch (s) {
	case IDLE_LOGIND: return "systemd-logind";
	case IDLE_XSS: return "XScreenSaver";
	case IDLE_TMUX: return "tmux";
	case IDLE_UTMP: return "utmp";
	case IDLE_NONE: break;
	}
	return "?";
}

void
remind_name_source(struct remind *rm, const struct idle_report *idle)
{
	if (rm->source_said && idle->source == rm->source)
		return;
	rm->source = idle->source;
	rm->source_said = true;
	remind_say(rm, "%s", remind_source_words(idle->source));
}

/*
 * The screen is locked: no offer, and the time since the user left (their
 * idle time when it locked) counts as a break once it reaches
 * away_counts_after, unless that time already counted.
 */
static void
locked(struct remind *rm, const struct idle_report *idle, time_t now, long *next)
{
	char away[32];

	*next = rm->every < LOCKED_RECHECK_S ? rm->every : LOCKED_RECHECK_S;
	if (rm->lock_from == 0) {
		rm->lock_from = now - idle->away_s;
		rm->lock_credited = rm->lock_from <= rm->credited;
		remind_say(rm, "%s", _("The screen is locked: no break offered while you are away."));
	}
	if (rm->lock_credited || now - rm->lock_from < rm->cfg->away_after)
		return;
	rm->lock_credited = true;
	rm->credited = rm->lock_from;
	text_duration(away, sizeof away, (long)(now - rm->lock_from));
	/* TRANSLATORS: %s is how long you have been away ("12 min"). */
	remind_say(rm, _("You have been away %s with the screen locked: that counts as a break."), away);
	remind_log_event(rm, HEV_REMIND_AWAY, rm->lock_from, now);
}

bool
remind_no_offer(struct remind *rm, long *next)
{
	time_t now = clock_wall();
	struct idle_report idle;
	char away[32];

	idle_check(rm->tty, clock_real(), &idle);
	remind_name_source(rm, &idle);
	if (idle.locked) {
		locked(rm, &idle, now, next);
		return true;
	}
	if (rm->lock_from != 0) {
		/* back from a locked screen: when that time was the break, the next is a full interval away */
		bool was = rm->lock_credited;

		rm->lock_from = 0;
		rm->lock_credited = false;
		if (was) {
			*next = rm->every;
			return true;
		}
	}
	if (idle.source == IDLE_NONE || idle.away_s < rm->cfg->away_after)
		return false;
	*next = rm->every;
	text_duration(away, sizeof away, idle.away_s);
	if (now - idle.away_s <= rm->credited) {
		/* TRANSLATORS: %s is how long you have been away ("12 min"). */
		remind_say(rm, _("Still away (%s): no break offered."), away);
		return true;
	}
	if (idle.clamped)
		/* TRANSLATORS: %s is where the idle time was read from: "systemd-logind",
		   "XScreenSaver", "tmux" or "utmp" (names, not translated). */
		remind_say(rm, _("%s gives a time away of more than 24 h, which cannot be right: 24 h is counted."),
		    source_name(idle.source));
	rm->credited = now - idle.away_s;
	/* TRANSLATORS: %s is how long you were away ("12 min"). */
	remind_say(rm, _("You were away %s: that counts as a break."), away);
	remind_log_event(rm, HEV_REMIND_AWAY, rm->credited, now);
	return true;
}
