/* profile.h — what the person said about their back, and which moves suit it. */
#ifndef SC_PROFILE_H
#define SC_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

struct routine;
struct stretch;

/*
 * The first-visit answers. They are preferences that steer what is offered,
 * never a diagnosis. Zero means "not answered".
 */
enum profile_area {
	PROFILE_AREA_NONE, PROFILE_LOWER_BACK, PROFILE_NECK_SHOULDERS, PROFILE_BOTH,
	PROFILE_GENERAL,
};
enum profile_eases {
	PROFILE_EASES_NONE, PROFILE_EASES_FORWARD, PROFILE_EASES_BACKWARD, PROFILE_EASES_NEITHER,
};
#define PROFILE_AREA_COUNT 5
#define PROFILE_EASES_COUNT 4

struct profile {
	enum profile_area area;
	int leg;                  /* symptoms below the knee: 1 yes, 0 no, -1 not answered */
	enum profile_eases eases;
};

/* An unanswered profile. */
void profile_init(struct profile *p);
/* True when any of the questions was answered (each can be skipped). */
bool profile_given(const struct profile *p);

/*
 * The conditions routines are adapted for: conds (COND_*) and, when
 * symptoms go below the knee, COND_LEG (conditions.h).
 */
unsigned profile_conditions(const struct profile *p, unsigned conds);

/* The names the config file uses ("lower-back", "bending-backward"...), and back (-1 when unknown). */
const char *profile_area_name(enum profile_area a);
int profile_area_parse(const char *s);
const char *profile_eases_name(enum profile_eases e);
int profile_eases_parse(const char *s);

/*
 * Which way a stretch moves the spine: 1 into extension (bending backward),
 * -1 into flexion (bending forward), 0 neither or both: read from the
 * stretch's "movement" (spine), the same facts the condition rules read.
 */
int profile_direction(const struct stretch *s);
/* The sum of profile_direction() over a routine's stretches: above 0 extension-biased. */
int profile_routine_bias(const struct routine *r);

/*
 * How well a stretch fits p, higher first: the direction that eases, the
 * area named, and gentle, nerve-friendly moves when symptoms reach below
 * the knee. 0 for an unanswered profile.
 */
int profile_stretch_weight(const struct profile *p, const struct stretch *s);
/* The builder's weight hook: arg is a const struct profile *. */
int profile_weigh(const struct stretch *s, const void *arg);
/* True when routine r fits the answers in p (the menus mark it "suits you"). */
bool profile_routine_suits(const struct profile *p, const struct routine *r);
/*
 * True when routine r, as it runs today for needs n (today_plan(): the
 * conditions, settings and what hurt lately), fits the answers in p: what
 * the menus mark "suits you", judged on what runs, not on r as written.
 */
struct today_needs;
bool profile_suits_today(const struct profile *p, const struct routine *r,
    const struct today_needs *n);
/*
 * Reorder the n routines in list so that those that suit p today (for n, as
 * profile_suits_today() judges) come first, each group in the order it had
 * (a stable partition); p NULL or unanswered leaves list as it is. The
 * menus list routines this way.
 */
void profile_suiting_first(const struct profile *p, const struct routine **list, size_t n,
    const struct today_needs *needs);

/*
 * Write p into the config file at path as its "profile" key, and when conds
 * is not NULL the COND_* set it points at as "conditions", keeping every
 * other key as it is: written to a temporary file beside it, then renamed,
 * so the old file stays whole if anything fails. A file that does not read
 * as a JSON object is left alone. Returns 0, or -1 with *cause set (caller frees).
 */
int profile_save(const char *path, const struct profile *p, const unsigned *conds,
    char **cause);

#endif
