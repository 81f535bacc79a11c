/* config.h — the user's settings file and where each setting came from. */
#ifndef SC_CONFIG_H
#define SC_CONFIG_H

#include <stdbool.h>

struct diag;

enum config_source { SRC_DEFAULT, SRC_FILE, SRC_ENV, SRC_CLI };

enum config_key {
	CFG_BREATH, CFG_BELL, CFG_COLOR, CFG_CHECKIN, CFG_BUILD_MINUTES, CFG_SAY,
	CFG_REMIND_EVERY, CFG_NKEYS,
};

/* The settings of DESIGN.md's config contract. Owns `say`. */
struct config {
	int breath_in, breath_out;   /* seconds */
	bool bell, color, checkin;
	int build_minutes;           /* 1..60 */
	char *say;                   /* speech command, or NULL */
	int remind_every;            /* seconds, 60..28800 */
	enum config_source source[CFG_NKEYS];
};

/* Fill c with the defaults (4:6 breath, bell, colour, check-ins, 10 min, 45 min reminders). */
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

/* Parse a duration like "45m", "1h30m", "90s" or "2h" into seconds; -1 when malformed. */
long config_parse_duration(const char *s);

/* The config key's name as written in the file, and a source's words ("config file"...). */
const char *config_key_name(enum config_key k);
const char *config_source_name(enum config_source s);

#endif
