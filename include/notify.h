/* notify.h — desktop notifications through the freedesktop service (notify-send). */
#ifndef SC_NOTIFY_H
#define SC_NOTIFY_H

/* What the user chose on the notification. */
enum notify_answer {
	NOTIFY_PENDING,   /* nothing yet */
	NOTIFY_START,
	NOTIFY_SNOOZE,
	NOTIFY_SKIP,
	NOTIFY_CLOSED,    /* dismissed without an action */
	NOTIFY_FAILED,    /* notify-send could not show it (its words in notify_problem()) */
};

struct notify;

/*
 * NULL when a desktop can be reached (DISPLAY, WAYLAND_DISPLAY or a session
 * bus in DBUS_SESSION_BUS_ADDRESS), else "no graphical session".
 */
const char *notify_unavailable(void);

/*
 * Show a notification with title and body (plain text; markup is escaped)
 * and the actions Start, the snooze label and Skip, through `notify-send
 * --wait`. Returns NULL with *cause set (caller frees) when notify-send
 * cannot be run. Close it with notify_close().
 */
struct notify *notify_show(const char *title, const char *body, const char *snooze_label,
    char **cause);

/* The descriptor to poll for the answer. */
int notify_fd(const struct notify *n);

/* Read what arrived on notify_fd() and return the answer once it is known. */
enum notify_answer notify_read(struct notify *n);

/* notify-send's own words when it failed, such as "Failed to connect to proxy" ("" when it said nothing). */
const char *notify_problem(const struct notify *n);

/* Stop waiting (the terminal answered first) and free n; NULL is fine. */
void notify_close(struct notify *n);

#endif
