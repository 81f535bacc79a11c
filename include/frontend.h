/* frontend.h — what a front end (plain or curses) does for a session run. */
#ifndef SC_FRONTEND_H
#define SC_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"
#include "clock.h"
#include "config.h"
#include "session.h"

/*
 * An entry the main menu shows above its own ones: today's programme step,
 * or a suggestion drawn from the history. Strings are borrowed.
 */
struct frontend_lead {
	const char *label;               /* one line */
	const char *desc;                /* what it is and why; "" for nothing more */
	const struct routine *routine;   /* what picking it starts; NULL: it only shows desc */
	bool open_on;                    /* the menu opens with this entry chosen and desc shown */
	/* with no routine: picking it calls act(arg), and shows the sentence act returns */
	const char *(*act)(void *arg);
	void *arg;
};
#define FRONTEND_LEADS 3

struct today_needs;

/* Settings every front end honours (from the command line and config). */
struct run_opts {
	int speed;            /* 1..1000 */
	int breath_in;        /* seconds */
	int breath_out;
	bool bell;            /* ring at hold start, switch sides, the end */
	enum config_sound sound; /* how events sound; CONFIG_SOUND_OFF when bell is false */
	bool color;           /* false for --no-color or NO_COLOR */
	bool checkin;         /* ask for tension before and after */
	const char *say;      /* speech command, or NULL */
	const char *say_voice; /* words before each cue (config say_voice), or NULL for the language's */
	bool kneel;           /* false: no kneeling stretches (--no-kneel, config "kneel") */
	bool floor;           /* false: no floor stretches (--no-floor, config "floor") */
	unsigned conditions;  /* COND_*: leave out stretches to avoid with them */
	/* stretches marked "hurt" in the last week: menus flag routines with them */
	const char *const *hurt;
	size_t nhurt;
	/*
	 * What runs today (today.h): every screen plans a routine with these
	 * needs through today_plan(), borrowed (NULL: routines as written).
	 * bring_back (when not NULL) brings stretches left out or swapped for
	 * hurting back from the next run, and returns the sentence to show.
	 */
	const struct today_needs *today;
	const char *(*bring_back)(void *arg, const char *const *ids, size_t n);
	void *bring_arg;
	/* the main menu's first entries, in order */
	struct frontend_lead lead[FRONTEND_LEADS];
	size_t nlead;
	/* the first-visit answers (config "profile"): menus mark what suits them; NULL for none */
	const struct profile *profile;
	/* the last check-in's answers (-1: none lately): where the check-in starts */
	int last_before, last_after;
	/* one routine from the command line (run ROUTINE): no menu to go back to, so q on the
	   safety page (PAGE_QUITS) and the check-in before the session ends the program, and
	   their keys say quit */
	bool no_menu;
};

/* How a page is shown (frontend_ops.page). */
enum {
	PAGE_GATE = 1u << 0,      /* Enter goes on, q goes back; the answer is returned */
	PAGE_VERBATIM = 1u << 1,  /* a report: each line as it is, not joined into paragraphs */
	PAGE_NOTE = 1u << 2,      /* a note read on the way: Enter and q both go on (PAGE_ON) */
	PAGE_QUITS = 1u << 3,     /* with PAGE_GATE: q ends the program here (no menu), its key says quit */
};
enum page_exit { PAGE_BACK, PAGE_ON };

/* What the check-in returns besides 0..10. */
enum { CHECKIN_SKIP = -1, CHECKIN_BACK = -2 };

/* What the summary shows beside the session, and what comes after it. */
struct summary_info {
	int before, after;    /* the check-ins, -1 when not given */
	int streak;           /* days in a row now, -1 when unknown */
	bool to_menu;         /* Enter goes back to a menu (else it ends the program) */
	const char *programme; /* the programme day this session did ("...: Day 1 of 14 done ..."), or NULL */
	const char *rose;     /* tension went up after this routine lately: what to do, or NULL */
};
enum summary_exit { SUMMARY_MENU, SUMMARY_QUIT };

/*
 * A question on a screen of its own, answered with one key (the first-visit
 * questions, the next-day check). Strings are borrowed and already safe.
 */
struct frontend_question {
	const char *title;
	const char *const *lines;     /* the question, then what it is for */
	size_t nlines;
	const char *const *answers;   /* the answers, in order */
	size_t nanswers;
	const char *keys;             /* one key a answer ("bsw"); digits 1.. pick them too */
	const char *skip;             /* what Esc does ("skip", "back") */
	/*
	 * One of a row of questions (the first-visit ones): Left, Backspace and b
	 * go back to the one before (ASK_PREV), Right and s skip this one
	 * (ASK_SKIP), Esc and q leave them all (ASK_LEAVE).
	 */
	bool steps;
	int given;                    /* with steps: the answer given before (marked, highlighted first), -1 none */
	/*
	 * A checklist: bit i set when answer i is marked. Space, a digit or an
	 * answer's key marks or clears it (the last answer, "none of these",
	 * clears the others); Enter takes the marks (0), or the highlighted
	 * answer alone when none is marked. NULL: one answer is picked.
	 */
	unsigned *marks;
	bool first;                   /* with steps: the first question, with none before it */
	const char *const *after;     /* lines under the answers, read before answering (red flags) */
	size_t nafter;
};
/* What ask returns besides an answer's index. */
enum { ASK_SKIP = -1, ASK_PREV = -2, ASK_LEAVE = -3 };

/* What the Build screen ends with. */
enum build_exit { BUILD_BACK, BUILD_RUN, BUILD_RUN_SAVED };
struct build_request;
struct built;

/* The most bytes frontend_read_line() reads looking for a newline. */
#define FRONTEND_LINE_MAX 4096

/*
 * Read one line from standard input without stdio buffering (so poll() on
 * fd 0 stays truthful), without its newline; bytes past size - 1 are
 * dropped. Returns its length, or -1 at the end of input, when a
 * terminating signal arrived, or after FRONTEND_LINE_MAX bytes without a
 * newline (endless input such as /dev/zero is no one typing).
 */
int frontend_read_line(char *buf, size_t size);

/* What runs today of r for o (today.h; o->today NULL: r as written). Free with today_free(). */
struct today *frontend_today(const struct run_opts *o, const struct routine *r);
/*
 * Leave out of list (n routines, order kept) those of which nothing runs for
 * o's conditions and settings (TODAY_NONE_SUITS); returns how many stay (k),
 * *dropped gets how many went, and they follow in list[k..n-1].
 */
size_t frontend_drop_unsuited(const struct run_opts *o, const struct routine **list, size_t n,
    size_t *dropped);
/*
 * The line under a list that left the n routines gone out, into buf: which
 * (named when few and not brief, else counted), why in words, and where the
 * health conditions change.
 */
const char *frontend_dropped_line(const struct run_opts *o, const struct routine *const *gone,
    size_t n, bool brief, char *buf, size_t size);
/*
 * Order the n routines of a list of scope: in the Morning and Evening lists
 * those of that time of day before the any-time ones; within each group
 * those that suit o->profile first, the order otherwise kept.
 */
void frontend_order(const struct run_opts *o, const struct routine **list, size_t n, int scope);
struct profile;
/* True when routine r suits o->profile, the first-visit answers (the menus say "suits you"). */
bool frontend_routine_suits(const struct run_opts *o, const struct routine *r);

/* Unusable answers in a row after which plain mode stops reading input. */
#define FRONTEND_UNUSABLE_MAX 5
/*
 * Count an answer no prompt could use (yes | stretchcoach answers "y" for
 * ever). At FRONTEND_UNUSABLE_MAX in a row, say so once on stderr and give
 * input up: frontend_read_line() then reports the end of input, prompts
 * take their way back, and the program exits 65 (frontend_input_given_up).
 * Returns true once input is given up.
 */
bool frontend_unusable_answer(void);
/* A usable answer: the count starts again. */
void frontend_usable_answer(void);
/* True once frontend_unusable_answer() gave input up. */
bool frontend_input_given_up(void);

/* True when the stretch with this id was marked hurt lately (and not brought back). */
bool frontend_stretch_hurt(const struct run_opts *o, const char *id);
/* True when routine r has a stretch in o->hurt; *which (if not NULL) gets its name. */
bool frontend_routine_hurt(const struct run_opts *o, const struct routine *r,
    const char **which);

/* The summary's tension line, "6 -> 3" with arrow between ("-" for a skipped check-in). */
char *frontend_tension_text(char *buf, size_t size, int before, int after, const char *arrow);
/* The summary's streak line: "4 days in a row". */
char *frontend_streak_text(char *buf, size_t size, int streak);
struct session;
/*
 * The line both front ends show for `h`, naming the stretch session_hurt()
 * marks; call it before session_hurt(). Written into buf.
 */
void frontend_hurt_message(char *buf, size_t size, const struct session *s);
/*
 * The summary's time, for both front ends: "5:02 (planned 5:43, 4:33 of it
 * stretching)", with "simulated at 10x speed" when speed is not 1.
 */
void frontend_time_line(char *buf, size_t size, const struct session *s, int64_t now,
    long span_s, int speed);
/*
 * The question after "it hurts" (both front ends): call it after
 * session_hurt() marked item. lines (the question) and answers are owned,
 * after (the red flags) borrowed; answers go with keys ("swg": stop, go on
 * without, go on as planned; "sg" when nothing loads the back the same
 * way). Free with frontend_hurt_ask_done().
 */
#define FRONTEND_KEY_ESC 27
struct frontend_hurt_ask {
	char *lines[2];
	size_t nlines;
	char *answers[3];
	size_t nanswers;
	char keys[4];
	const char *after[4];
	size_t nafter;
	size_t nalike;      /* stretches "go on without" leaves out */
};
void frontend_hurt_ask_init(struct frontend_hurt_ask *a, const struct session *s, size_t item);
void frontend_hurt_ask_done(struct frontend_hurt_ask *a);
/* The choice answer (an index into answers; out of range: go on as planned) gives. */
enum after_hurt frontend_hurt_choice(const struct frontend_hurt_ask *a, int answer);
/* The keys line under the question. */
const char *frontend_hurt_ask_keys(const struct frontend_hurt_ask *a);
/* The choice a key gives (s, w, g, 1-3; Enter, space and Esc go on as planned), or AFTER_HURT_NONE. */
enum after_hurt frontend_hurt_answer(const struct frontend_hurt_ask *a, int key);
/*
 * The summary's advice after a stretch hurt (safety_hurt_lines()), without
 * its "Stopped." line when the session went on: *n lines, static.
 */
const char *const *frontend_summary_advice(const struct session *s, size_t *n);
/* The summary's sentence about what was chosen after "it hurts" (malloc'd), or NULL. */
char *frontend_after_hurt_text(const struct session *s);
/* The names of the stretches of s in state st, joined with ", " (malloc'd); *count gets how many. */
char *frontend_state_names(const struct session *s, enum item_state st, size_t *count);
/* The line for `n`, before session_skip(): the rest or the stretch it skips. */
void frontend_skip_message(char *buf, size_t size, const struct session *s);

enum menu_scope { MENU_MAIN, MENU_MORNING, MENU_EVENING, MENU_ALL };
struct home_row;

/* What the user picked in a menu. */
enum menu_choice {
	CHOICE_ROUTINE,   /* *routine is set */
	CHOICE_QUIT,      /* q / end of input */
	CHOICE_SCREEN,    /* main menu: a row that opens a page or a form; *row is set */
	CHOICE_SIGNAL,    /* a terminating signal arrived; see frontend_signal() */
};

/*
 * A front end is a set of operations over its own state (ctx). cmd_run.c
 * drives either one through the same flow: menu, check-in, coaching,
 * check-in, summary, close. Each operation returns promptly once a
 * terminating signal has been noted (frontend_signal() != 0).
 */
struct frontend_ops {
	/*
	 * Show the menu for scope and return what was picked; with a routine,
	 * *from gets the menu of routines it was picked in; with CHOICE_SCREEN,
	 * *row the main-menu row (home.h) picked.
	 */
	enum menu_choice (*choose)(void *ctx, const struct catalogue *c,
	    enum menu_scope scope, const struct routine **routine, enum menu_scope *from,
	    const struct home_row **row);
	/*
	 * Ask "How does your back feel? 0-10" (after: at the end). Returns 0..10,
	 * CHECKIN_SKIP, or (before only) CHECKIN_BACK: back to the menu.
	 */
	int (*checkin)(void *ctx, bool after);
	/*
	 * Show `lines` (safety notes, history report) until the user leaves; `how`
	 * holds PAGE_* bits. Returns PAGE_ON, or PAGE_BACK when a gate was left
	 * with q (a page that is not a gate always returns PAGE_BACK).
	 */
	enum page_exit (*page)(void *ctx, const char *title, const char *const *lines, size_t n,
	    unsigned how);
	/*
	 * Coach the user through s until it finishes, is quit, or a signal
	 * arrives. clk maps real time to session time. Returns 0, or the signal
	 * number that ended it (the session is then quit at that moment).
	 */
	int (*coach)(void *ctx, struct session *s, const struct vclock *clk);
	/*
	 * Show the closing summary of a finished session. span_s is the
	 * session's own time, first hold to last (session_span_ms()): real
	 * seconds at speed 1, simulated ones at any other speed. Returns
	 * SUMMARY_MENU for Enter when info->to_menu, else SUMMARY_QUIT.
	 */
	enum summary_exit (*summary)(void *ctx, const struct session *s, int64_t now, long span_s,
	    const struct summary_info *info);
	/*
	 * The Build screen: change req, see the routine it makes, save it under a
	 * name (*saved set when anything in the user catalogue changed). Returns
	 * BUILD_RUN with *out (the caller's to built_free()) to run it,
	 * BUILD_RUN_SAVED with *run_id (the caller's to free) to run a saved
	 * routine picked in My routines, or BUILD_BACK.
	 */
	enum build_exit (*build)(void *ctx, const struct catalogue *c, struct build_request *req,
	    struct built **out, bool *saved, char **run_id);
	/*
	 * Ask q and return the index of the answer picked, or ASK_SKIP for Esc
	 * (and q), the end of input or a terminating signal; with q->steps also
	 * ASK_PREV, and ASK_LEAVE for Esc, q and the end of input.
	 */
	int (*ask)(void *ctx, const struct frontend_question *q);
	/* Print a one-line note to the user (e.g. "history saved", an error) at the right moment. */
	void (*note)(void *ctx, const char *msg);
	/*
	 * The main menu's lead entries again (run_opts.lead): today's programme
	 * step changes with a session done or an answer to the next-day check.
	 */
	void (*leads)(void *ctx, const struct frontend_lead *lead, size_t n);
	/* Restore the terminal and free ctx. */
	void (*close)(void *ctx);
};

/* What a front end's leads() does with its copy of the run options. */
static inline void
frontend_set_leads(struct run_opts *o, const struct frontend_lead *lead, size_t n)
{
	o->nlead = n < FRONTEND_LEADS ? n : FRONTEND_LEADS;
	for (size_t i = 0; i < o->nlead; i++)
		o->lead[i] = lead[i];
}

struct frontend {
	const struct frontend_ops *ops;
	void *ctx;
};

/* The plain, line-oriented front end (stdout not a terminal, --plain, screen readers). */
struct frontend frontend_plain(const struct run_opts *o);
/*
 * The curses front end. Returns 0 with *fe set, or -1 with *cause set (the
 * caller frees) when the terminal cannot host it (unknown TERM, say).
 */
int frontend_curses(const struct run_opts *o, struct frontend *fe, char **cause);

/*
 * Terminating signals (INT, TERM, HUP, QUIT, USR1, USR2, ALRM, VTALRM, PROF,
 * XCPU; one already ignored when we start stays so). The handlers only record the signal;
 * front ends poll frontend_signal() and leave through their normal path.
 */
void frontend_signals_install(void);
int frontend_signal(void);
/* Note sig as if it had arrived (the terminal hung up while SIGHUP is ignored). */
void frontend_signal_note(int sig);
/* Restore the default action and raise the noted signal again, so the shell sees it. */
void frontend_signal_reraise(int sig);

#endif
