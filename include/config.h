/* config.h — the user's settings file and where each setting came from. */
#ifndef SC_CONFIG_H
#define SC_CONFIG_H

#include <stdbool.h>

#include "profile.h"
#include "schedule.h"

struct diag;

enum config_source { SRC_DEFAULT, SRC_FILE, SRC_ENV, SRC_CLI };

enum config_key {
	CFG_BREATH, CFG_BELL, CFG_COLOR, CFG_CHECKIN, CFG_BUILD_MINUTES, CFG_SAY,
	CFG_REMIND_EVERY, CFG_REMIND_SNOOZE, CFG_AWAY_AFTER, CFG_REMIND_HOURS, CFG_REMIND_DAYS,
	CFG_NOTIFY, CFG_SOUND, CFG_KNEEL, CFG_FLOOR, CFG_CONDITIONS, CFG_SAY_VOICE, CFG_EQUIPMENT,
	CFG_PROFILE,
	CFG_NKEYS,
};

/* How session events sound: the freedesktop sound theme, the terminal bell, or nothing. */
enum config_sound { CONFIG_SOUND_THEME, CONFIG_SOUND_BELL, CONFIG_SOUND_OFF };

/* The one range of every duration setting (--every, --snooze, remind_every...). */
#define CONFIG_DURATION_MIN_S 10
#define CONFIG_DURATION_MAX_S (24 * 3600)

/* The settings of DESIGN.md's config contract. Owns `say` and `say_voice`. */
struct config {
	int breath_in, breath_out;   /* seconds */
	bool bell, color, checkin;
	int build_minutes;           /* 1..60 */
	char *say;                   /* speech command, or NULL */
	char *say_voice;             /* words before each cue for `say` ("-l de"), or NULL: espeak-ng gets -v LANG */
	int remind_every;            /* seconds, CONFIG_DURATION_MIN_S..MAX_S */
	int remind_snooze;           /* seconds, same range; never used longer than the interval */
	int away_after;              /* seconds away that count as a break */
	struct schedule hours;       /* remind_hours and remind_days: when reminders run */
	bool notify;                 /* desktop notifications from remind */
	enum config_sound sound;     /* "theme", "bell" or "off" */
	bool kneel, floor;           /* false: swap kneeling / floor stretches for easier ones */
	unsigned conditions;         /* COND_* (catalogue.h): leave out what they should avoid */
	unsigned equipment;          /* EQUIP_* the user has at hand (build uses them) */
	struct profile profile;      /* the first-visit answers ("profile"); unanswered by default */
	enum config_source source[CFG_NKEYS];
};

/*
 * Fill c with the defaults (4:6 breath, bell, colour, check-ins, 10 min,
 * reminders every 45 min, snooze 10 min, 5 min away counts, any hour and day,
 * notifications on, the sound theme, kneeling and floor work allowed, no
 * conditions).
 */
void config_defaults(struct config *c);

/*
 * Read the config file at path over the defaults in c. A missing file is
 * fine (returns 0). Every invalid value is reported into d as the catalogue
 * loader does ("FILE: breath: inhale must be an integer 1..30, got 0");
 * returns -1 when there was any error.
 */
int config_load(struct config *c, const char *path, struct diag *d);

/* Release what c owns. */
void config_done(struct config *c);

/*
 * Parse a duration like "45m", "1h30m", "90s" or "2h" into seconds: whole
 * numbers each followed by h, m or s, in that order, each unit at most once,
 * no spaces or signs. -1 when malformed.
 */
long config_parse_duration(const char *s);
/* A duration setting: its seconds when well-formed and 10 s..24 h, else -1. */
long config_duration(const char *s);

/* The words for a sound mode ("theme", "bell", "off"), and back (-1 when unknown). */
const char *config_sound_name(enum config_sound s);
int config_sound_parse(const char *s);

/* The config key's name as written in the file, and a source's words ("config file"...). */
const char *config_key_name(enum config_key k);
const char *config_source_name(enum config_source s);

/* How a key's value is written in the file. */
enum config_type {
	CONFIG_FLAG,       /* true or false (a bool) */
	CONFIG_WHOLE,      /* an integer lo..hi (an int) */
	CONFIG_DURATION,   /* "45m", CONFIG_DURATION_MIN_S..MAX_S (an int, seconds) */
	CONFIG_TEXT,       /* a string of lo.. bytes (..hi when hi > 0), safe for a terminal (a char *) */
	CONFIG_WORD,       /* a string the row's word() accepts */
	CONFIG_NAMES,      /* a list of names the row's names() knows (an unsigned set of bits) */
	CONFIG_OBJECT,     /* an object the row's object() reads, and reports on itself */
};

/* How `stretchcoach config` shows a key's value. */
enum config_show {
	CONFIG_SHOW_ON_OFF, CONFIG_SHOW_YES_NO, CONFIG_SHOW_MINUTES, CONFIG_SHOW_DURATION,
	CONFIG_SHOW_TEXT, CONFIG_SHOW_HOURS, CONFIG_SHOW_DAYS, CONFIG_SHOW_SOUND,
	CONFIG_SHOW_BREATH, CONFIG_SHOW_EQUIPMENT, CONFIG_SHOW_CONDITIONS, CONFIG_SHOW_PROFILE,
};

struct cJSON;
/*
 * One config key: the one list of them. config_load() reads through it,
 * `stretchcoach config` prints through it, the man page's CONFIGURATION
 * names each (tests/cli/docs.sh), and nothing else lists the keys.
 */
struct config_key_info {
	const char *name;          /* as written in the file */
	enum config_type type;
	int lo, hi;                /* CONFIG_WHOLE: bounds; CONFIG_TEXT: length bounds */
	const char *help;          /* what the value must be (N_(); said after the key in an error) */
	enum config_show show;
	const char *none;          /* shown when unset (N_() or NC_()), or NULL */
	size_t offset;             /* where the value lives in struct config */
	int (*word)(struct config *c, const char *s);             /* CONFIG_WORD: 0, or -1 */
	int (*names)(const char *s, unsigned *bit);                /* CONFIG_NAMES: 0, or -1 */
	/* CONFIG_OBJECT: true when read; false after reporting why into d ("FILE: KEY ...") */
	bool (*object)(struct config *c, const struct cJSON *v, const char *file, struct diag *d);
	const char *none_ctx;      /* the context none is marked under with NC_(), or NULL */
};
/* Key k's row. */
const struct config_key_info *config_key_info(enum config_key k);
/* The key named name, or -1 when there is none. */
int config_key_find(const char *name);

#endif
