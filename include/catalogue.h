/* catalogue.h — the immutable model of stretches and routines. */
#ifndef SC_CATALOGUE_H
#define SC_CATALOGUE_H

#include <stdbool.h>
#include <stddef.h>

struct diag;

enum stretch_kind { KIND_STATIC, KIND_DYNAMIC, KIND_STRENGTH, KIND_RELEASE };
enum stretch_level { LEVEL_GENTLE, LEVEL_MODERATE, LEVEL_DEEP };
enum stretch_position { POS_FLOOR, POS_SEATED, POS_STANDING };
/* The exact start position ("start"); START_NONE when the file gives none. */
enum stretch_start {
	START_NONE, START_BACK, START_FRONT, START_SIDE, START_ALL_FOURS, START_KNEELING,
	START_SEATED, START_STANDING,
};
#define START_COUNT 8
enum routine_time { RTIME_MORNING, RTIME_EVENING, RTIME_ANY };

/* Bit sets; the order is the schema's, and the bit values index the name tables. */
enum {
	AREA_NECK = 1u << 0, AREA_SHOULDERS = 1u << 1, AREA_UPPER_BACK = 1u << 2,
	AREA_MID_BACK = 1u << 3, AREA_LOWER_BACK = 1u << 4, AREA_HIPS = 1u << 5,
	AREA_GLUTES = 1u << 6, AREA_HAMSTRINGS = 1u << 7, AREA_CORE = 1u << 8,
	AREA_CHEST = 1u << 9, AREA_WRISTS = 1u << 10, AREA_CALVES = 1u << 11,
	AREA_QUADS = 1u << 12,
};
#define AREA_COUNT 13
enum { TIME_MORNING = 1u << 0, TIME_EVENING = 1u << 1 };
#define TIME_COUNT 2
enum {
	EQUIP_WALL = 1u << 0, EQUIP_FOAM_ROLLER = 1u << 1, EQUIP_TOWEL = 1u << 2,
	EQUIP_BLOCK = 1u << 3, EQUIP_BALL = 1u << 4, EQUIP_MAT = 1u << 5,
};
#define EQUIP_COUNT 6
/*
 * Conditions a person may have (config "conditions"; "avoid_if"); each is a
 * rule over how a stretch moves (conditions.c).
 */
enum {
	COND_PREGNANCY = 1u << 0, COND_OSTEOPOROSIS = 1u << 1, COND_HIP_REPLACEMENT = 1u << 2,
	COND_KNEE_REPLACEMENT = 1u << 3, COND_SPINAL_STENOSIS = 1u << 4, COND_SCIATICA = 1u << 5,
	COND_RECENT_SURGERY = 1u << 6,
};
#define COND_COUNT 7

/* Directions the trunk's spine moves in ("movement" "spine"), a bit set. */
enum {
	SPINE_NEUTRAL = 1u << 0, SPINE_FLEXION = 1u << 1, SPINE_EXTENSION = 1u << 2,
	SPINE_ROTATION = 1u << 3, SPINE_SIDE_BEND = 1u << 4,
};
#define SPINE_COUNT 5
/* How far a hip bends: the deepest hip flexion of the pose. */
enum hip_flexion { HIP_NONE, HIP_UNDER_90, HIP_AROUND_90, HIP_PAST_90 };
/* Lying during the stretch: not at all, on the back, the front or a side. */
enum lying { LYING_NONE, LYING_BACK, LYING_FRONT, LYING_SIDE };

/*
 * How a stretch moves: the facts the condition rules read (docs/catalogue.md,
 * "Movement"). known is false when the file gave no "movement": then nothing
 * is known and any condition leaves the stretch out.
 */
struct movement {
	bool known;
	unsigned spine;          /* SPINE_* */
	bool spine_loaded;       /* gravity, body weight or a pull drives the bend or twist */
	bool end_range;          /* held or moved to the end of a joint's range */
	enum hip_flexion hip_flexion;
	bool hip_adduction;      /* a thigh crosses the body's midline */
	bool hip_internal_rotation;
	enum lying lying;
	bool kneeling;           /* weight on a knee */
	bool knee_flexion_past_90; /* a knee bent past a right angle under weight or a pull */
	bool neck_end_range;
	bool wrist_weight;       /* body weight through the hands */
	bool nerve_tension;      /* straight leg with the hip bent: a sciatic nerve stretch */
	bool everyday;           /* asks no more than walking about or quiet breathing */
};

/* A borrowed list of strings owned by the catalogue. */
struct str_list {
	const char *const *v;
	size_t n;
};

/*
 * One stretch. Every pointer is owned by the catalogue and lives until
 * catalogue_free(). All text has been checked at load: valid UTF-8, no
 * control or bidi characters, so a front end may print it as it is.
 */
struct stretch {
	const char *id;
	const char *name;
	enum stretch_kind kind;
	enum stretch_level level;
	enum stretch_position position;
	enum stretch_start start; /* exact start position; START_NONE when not given */
	unsigned areas;       /* AREA_* */
	unsigned times;       /* TIME_* */
	unsigned equipment;   /* EQUIP_* */
	int hold;             /* seconds per side per set; 0 for rep-based moves */
	int reps;             /* repetitions per side per set; 0 for holds */
	int rep_seconds;      /* seconds per repetition when reps > 0 */
	int sets;             /* 1..10 */
	bool each_side;       /* sides: "each" */
	int breath_in;        /* pace override in seconds; 0 = the user's pace */
	int breath_out;
	const char *cue_in;   /* words on the inhale / first half of a rep; NULL if none */
	const char *cue_out;
	struct str_list steps;
	struct str_list cautions;
	struct str_list art;
	struct str_list frame_in;  /* "frames": pictures for the in- and out-breath (n 0 when none) */
	struct str_list frame_out;
	const char *progression; /* id of the deeper variation (it exists); NULL if none */
	const char *family;      /* groups variations of one move; the id when the file has none */
	int min_hold;            /* shortest hold that still works, seconds; 0 = none given */
	const char *easier;      /* id of the gentler variation (it exists); NULL if none */
	const struct stretch *gentler; /* that variation, after merging; NULL if none */
	const char *harder;      /* id of the harder variation, the next strength step (it exists); NULL if none */
	bool kneels;             /* the pose puts weight on a knee */
	unsigned avoid_if;       /* COND_* the file itself says to avoid it with ("avoid_if") */
	struct movement movement;
	const char *source;      /* the file it was read from */
	/* The name as the file words it when a translation replaced name; else NULL. */
	const char *orig_name;
};

/* One routine entry with its overrides already applied. */
struct routine_item {
	const struct stretch *stretch;
	int hold;
	int reps;
	int sets;
};

struct routine {
	const char *id;
	const char *name;
	const char *description; /* "" when the file has none */
	enum routine_time time;
	int rest;                /* seconds between stretches, 0..120 */
	const struct routine_item *items;
	size_t nitems;
	const char *source;
	/* The text as the file words it when a translation replaced it; else NULL. */
	const char *orig_name;
	const char *orig_description;
};

/*
 * One day of a programme: a routine to do, or a rest day (routine NULL).
 * routine_id is the id as written (NULL on a rest day); note is "" when none.
 */
struct programme_day {
	const char *routine_id;
	const struct routine *routine;
	const char *note;
};

/* A plan over days: day i + 1 is days[i]. */
struct programme {
	const char *id;
	const char *name;
	const char *description; /* "" when the file has none */
	const struct programme_day *days;
	size_t ndays;            /* 1..PROGRAMME_DAYS_MAX */
	const char *source;
	const char *orig_name;   /* the name as the file words it when translated; else NULL */
};

/* The longest programme a catalogue may hold, in days. */
#define PROGRAMME_DAYS_MAX 366

struct catalogue;

/*
 * Load and merge catalogue files in order: a later file's stretch or routine
 * replaces an earlier one with the same id, new ids are added. Every problem
 * found goes into d (up to its cap), in the shapes of DESIGN.md; d->status is
 * 66 when a file cannot be opened, 65 for invalid data. Warnings (unknown
 * keys) go into d too and do not fail the load. Returns the catalogue (free
 * with catalogue_free()) or NULL when any error was found.
 */
struct catalogue *catalogue_load(const char *const *paths, size_t npaths, struct diag *d);

/*
 * The files catalogue_load() should read, by DESIGN.md's lookup order:
 * `explicit` (--catalogue) alone when given; else $STRETCHCOACH_CATALOGUE
 * alone; else the bundled catalogue, then the user catalogue over it when one
 * exists. Returns the count and sets *paths to a malloc'd array of malloc'd
 * strings; free with catalogue_paths_free().
 */
size_t catalogue_paths(const char *explicit, char ***paths);
void catalogue_paths_free(char **paths, size_t n);

/* Release the catalogue and everything it owns. NULL is fine. */
void catalogue_free(struct catalogue *c);

size_t catalogue_stretch_count(const struct catalogue *c);
/* The i-th stretch in file order (i < count). */
const struct stretch *catalogue_stretch(const struct catalogue *c, size_t i);
/* The stretch with this id, or NULL. */
const struct stretch *catalogue_find_stretch(const struct catalogue *c, const char *id);

size_t catalogue_routine_count(const struct catalogue *c);
const struct routine *catalogue_routine(const struct catalogue *c, size_t i);
const struct routine *catalogue_find_routine(const struct catalogue *c, const char *id);

size_t catalogue_programme_count(const struct catalogue *c);
const struct programme *catalogue_programme(const struct catalogue *c, size_t i);
/* The programme with this id, or NULL. */
const struct programme *catalogue_find_programme(const struct catalogue *c, const char *id);

/* Names, as the schema spells them. `bit` is one AREA_/TIME_/EQUIP_ bit. */
const char *catalogue_kind_name(enum stretch_kind k);
const char *catalogue_level_name(enum stretch_level l);
const char *catalogue_position_name(enum stretch_position p);
const char *catalogue_rtime_name(enum routine_time t);
/* "back", "all-fours", ...; "" for START_NONE. */
const char *catalogue_start_name(enum stretch_start st);
/* How far down s starts: standing 0, on a chair 1, then on the floor from kneeling (2) down to lying on the back (6). */
int catalogue_depth(const struct stretch *s);
const char *catalogue_area_name(unsigned bit);
const char *catalogue_time_name(unsigned bit);
const char *catalogue_equipment_name(unsigned bit);
const char *catalogue_condition_name(unsigned bit);
const char *catalogue_spine_name(unsigned bit);

/* The same names as a person reads them, in the message language (for display only). */
const char *catalogue_kind_label(enum stretch_kind k);
const char *catalogue_level_label(enum stretch_level l);
const char *catalogue_position_label(enum stretch_position p);
const char *catalogue_rtime_label(enum routine_time t);
const char *catalogue_area_label(unsigned bit);
const char *catalogue_time_label(unsigned bit);
const char *catalogue_equipment_label(unsigned bit);
const char *catalogue_condition_label(unsigned bit);

/* Parse a schema name into its value; 0 on success, -1 when unknown. */
int catalogue_parse_level(const char *s, enum stretch_level *out);
int catalogue_parse_area(const char *s, unsigned *bit);
int catalogue_parse_time(const char *s, unsigned *bit);
int catalogue_parse_equipment(const char *s, unsigned *bit);
int catalogue_parse_condition(const char *s, unsigned *bit);
int catalogue_parse_spine(const char *s, unsigned *bit);

/*
 * Write the names of the bits set in `set` (an AREA_/TIME_/EQUIP_ set, chosen
 * by `name`) joined by sep into buf; returns buf ("" when none).
 */
char *catalogue_join_names(char *buf, size_t size, unsigned set,
    const char *(*name)(unsigned bit), const char *sep);

/*
 * Add routine r under `id` to the catalogue file at path (the user
 * catalogue), replacing a routine with that id and keeping everything else;
 * the file is created when missing, else rewritten through a temporary file
 * renamed into place that keeps the file's mode. The read, change and write
 * hold the lock of the file's folder (paths_lock_dir), so concurrent saves
 * all land. Refuses a file that does not load cleanly. Returns 0,
 * or -1 with *cause set (caller frees).
 */
/*
 * Replace the file at where (a symlink's target) with text and a newline,
 * through a 0600 temporary file beside it and a rename, so a failure leaves
 * the old file whole; the directory is made 0700 when missing. Used for the
 * user catalogue and the config file. Returns 0, or -1 with *cause set (caller frees).
 */
int catalogue_write_file(const char *where, const char *text, char **cause);
int catalogue_save_routine(const char *path, const struct routine *r, const char *id, char **cause);
/*
 * In the user catalogue at path, give routine `id` the new name, or delete
 * it when name is NULL; everything else is kept (locked as above). Returns 0, or -1 with
 * *cause set (caller frees).
 */
int catalogue_edit_routine(const char *path, const char *id, const char *name, char **cause);
/*
 * The routines of the user catalogue at path, as terminal-safe ids and names
 * (*ids and *names, n each, freed with text_lines_free()). Returns how many;
 * 0 for a missing or unreadable file.
 */
size_t catalogue_user_routines(const char *path, char ***ids, char ***names);

/* Seconds of work in one side of one set of an item: hold, or reps x rep_seconds. */
int catalogue_item_work_seconds(const struct routine_item *it);

#endif
