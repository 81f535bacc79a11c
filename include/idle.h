/* idle.h — how long the user has been away from the keyboard, and whether the screen is locked. */
#ifndef SC_IDLE_H
#define SC_IDLE_H

#include <stdbool.h>
#include <time.h>

/* Where the time away was read. */
enum idle_source {
	IDLE_NONE,      /* nothing that can see the user: time away is unknown */
	IDLE_LOGIND,    /* systemd-logind's IdleHint of a desktop session */
	IDLE_XSS,       /* the X screensaver extension's idle time */
	IDLE_TMUX,      /* the last key in any client of our tmux server */
	IDLE_UTMP,      /* the user's other terminals in utmp */
};

/* The longest time away believed (seconds); longer values are clamped to it. */
#define IDLE_MAX_S (24L * 3600)

/* What idle_check() found. */
struct idle_report {
	long away_s;        /* seconds since the user was last seen; 0 when unknown */
	bool clamped;       /* the source's idle time was beyond belief and cut to IDLE_MAX_S */
	bool locked;        /* logind says the session's screen is locked */
	bool logind;        /* systemd-logind answered for this session */
	enum idle_source source;
};

/*
 * Find how long the user has been idle at `now` (the real clock), from the
 * first source that can see them: on a desktop (DISPLAY, WAYLAND_DISPLAY,
 * or a logind session of type x11 or wayland) logind's IdleHint, else the
 * X screensaver extension (when built with libXss); inside tmux ($TMUX) the
 * last activity of its clients; else the user's terminals in utmp other
 * than own_tty. own_tty (the terminal we run in) never counts: it is read
 * only when an offer is answered, so it looks idle while the user works
 * elsewhere. Where no source can see the user, source is IDLE_NONE and
 * away_s 0. logind's LockedHint is read in every case. Helper programs run
 * with a deadline (child.h); never fails.
 */
void idle_check(const char *own_tty, time_t now, struct idle_report *r);

/* Seconds since the last access of the terminal device at path, or -1 when it cannot be read. */
long idle_tty_seconds(const char *path, time_t now);

/* Seconds from `since` (an outside clock's time) to now: 0 for a time to come, clamped to IDLE_MAX_S (sets *clamped). */
long idle_since(time_t since, time_t now, bool *clamped);

/* Whether the remind pane is in view: false inside a tmux session with no client attached. */
bool idle_tmux_attached(void);

#endif
