/*
 * history_parse.c — one history line read into a record. The lines the
 * writer makes (compact JSON, no escapes, whole numbers) are read by a small
 * scanner without building a JSON tree; any other line goes through cJSON.
 * Both give the same fields to one reader of fields, so what a line means
 * never depends on which way it was read.
 */
#include "history.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "followup.h"
#include "text.h"
#include "num.h"

/* Lines up to this long are tried with the scanner (a session line is about 330 bytes). */
#define FLAT_MAX 2048

/*
 * The keys of the history contract, in the order the writer puts them, so
 * that each is looked for first where it usually is. Each is read once: the
 * first of equal keys wins, as in cJSON.
 */
enum key {
	K_V, K_ROUTINE, K_STARTED, K_ENDED, K_PLANNED, K_ACTIVE, K_COMPLETED, K_SKIPPED,
	K_HURT, K_AFTER_HURT, K_LEFT_OUT, K_QUIT, K_SPEED, K_BEFORE, K_AFTER, K_EVENT, K_PROGRAMME, K_DAY, K_STRETCH,
	K_ANSWER, K_COUNT_
};

static const char *const key_names[K_COUNT_] = {
	"v", "routine", "started", "ended", "planned_s", "active_s", "completed", "skipped",
	"hurt", "after_hurt", "left_out", "quit", "speed", "tension_before", "tension_after", "event", "programme", "day",
	"stretch", "answer",
};

/* One member's value, from either reader. */
struct val {
	enum { V_NONE, V_STRING, V_NUMBER, V_TRUE, V_FALSE, V_NULL, V_ARRAY, V_OTHER } type;
	const char *str;          /* V_STRING, NUL-terminated */
	double num;               /* V_NUMBER */
	const cJSON *array;       /* V_ARRAY from cJSON */
	const char *first;        /* V_ARRAY from the scanner: its strings, one after another */
	size_t n;                 /* ... and how many */
};

struct fields {
	struct val v[K_COUNT_];
};

/* True when the len bytes at name spell key k (no library call: this runs 13 times a line). */
static bool
key_is(const char *name, size_t len, int k)
{
	const char *want = key_names[k];
	size_t i;

	for (i = 0; i < len && want[i] != '\0'; i++)
		if (name[i] != want[i])
			return false;
	return i == len && want[i] == '\0';
}

/* The key called name (len bytes), trying `next` first; -1 for a key of no interest. */
static int
key_of(const char *name, size_t len, int next)
{
	if (next < K_COUNT_ && key_is(name, len, next))
		return next;
	for (int k = 0; k < K_COUNT_; k++)
		if (key_is(name, len, k))
			return k;
	return -1;
}

/* --- the scanner, for the writer's own lines -------------------------------- */

/* A string without escapes or controls at s (after its quote), NUL-terminated in place; NULL when not. */
static char *
flat_string(char **s)
{
	char *b = *s, *p = b;

	while (*p != '"') {
		if (*p == '\\' || (unsigned char)*p < 0x20)
			return NULL;
		p++;
	}
	*p = '\0';
	*s = p + 1;
	return b;
}

/* A whole number without a leading zero, fraction or exponent, at most 15 digits. */
static bool
flat_number(char **s, double *num)
{
	char *p = *s;
	bool neg = *p == '-';
	int64_t v = 0;
	int nd = 0;

	if (neg)
		p++;
	if (*p == '0' && p[1] >= '0' && p[1] <= '9')
		return false;
	for (; *p >= '0' && *p <= '9' && nd < 16; p++, nd++)
		v = v * 10 + (*p - '0');
	if (nd == 0 || nd > 15 || *p == '.' || *p == 'e' || *p == 'E')
		return false;
	*num = neg ? -(double)v : (double)v;
	*s = p;
	return true;
}

/* An array of plain strings: ["a","b"] or []. */
static bool
flat_array(char **s, struct val *v)
{
	char *p = *s;

	v->type = V_ARRAY;
	v->n = 0;
	v->first = NULL;
	if (*p == ']') {
		*s = p + 1;
		return true;
	}
	for (;;) {
		char *str;

		if (*p++ != '"' || (str = flat_string(&p)) == NULL)
			return false;
		if (v->n++ == 0)
			v->first = str;
		if (*p == ']') {
			*s = p + 1;
			return true;
		}
		if (*p++ != ',')
			return false;
	}
}

/* One value at *s into v; false when it is not of the shapes the scanner takes. */
static bool
flat_value(char **s, struct val *v)
{
	char *p = *s;

	if (*p == '"') {
		p++;
		v->type = V_STRING;
		if ((v->str = flat_string(&p)) == NULL)
			return false;
	} else if (*p == '[') {
		p++;
		if (!flat_array(&p, v))
			return false;
	} else if (*p == 't' || *p == 'f' || *p == 'n') {
		v->type = *p == 't' ? V_TRUE : *p == 'f' ? V_FALSE : V_NULL;
		if (strncmp(p, v->type == V_TRUE ? "true" : v->type == V_FALSE ? "false" : "null",
		    v->type == V_FALSE ? 5 : 4) != 0)
			return false;
		p += v->type == V_FALSE ? 5 : 4;
	} else {
		v->type = V_NUMBER;
		if (!flat_number(&p, &v->num))
			return false;
	}
	*s = p;
	return true;
}

/* Scan the object at s (a writable copy, ending at its NUL) into f; false: let cJSON read it. */
static bool
flat_scan(char *s, struct fields *f)
{
	char *p = s;
	int next = 0;

	if (*p++ != '{')
		return false;
	if (*p == '}')
		return p[1] == '\0';
	for (;;) {
		struct val v = { 0 };
		char *name;
		size_t nlen;
		int k;

		if (*p++ != '"' || (name = flat_string(&p)) == NULL)
			return false;
		nlen = (size_t)(p - name) - 1;
		if (*p++ != ':' || !flat_value(&p, &v))
			return false;
		if ((k = key_of(name, nlen, next)) >= 0) {
			if (f->v[k].type == V_NONE)
				f->v[k] = v;
			next = k + 1;
		}
		if (*p == '}')
			return p[1] == '\0';
		if (*p++ != ',')
			return false;
	}
}

/* --- cJSON, for every other line ------------------------------------------- */

static void
tree_value(const cJSON *n, struct val *v)
{
	if (cJSON_IsString(n)) {
		v->type = V_STRING;
		v->str = n->valuestring;
	} else if (cJSON_IsNumber(n)) {
		v->type = V_NUMBER;
		v->num = n->valuedouble;
	} else if (cJSON_IsTrue(n)) {
		v->type = V_TRUE;
	} else if (cJSON_IsFalse(n)) {
		v->type = V_FALSE;
	} else if (cJSON_IsNull(n)) {
		v->type = V_NULL;
	} else if (cJSON_IsArray(n)) {
		v->type = V_ARRAY;
		v->array = n;
	} else {
		v->type = V_OTHER;
	}
}

static void
tree_fields(const cJSON *o, struct fields *f)
{
	const cJSON *m;
	int next = 0;

	cJSON_ArrayForEach(m, o) {
		int k = m->string != NULL ? key_of(m->string, strlen(m->string), next) : -1;

		if (k >= 0)
			next = k + 1;
		if (k >= 0 && f->v[k].type == V_NONE)
			tree_value(m, &f->v[k]);
	}
}

/* --- the fields, however they were read ------------------------------------ */

/* Read exactly n digits at *s into *v and advance *s. */
static bool
digits(const char **s, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++, (*s)++) {
		if (**s < '0' || **s > '9')
			return false;
		*v = *v * 10 + (**s - '0');
	}
	return true;
}

static bool
expect(const char **s, char c)
{
	if (**s != c)
		return false;
	(*s)++;
	return true;
}

static int
month_days(int y, int m)
{
	static const int dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : dm[m - 1];
}

/* Parse "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)" into a UTC time and the offset written. */
static bool
parse_time(const char *s, time_t *t, long *gmtoff)
{
	int y, mo, d, h, mi, sec, oh = 0, om = 0, sign = 1;

	if (!digits(&s, 4, &y) || !expect(&s, '-') || !digits(&s, 2, &mo) ||
	    !expect(&s, '-') || !digits(&s, 2, &d) || !expect(&s, 'T') ||
	    !digits(&s, 2, &h) || !expect(&s, ':') || !digits(&s, 2, &mi) ||
	    !expect(&s, ':') || !digits(&s, 2, &sec))
		return false;
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > month_days(y, mo) ||
	    h > 23 || mi > 59 || sec > 60)
		return false;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			;
	if (*s == 'Z')
		s++;
	else {
		if (*s != '+' && *s != '-')
			return false;
		sign = *s++ == '-' ? -1 : 1;
		if (!digits(&s, 2, &oh) || !expect(&s, ':') || !digits(&s, 2, &om) ||
		    oh > 23 || om > 59)
			return false;
	}
	if (*s != '\0')
		return false;
	*gmtoff = sign * (oh * 3600L + om * 60L);
	*t = (time_t)(history_days_from_civil(y, mo, d) * 86400LL + h * 3600L +
	    mi * 60L + sec - *gmtoff);
	return true;
}

/* An integral JSON number in lo..hi. */
static bool
get_int(const struct fields *f, enum key k, long lo, long hi, long *v)
{
	double d = f->v[k].num;

	if (f->v[k].type != V_NUMBER || !num_whole(d) || d < (double)lo ||
	    d > (double)hi)
		return false;
	*v = (long)d;
	return true;
}

/* An optional tension: absent or null is -1, else an integer 0..10. */
static bool
get_tension(const struct fields *f, enum key k, int *v)
{
	long t;

	*v = -1;
	if (f->v[k].type == V_NONE || f->v[k].type == V_NULL)
		return true;
	if (!get_int(f, k, 0, 10, &t))
		return false;
	*v = (int)t;
	return true;
}

static bool
get_time(const struct fields *f, enum key k, time_t *t, long *gmtoff)
{
	return f->v[k].type == V_STRING && parse_time(f->v[k].str, t, gmtoff);
}

/* One id of a list: a string, not too long, safe. */
static bool
list_item(char ***list, size_t *n, const char *s)
{
	if (strlen(s) > HISTORY_ID_MAX || text_has_unsafe(s))
		return false;
	history_record_add(list, n, s);
	return true;
}

/* An optional list of ids; absent is empty. */
static bool
get_list(const struct fields *f, enum key k, char ***list, size_t *n)
{
	const struct val *v = &f->v[k];
	const cJSON *e;
	const char *s = v->first;

	if (v->type == V_NONE)
		return true;
	if (v->type != V_ARRAY)
		return false;
	if (v->array == NULL) {
		/* the scanner's strings follow one another: ["a","b"] became a\0,"b\0 */
		for (size_t i = 0; i < v->n; i++, s += strlen(s) + 3)
			if (!list_item(list, n, s))
				return false;
		return true;
	}
	cJSON_ArrayForEach(e, v->array)
		if (!cJSON_IsString(e) || !list_item(list, n, e->valuestring))
			return false;
	return true;
}

/* An id-like string member: non-empty, not too long, safe; NULL when it is not. */
static char *
get_id(const struct fields *f, enum key k)
{
	const char *s = f->v[k].str;

	if (f->v[k].type != V_STRING || s[0] == '\0' || strlen(s) > HISTORY_ID_MAX ||
	    text_has_unsafe(s))
		return NULL;
	return xstrdup(s);
}

/* The fields of a programme event: its programme's id and the day. */
static const char *
read_programme(const struct fields *f, struct history_record *r)
{
	long day;

	if ((r->programme = get_id(f, K_PROGRAMME)) == NULL)
		return "programme";
	if (!get_int(f, K_DAY, 0, 100000, &day))
		return "day";
	r->day = (int)day;
	return NULL;
}

/* The fields of a next-day answer: the answer, and the programme day it was about (optional). */
static const char *
read_next_day(const struct fields *f, struct history_record *r)
{
	if (f->v[K_ANSWER].type != V_STRING ||
	    (r->answer = followup_answer_parse(f->v[K_ANSWER].str)) < 0)
		return "answer";
	if (f->v[K_PROGRAMME].type != V_NONE)
		return read_programme(f, r);
	return NULL;
}

/* Which event the "event" string names (HEV_OTHER: one from a later version). */
static enum history_event
event_of(const char *name)
{
	for (int e = HEV_SESSION; e <= HEV_NEXT_DAY; e++)
		if (history_event_name((enum history_event)e) != NULL &&
		    strcmp(name, history_event_name((enum history_event)e)) == 0)
			return (enum history_event)e;
	return HEV_OTHER;
}

/* The kinds of line, and what each must hold besides a session's fields. */
static const char *
read_event(const struct fields *f, struct history_record *r)
{
	const struct val *ev = &f->v[K_EVENT];

	/* an event from a later version is read, and counted as no session */
	if (ev->type != V_NONE && ev->type != V_STRING)
		return "event";
	r->event = ev->type == V_NONE ? HEV_SESSION : event_of(ev->str);
	if (r->event == HEV_STRETCH_BACK && (r->stretch = get_id(f, K_STRETCH)) == NULL)
		return "stretch";
	if (r->event == HEV_NEXT_DAY)
		return read_next_day(f, r);
	if (r->event == HEV_PROGRAMME_START || r->event == HEV_PROGRAMME_DAY ||
	    r->event == HEV_PROGRAMME_STOP)
		return read_programme(f, r);
	return NULL;
}

/* Fill r from the fields; on failure return the name of the field at fault. */
static const char *
read_fields(const struct fields *f, struct history_record *r)
{
	const struct val *q = &f->v[K_QUIT];
	long v, speed, endoff;

	if (!get_int(f, K_V, 1, 1, &v))
		return "v";
	if ((r->routine = get_id(f, K_ROUTINE)) == NULL)
		return "routine";
	if (!get_time(f, K_STARTED, &r->started, &r->gmtoff))
		return "started";
	if (!get_time(f, K_ENDED, &r->ended, &endoff))
		return "ended";
	if (!get_int(f, K_PLANNED, 0, HISTORY_SECONDS_MAX, &r->planned_s))
		return "planned_s";
	if (!get_int(f, K_ACTIVE, 0, HISTORY_SECONDS_MAX, &r->active_s))
		return "active_s";
	if (!get_int(f, K_SPEED, 1, 1000, &speed))
		return "speed";
	r->speed = (int)speed;
	if (q->type != V_NONE && q->type != V_TRUE && q->type != V_FALSE)
		return "quit";
	r->quit = q->type == V_TRUE;
	if (!get_tension(f, K_BEFORE, &r->tension_before))
		return "tension_before";
	if (!get_tension(f, K_AFTER, &r->tension_after))
		return "tension_after";
	if (!get_list(f, K_COMPLETED, &r->completed, &r->ncompleted))
		return "completed";
	if (!get_list(f, K_SKIPPED, &r->skipped, &r->nskipped))
		return "skipped";
	if (!get_list(f, K_HURT, &r->hurt, &r->nhurt))
		return "hurt";
	if (!get_list(f, K_LEFT_OUT, &r->left_out, &r->nleft_out))
		return "left_out";
	if (f->v[K_AFTER_HURT].type != V_NONE && (r->after_hurt = get_id(f, K_AFTER_HURT)) == NULL)
		return "after_hurt";
	return read_event(f, r);
}

/* The line's fields through cJSON into r; the name of the field at fault, or the JSON error in *cause. */
static const char *
read_tree(const char *buf, size_t len, struct history_record *r, char **cause)
{
	struct fields f = { 0 };
	const char *end = NULL, *bad;
	/* the length counts the terminating NUL: cJSON insists on seeing it */
	cJSON *o = cJSON_ParseWithLengthOpts(buf, len + 1, &end, 1);

	if (o == NULL) {
		*cause = xasprintf("not valid JSON (column %zu)",
		    end != NULL && end >= buf ? (size_t)(end - buf) + 1 : (size_t)1);
		return NULL;
	}
	if (!cJSON_IsObject(o)) {
		cJSON_Delete(o);
		*cause = xstrdup("not a JSON object");
		return NULL;
	}
	tree_fields(o, &f);
	bad = read_fields(&f, r);
	cJSON_Delete(o);
	return bad;
}

int
history_parse_line(const char *buf, size_t len, struct history_record *r, char **cause)
{
	const char *bad;

	*cause = NULL;
	if (len > HISTORY_LINE_MAX) {
		*cause = xasprintf("line longer than %u bytes", HISTORY_LINE_MAX);
		return -1;
	}
	if (memchr(buf, '\0', len) != NULL) {
		*cause = xstrdup("NUL byte in line");
		return -1;
	}
	if (!text_utf8_valid(buf, len)) {
		*cause = xstrdup("invalid UTF-8");
		return -1;
	}
	if (len <= FLAT_MAX) {
		char copy[FLAT_MAX + 1];
		struct fields f = { 0 };

		memcpy(copy, buf, len);
		copy[len] = '\0';
		if (flat_scan(copy, &f)) {
			bad = read_fields(&f, r);
			goto out;
		}
	}
	bad = read_tree(buf, len, r, cause);
	if (*cause != NULL)
		return -1;
out:
	if (bad != NULL) {
		history_record_done(r);
		*cause = xasprintf("missing or invalid \"%s\"", bad);
		return -1;
	}
	return 0;
}
