/* idle.c — time away from the keyboard: logind, the X screensaver, tmux, utmp. */
#include "idle.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utmpx.h>
#ifdef HAVE_XSS
#include <dlfcn.h>
#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
#endif

#include "child.h"
#ifdef HAVE_XSS
#include "loadsym.h"
#endif

/* How long loginctl or tmux may take before it is given up on, in milliseconds. */
#define IDLE_CHILD_MS 1000

long
idle_since(time_t since, time_t now, bool *clamped)
{
	if (since >= now)
		return 0;
	if (now - since > IDLE_MAX_S) {
		*clamped = true;
		return IDLE_MAX_S;
	}
	return (long)(now - since);
}

long
idle_tty_seconds(const char *path, time_t now)
{
	struct stat st;

	if (path == NULL || stat(path, &st) != 0 || !S_ISCHR(st.st_mode))
		return -1;
	return st.st_atime >= now ? 0 : (long)(now - st.st_atime);
}

/* The shortest idle time over the user's terminals in utmp but own_tty; -1 when there are none. */
static long
ttys_idle(const char *own_tty, time_t now)
{
	struct passwd *pw = getpwuid(getuid());
	long best = -1;
	struct utmpx *u;

	if (pw == NULL)
		return -1;
	setutxent();
	while ((u = getutxent()) != NULL) {
		char path[sizeof u->ut_line + 8];
		long s;

		if (u->ut_type != USER_PROCESS || strncmp(u->ut_user, pw->pw_name, sizeof u->ut_user) != 0)
			continue;
		snprintf(path, sizeof path, "/dev/%.*s", (int)sizeof u->ut_line, u->ut_line);
		if (own_tty != NULL && strcmp(path, own_tty) == 0)
			continue;
		if ((s = idle_tty_seconds(path, now)) >= 0 && (best < 0 || s < best))
			best = s;
	}
	endutxent();
	return best;
}

/* The value of "KEY=" in a helper's output, or NULL. */
static const char *
prop(const char *out, const char *key)
{
	size_t n = strlen(key);

	for (const char *p = out; p != NULL && *p != '\0'; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, key, n) == 0 && p[n] == '=')
			return p + n + 1;
	return NULL;
}

/*
 * logind's view: 0 with *idle_s (0 when active), *locked and *desktop (an
 * x11 or wayland session), or -1 when it has no word on us.
 */
static int
logind_idle(time_t now, struct idle_report *r, long *idle_s, bool *desktop)
{
	const char *id = getenv("XDG_SESSION_ID");
	static char cmd[] = "loginctl", show[] = "show-session", auto_id[] = "auto", opt[] = "-p",
	    ih[] = "IdleHint", ish[] = "IdleSinceHint", lh[] = "LockedHint", ty[] = "Type";
	char *argv[] = { cmd, show, id && *id ? (char *)id : auto_id, opt, ih, opt, ish, opt, lh,
	    opt, ty, NULL };
	char out[512];
	const char *idle, *since, *lock, *type;

	if (child_read(argv, out, sizeof out, IDLE_CHILD_MS) < 0)
		return -1;
	idle = prop(out, "IdleHint");
	since = prop(out, "IdleSinceHint");
	lock = prop(out, "LockedHint");
	type = prop(out, "Type");
	if (idle == NULL || lock == NULL)
		return -1;
	r->locked = strncmp(lock, "yes", 3) == 0;
	*desktop = type != NULL && (strncmp(type, "x11", 3) == 0 || strncmp(type, "wayland", 7) == 0);
	*idle_s = 0;
	if (strncmp(idle, "yes", 3) == 0 && since != NULL) {
		long long us = strtoll(since, NULL, 10);

		if (us > 0)
			*idle_s = idle_since((time_t)(us / 1000000), now, &r->clamped);
	}
	return 0;
}

#ifdef HAVE_XSS
/*
 * libXss and Xlib, loaded at the first look (dlopen) rather than linked: only
 * remind on an X desktop uses them, and a session should not carry them.
 */
struct xss_api {
	Display *(*open_display)(const char *);
	int (*close_display)(Display *);
	int (*free)(void *);
	Bool (*query_extension)(Display *, int *, int *);
	XScreenSaverInfo *(*alloc_info)(void);
	Status (*query_info)(Display *, Drawable, XScreenSaverInfo *);
};

/* The loaded API, or NULL when libXss cannot be loaded (tried once). */
static const struct xss_api *
xss_load(void)
{
	static struct xss_api api;
	static int state;   /* 0 not tried, 1 loaded, -1 not there */
	void *h;

	if (state != 0)
		return state > 0 ? &api : NULL;
	state = -1;
	if ((h = dlopen("libXss.so.1", RTLD_NOW | RTLD_LOCAL)) == NULL)
		return NULL;
	if (loadsym(h, "XOpenDisplay", &api.open_display, sizeof api.open_display) != 0 ||
	    loadsym(h, "XCloseDisplay", &api.close_display, sizeof api.close_display) != 0 ||
	    loadsym(h, "XFree", &api.free, sizeof api.free) != 0 ||
	    loadsym(h, "XScreenSaverQueryExtension", &api.query_extension,
	    sizeof api.query_extension) != 0 ||
	    loadsym(h, "XScreenSaverAllocInfo", &api.alloc_info, sizeof api.alloc_info) != 0 ||
	    loadsym(h, "XScreenSaverQueryInfo", &api.query_info, sizeof api.query_info) != 0) {
		dlclose(h);
		return NULL;
	}
	state = 1;
	return &api;
}
#endif

/* The X screensaver's idle time in seconds, or -1 (no libXss, no display). */
static long
xss_idle(bool *clamped)
{
#ifdef HAVE_XSS
	const struct xss_api *x = xss_load();
	Display *d;
	XScreenSaverInfo *info;
	int ev, er;
	long s = -1;

	if (x == NULL || (d = x->open_display(NULL)) == NULL)
		return -1;
	if (x->query_extension(d, &ev, &er) && (info = x->alloc_info()) != NULL) {
		if (x->query_info(d, DefaultRootWindow(d), info))
			s = (long)(info->idle / 1000);
		x->free(info);
	}
	x->close_display(d);
	if (s > IDLE_MAX_S) {
		*clamped = true;
		s = IDLE_MAX_S;
	}
	return s;
#else
	(void)clamped;
	return -1;
#endif
}

/* Seconds since the last key in any client of our tmux server; -1 when none is attached. */
static long
tmux_idle(time_t now, bool *clamped)
{
	static char cmd[] = "tmux", lc[] = "list-clients", f[] = "-F", fmt[] = "#{client_activity}";
	char *argv[] = { cmd, lc, f, fmt, NULL };
	char out[1024];
	long long last = -1;

	if (child_read(argv, out, sizeof out, IDLE_CHILD_MS) < 0)
		return -1;
	for (char *p = out; *p != '\0'; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : p + strlen(p)) {
		char *end;
		long long t = strtoll(p, &end, 10);

		if (end != p && t > last)
			last = t;
	}
	return last > 0 ? idle_since((time_t)last, now, clamped) : -1;
}

bool
idle_tmux_attached(void)
{
	static char cmd[] = "tmux", lc[] = "list-clients", t[] = "-t", f[] = "-F", fmt[] = "#{client_name}";
	const char *pane = getenv("TMUX_PANE");
	char *argv[] = { cmd, lc, t, pane ? (char *)pane : cmd, f, fmt, NULL };
	char out[256];

	if (getenv("TMUX") == NULL || pane == NULL)
		return true;
	/* a tmux that cannot answer is given the benefit of the doubt */
	return child_read(argv, out, sizeof out, IDLE_CHILD_MS) < 0 || out[0] != '\0';
}

static bool
env_set(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0';
}

void
idle_check(const char *own_tty, time_t now, struct idle_report *r)
{
	bool graphical = env_set("DISPLAY") || env_set("WAYLAND_DISPLAY"), desktop = false;
	long li = 0, s;

	memset(r, 0, sizeof *r);
	r->logind = logind_idle(now, r, &li, &desktop) == 0;
	if (r->logind && (graphical || desktop)) {
		r->source = IDLE_LOGIND;
		r->away_s = li;
	} else if (env_set("DISPLAY") && (s = xss_idle(&r->clamped)) >= 0) {
		r->source = IDLE_XSS;
		r->away_s = s;
	} else if (graphical || desktop) {
		/* the user may be busy outside every terminal: a terminal cannot say they are away */
		r->source = IDLE_NONE;
	} else if (env_set("TMUX") && (s = tmux_idle(now, &r->clamped)) >= 0) {
		r->source = IDLE_TMUX;
		r->away_s = s;
	} else if ((s = ttys_idle(own_tty, now)) >= 0) {
		r->source = IDLE_UTMP;
		r->away_s = s;
	}
	if (r->away_s > IDLE_MAX_S) {
		r->away_s = IDLE_MAX_S;
		r->clamped = true;
	}
}
