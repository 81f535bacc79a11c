/* idle.h — how long the user has been away from the keyboard, and whether the screen is locked. */
#ifndef SC_IDLE_H
#define SC_IDLE_H

#include <stdbool.h>
#include <time.h>

/* What idle_check() found. */
struct idle_report {
	long away_s;        /* seconds since the user last touched a terminal or the desktop; 0 when unknown */
	bool locked;        /* logind says the session's screen is locked */
	bool logind;        /* systemd-logind answered for this session */
};

/*
 * Find how long the user has been idle at `now`, as w(1) computes IDLE:
 * the time since the last access of each of the user's terminals in utmp
 * and of own_tty (the terminal we run in, or NULL), the most recent one
 * winning. Where systemd-logind knows the session (loginctl), its
 * IdleHint and LockedHint are read too; in a graphical session (DISPLAY or
 * WAYLAND_DISPLAY) only logind's word counts, since the user may be busy
 * outside every terminal. Never fails: what cannot be read counts as
 * "not away".
 */
void idle_check(const char *own_tty, time_t now, struct idle_report *r);

/* Seconds since the last access of the terminal device at path, or -1 when it cannot be read. */
long idle_tty_seconds(const char *path, time_t now);

#endif
