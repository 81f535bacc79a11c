/* config.c — the settings file, validated like the catalogue. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "diag.h"
#include "i18n.h"
#include "jsonfile.h"
#include "text.h"

static const char *const key_names[CFG_NKEYS] = {
	"breath", "bell", "color", "checkin", "build_minutes", "say", "remind_every",
	"remind_snooze", "away_counts_after", "remind_hours", "remind_days", "notify", "sound",
	"kneel", "floor", "conditions", "say_voice", "equipment", "profile",
};

static const char *const sound_names[] = { "theme", "bell", "off" };

const char *config_key_name(enum config_key k) { return key_names[k]; }

const char *
config_source_name(enum config_source s)
{
	static const char *const names[] = {
		N_("default"), N_("config file"), N_("environment"), N_("command line"),
	};

	return names[s];
}

void
config_defaults(struct config *c)
{
	memset(c, 0, sizeof *c);
	c->breath_in = 4;
	c->breath_out = 6;
	c->bell = c->color = c->checkin = c->kneel = c->floor = true;
	c->build_minutes = 10;
	c->remind_every = 45 * 60;
	c->remind_snooze = 10 * 60;
	c->away_after = 5 * 60;
	schedule_init(&c->hours);
	c->notify = true;
	c->sound = CONFIG_SOUND_THEME;
	profile_init(&c->profile);
}

const char *config_sound_name(enum config_sound s) { return sound_names[s]; }

int
config_sound_parse(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(s, sound_names[i]) == 0)
			return i;
	return -1;
}

void
config_done(struct config *c)
{
	free(c->say);
	c->say = NULL;
	free(c->say_voice);
	c->say_voice = NULL;
}

long
config_parse_duration(const char *s)
{
	static const char units[] = "hms";
	static const long scale[] = { 3600, 60, 1 };
	long total = 0;
	int next = 0;      /* the first unit still allowed: h, then m, then s, each once */

	if (*s == '\0')
		return -1;
	while (*s != '\0') {
		const char *u;
		char *end;
		long v;

		if (!isdigit((unsigned char)*s))
			return -1;
		errno = 0;
		v = strtol(s, &end, 10);
		if (errno != 0 || v > 100000 || *end == '\0' || (u = strchr(units, *end)) == NULL ||
		    u - units < next)
			return -1;
		next = (int)(u - units) + 1;
		total += v * scale[u - units];
		s = end + 1;
	}
	return total;
}

long
config_duration(const char *s)
{
	long v = config_parse_duration(s);

	return v < CONFIG_DURATION_MIN_S || v > CONFIG_DURATION_MAX_S ? -1 : v;
}

/* Error helper: "FILE: KEY: what". */
static void
bad(struct diag *d, const char *file, const char *key, const char *what, const cJSON *v)
{
	char got[64] = "";

	if (v != NULL) {
		if (cJSON_IsNumber(v))
			/* TRANSLATORS: added to a config error: the number found (", got 70"). */
			snprintf(got, sizeof got, _(", got %g"), v->valuedouble);
		else if (cJSON_IsString(v))
			snprintf(got, sizeof got, "%s", _(", got a string"));
		else if (cJSON_IsBool(v))
			/* TRANSLATORS: added to a config error: true or false, as found. */
			snprintf(got, sizeof got, _(", got %s"), cJSON_IsTrue(v) ? "true" : "false");
		else
			/* TRANSLATORS: added to a config error: null, or "a list or object". */
			snprintf(got, sizeof got, _(", got %s"), cJSON_IsNull(v) ? "null" : _("a list or object"));
	}
	diag_error(d, EXIT_DATAERR, "%s: %s %s%s", file, key, _(what), got);
}

static int
get_whole(const cJSON *v, int lo, int hi, int *out)
{
	if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || v->valuedouble != floor(v->valuedouble) ||
	    v->valuedouble < lo || v->valuedouble > hi)
		return -1;
	*out = (int)v->valuedouble;
	return 0;
}

/* A duration key into *out; reports it when it is not a string in range. */
static void
read_duration(const cJSON *v, const char *fs, struct diag *d, int *out, bool *ok)
{
	long secs = cJSON_IsString(v) ? config_duration(v->valuestring) : -1;

	*ok = secs >= 0;
	if (secs < 0)
		bad(d, fs, v->string, N_("must be a duration from \"10s\" to \"24h\", like \"45m\""), v);
	else
		*out = (int)secs;
}

/* remind_hours, remind_days and sound: a string one parser accepts. */
static bool
read_word(struct config *c, enum config_key k, const cJSON *v, const char *fs, struct diag *d)
{
	const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
	int snd;

	if (k == CFG_REMIND_HOURS && s != NULL && schedule_parse_hours(&c->hours, s) == 0)
		return true;
	if (k == CFG_REMIND_DAYS && s != NULL && schedule_parse_days(&c->hours, s) == 0)
		return true;
	if (k == CFG_SOUND && s != NULL && (snd = config_sound_parse(s)) >= 0) {
		c->sound = (enum config_sound)snd;
		return true;
	}
	bad(d, fs, key_names[k], k == CFG_REMIND_HOURS ? N_("must be hours like \"9-18\" or \"8:30-17:00\"") :
	    k == CFG_REMIND_DAYS ? N_("must be days like \"mon-fri\" or \"mon,wed,fri\"") :
	    N_("must be \"theme\", \"bell\" or \"off\""), v);
	return false;
}

static void
read_breath(struct config *c, const cJSON *v, const char *fs, struct diag *d)
{
	const cJSON *in = cJSON_GetObjectItemCaseSensitive(v, "inhale");
	const cJSON *out = cJSON_GetObjectItemCaseSensitive(v, "exhale");
	int i, o;

	if (!cJSON_IsObject(v)) {
		bad(d, fs, "breath", N_("must be an object {\"inhale\": N, \"exhale\": N}"), v);
		return;
	}
	if (get_whole(in, 1, 30, &i) < 0)
		bad(d, fs, "breath: inhale", N_("must be an integer 1..30"), in);
	else if (get_whole(out, 1, 30, &o) < 0)
		bad(d, fs, "breath: exhale", N_("must be an integer 1..30"), out);
	else {
		c->breath_in = i;
		c->breath_out = o;
		c->source[CFG_BREATH] = SRC_FILE;
	}
}

/* A list of names parse() knows (conditions, equipment) into *set; -1 (nothing set) when any is unknown. */
static int
read_names(const cJSON *v, int (*parse)(const char *, unsigned *), unsigned *set)
{
	const cJSON *e;
	unsigned all = 0, bit;

	if (!cJSON_IsArray(v))
		return -1;
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || parse(e->valuestring, &bit) < 0)
			return -1;
		all |= bit;
	}
	*set = all;
	return 0;
}

/* "profile": {"area": "lower-back", "leg": false, "eased_by": "bending-backward"}, each optional. */
static bool
read_profile(struct config *c, const cJSON *v, const char *fs, struct diag *d)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(v, "area");
	const cJSON *l = cJSON_GetObjectItemCaseSensitive(v, "leg");
	const cJSON *e = cJSON_GetObjectItemCaseSensitive(v, "eased_by");
	struct profile p;
	int n;

	profile_init(&p);
	if (!cJSON_IsObject(v)) {
		bad(d, fs, "profile", N_("must be an object {\"area\": ..., \"leg\": ..., \"eased_by\": ...}"), v);
		return false;
	}
	if (a != NULL && (!cJSON_IsString(a) || (n = profile_area_parse(a->valuestring)) < 0)) {
		bad(d, fs, "profile: area", N_("must be \"lower-back\", \"neck-shoulders\", \"both\" or \"general\""), a);
		return false;
	}
	if (a != NULL)
		p.area = (enum profile_area)n;
	if (l != NULL && !cJSON_IsBool(l)) {
		bad(d, fs, "profile: leg", N_("must be true or false"), l);
		return false;
	}
	if (l != NULL)
		p.leg = cJSON_IsTrue(l);
	if (e != NULL && (!cJSON_IsString(e) || (n = profile_eases_parse(e->valuestring)) < 0)) {
		bad(d, fs, "profile: eased_by", N_("must be \"bending-forward\", \"bending-backward\" or \"neither\""), e);
		return false;
	}
	if (e != NULL)
		p.eases = (enum profile_eases)n;
	c->profile = p;
	return true;
}

static void
read_key(struct config *c, const cJSON *v, const char *fs, struct diag *d)
{
	bool *flags[] = { [CFG_BELL] = &c->bell, [CFG_COLOR] = &c->color, [CFG_CHECKIN] = &c->checkin,
	    [CFG_NOTIFY] = &c->notify, [CFG_KNEEL] = &c->kneel, [CFG_FLOOR] = &c->floor };
	int *durations[] = { [CFG_REMIND_EVERY] = &c->remind_every,
	    [CFG_REMIND_SNOOZE] = &c->remind_snooze, [CFG_AWAY_AFTER] = &c->away_after };
	bool ok;
	int k;

	for (k = 0; k < CFG_NKEYS; k++)
		if (strcmp(v->string, key_names[k]) == 0)
			break;
	switch (k) {
	case CFG_BREATH:
		read_breath(c, v, fs, d);
		return;
	case CFG_EQUIPMENT:
		if (read_names(v, catalogue_parse_equipment, &c->equipment) < 0) {
			bad(d, fs, key_names[k], N_("takes a list of: wall, foam-roller, towel, block, ball, mat"),
			    v);
			return;
		}
		break;
	case CFG_BELL: case CFG_COLOR: case CFG_CHECKIN: case CFG_NOTIFY: case CFG_KNEEL: case CFG_FLOOR:
		if (!cJSON_IsBool(v)) {
			bad(d, fs, key_names[k], N_("must be true or false"), v);
			return;
		}
		*flags[k] = cJSON_IsTrue(v);
		break;
	case CFG_CONDITIONS:
		if (read_names(v, catalogue_parse_condition, &c->conditions) < 0) {
			bad(d, fs, key_names[k], N_("must be a list of: pregnancy, osteoporosis, hip-replacement, knee-replacement, spinal-stenosis, sciatica, recent-surgery"), v);
			return;
		}
		break;
	case CFG_BUILD_MINUTES:
		if (get_whole(v, 1, 60, &c->build_minutes) < 0) {
			bad(d, fs, key_names[k], N_("must be an integer 1..60"), v);
			return;
		}
		break;
	case CFG_SAY:
		if (!cJSON_IsString(v) || v->valuestring[0] == '\0' || text_has_unsafe(v->valuestring)) {
			bad(d, fs, key_names[k], N_("must be a command name like \"espeak-ng\""), v);
			return;
		}
		free(c->say);
		c->say = xstrdup(v->valuestring);
		break;
	case CFG_SAY_VOICE:
		/* "" is allowed: no voice words at all, not even espeak-ng's -v LANG */
		if (!cJSON_IsString(v) || strlen(v->valuestring) > 64 || text_has_unsafe(v->valuestring)) {
			bad(d, fs, key_names[k], N_("must be the words to put before each cue, like \"-v de\""), v);
			return;
		}
		free(c->say_voice);
		c->say_voice = xstrdup(v->valuestring);
		break;
	case CFG_REMIND_EVERY: case CFG_REMIND_SNOOZE: case CFG_AWAY_AFTER:
		read_duration(v, fs, d, durations[k], &ok);
		if (!ok)
			return;
		break;
	case CFG_PROFILE:
		if (!read_profile(c, v, fs, d))
			return;
		break;
	case CFG_REMIND_HOURS: case CFG_REMIND_DAYS: case CFG_SOUND:
		if (!read_word(c, (enum config_key)k, v, fs, d))
			return;
		break;
	default: {
		char *ks = text_safe(v->string);

		/* TRANSLATORS: the config file's path, then the key it does not know. */
		diag_warn(d, _("%s: unknown key \"%s\" ignored"), fs, ks);
		free(ks);
		return;
	}
	}
	c->source[k] = SRC_FILE;
}

int
config_load(struct config *c, const char *path, struct diag *d)
{
	size_t errors = d->errors;
	const cJSON *v;
	cJSON *root;
	char *fs;

	/* only a file that is not there is no settings file; one we cannot reach is an error */
	if (path == NULL || (access(path, F_OK) != 0 && errno == ENOENT))
		return 0;
	if ((root = jsonfile_load(path, N_("settings file"), d)) == NULL)
		return -1;
	fs = text_safe(path);
	if (!cJSON_IsObject(root))
		/* TRANSLATORS: %s is the config file's path. */
		diag_error(d, EXIT_DATAERR, _("%s: the settings must be one JSON object"), fs);
	else
		cJSON_ArrayForEach(v, root)
			read_key(c, v, fs, d);
	free(fs);
	cJSON_Delete(root);
	return d->errors == errors ? 0 : -1;
}
