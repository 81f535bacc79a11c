/* history.c — history records: their JSON line, the durable append, parsing. */
#include "history.h"

#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "followup.h"
#include "i18n.h"
#include "paths.h"
#include "text.h"

/* Largest UTC offset a line may carry, in seconds (23:59, the most ISO 8601 writes). */
#define HISTORY_OFFSET_MAX (23 * 3600L + 59 * 60L)

bool
history_record_counts(const struct history_record *r)
{
	return r->event == HEV_SESSION && r->ncompleted > 0;
}

void
history_record_init(struct history_record *r)
{
	memset(r, 0, sizeof *r);
	r->speed = 1;
	r->tension_before = -1;
	r->tension_after = -1;
	r->answer = -1;
}

static void
free_list(char **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

void
history_record_done(struct history_record *r)
{
	free(r->routine);
	free_list(r->completed, r->ncompleted);
	free_list(r->skipped, r->nskipped);
	free_list(r->hurt, r->nhurt);
	free_list(r->left_out, r->nleft_out);
	free(r->after_hurt);
	free(r->programme);
	free(r->stretch);
	history_record_init(r);
}

static const char *const event_names[] = {
	[HEV_SESSION] = NULL, [HEV_REMIND_SKIPPED] = "reminder-skipped",
	[HEV_REMIND_SNOOZED] = "reminder-snoozed", [HEV_OTHER] = NULL,
	[HEV_PROGRAMME_START] = "programme-start", [HEV_PROGRAMME_DAY] = "programme-day",
	[HEV_PROGRAMME_STOP] = "programme-stop", [HEV_ADVICE_SHOWN] = "advice-shown",
	[HEV_REMIND_AWAY] = "reminder-away", [HEV_STRETCH_BACK] = "stretch-back",
	[HEV_NEXT_DAY] = "next-day",
};

const char *
history_event_name(enum history_event e)
{
	return (size_t)e < sizeof event_names / sizeof event_names[0] ? event_names[e] : NULL;
}

static bool
programme_event(enum history_event e)
{
	return e == HEV_PROGRAMME_START || e == HEV_PROGRAMME_DAY || e == HEV_PROGRAMME_STOP;
}

void
history_record_add(char ***list, size_t *n, const char *id)
{
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	(*list)[(*n)++] = xstrdup(id);
}

/* Calendar arithmetic (Howard Hinnant's days_from_civil), no time zone involved. */
long
history_days_from_civil(int year, int month, int mday)
{
	long y = (long)year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + mday - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
history_civil_from_days(long day, int *year, int *month, int *mday)
{
	long z = day + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);

	*mday = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

/* Floor division, so times before 1970 land on the right day. */
static long
floor_div(long long a, long b)
{
	long long q = a / b;

	if ((a % b) != 0 && (a < 0) != (b < 0))
		q--;
	return (long)q;
}

long
history_record_day(const struct history_record *r)
{
	return floor_div((long long)r->started + r->gmtoff, 86400);
}

long
history_day_of(time_t t)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return floor_div((long long)t, 86400);
	return history_days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int
history_weekday(long day)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	long w = (day + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

/*
 * Write t as local ISO 8601 with its UTC offset, "2026-11-21T08:12:03+01:00".
 * An offset the reader would refuse (past +-23:59, or with seconds, as old
 * local mean times have), or a local date before 1970, is written as the
 * same instant in UTC instead; an instant before 1970 as 1970's first.
 */
static void
format_time(char *buf, size_t size, time_t t)
{
	struct tm tm;
	long off;
	int ah, am;

	/* a clock set before 1970 (the reader's first day) writes that day's start */
	if (t < 0)
		t = 0;
	if (localtime_r(&t, &tm) == NULL) {
		snprintf(buf, size, "1970-01-01T00:00:00+00:00");
		return;
	}
	if (tm.tm_gmtoff % 60 != 0 || tm.tm_gmtoff > HISTORY_OFFSET_MAX ||
	    tm.tm_gmtoff < -HISTORY_OFFSET_MAX || tm.tm_year < 70) {
		gmtime_r(&t, &tm);
		snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
		    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
		return;
	}
	off = tm.tm_gmtoff < 0 ? -tm.tm_gmtoff : tm.tm_gmtoff;
	ah = (int)(off / 3600 % 100);
	am = (int)(off % 3600 / 60);
	snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
	    tm.tm_sec, tm.tm_gmtoff < 0 ? '-' : '+', ah, am);
}

/* Add a string member, made valid UTF-8 first (a reader rejects any line that is not). */
static void
add_string(cJSON *to, const char *key, const char *s)
{
	char *safe = NULL;
	cJSON *v;

	if (s == NULL)
		s = "";
	if (!text_utf8_valid(s, strlen(s)))
		s = safe = text_safe(s);
	v = cJSON_CreateString(s);
	free(safe);
	if (v == NULL)
		fatal("out of memory");
	if (key == NULL)
		cJSON_AddItemToArray(to, v);
	else
		cJSON_AddItemToObject(to, key, v);
}

static void
add_list(cJSON *o, const char *key, char *const *list, size_t n)
{
	cJSON *a = cJSON_AddArrayToObject(o, key);

	if (a == NULL)
		fatal("out of memory");
	for (size_t i = 0; i < n; i++)
		add_string(a, NULL, list[i]);
}

static void
add_tension(cJSON *o, const char *key, int t)
{
	if (t >= 0 && t <= 10)
		cJSON_AddNumberToObject(o, key, t);
	else
		cJSON_AddNullToObject(o, key);
}

static long
clamp_seconds(long s)
{
	return s < 0 ? 0 : s > HISTORY_SECONDS_MAX ? HISTORY_SECONDS_MAX : s;
}

/* A next-day answer's own fields. */
static void
add_next_day(cJSON *o, const struct history_record *r)
{
	add_string(o, "answer", followup_answer_name((enum followup_answer)r->answer));
	if (r->programme != NULL) {
		add_string(o, "programme", r->programme);
		cJSON_AddNumberToObject(o, "day", r->day);
	}
}

char *
history_format(const struct history_record *r)
{
	cJSON *o = cJSON_CreateObject();
	char started[96], ended[96], *json, *line;

	if (o == NULL)
		fatal("out of memory");
	format_time(started, sizeof started, r->started);
	format_time(ended, sizeof ended, r->ended);
	cJSON_AddNumberToObject(o, "v", 1);
	add_string(o, "routine", r->routine);
	add_string(o, "started", started);
	add_string(o, "ended", ended);
	/* what the reader takes: a longer session is still a line it can read */
	cJSON_AddNumberToObject(o, "planned_s", (double)clamp_seconds(r->planned_s));
	cJSON_AddNumberToObject(o, "active_s", (double)clamp_seconds(r->active_s));
	add_list(o, "completed", r->completed, r->ncompleted);
	add_list(o, "skipped", r->skipped, r->nskipped);
	add_list(o, "hurt", r->hurt, r->nhurt);
	if (r->after_hurt != NULL)
		add_string(o, "after_hurt", r->after_hurt);
	if (r->nleft_out > 0)
		add_list(o, "left_out", r->left_out, r->nleft_out);
	cJSON_AddBoolToObject(o, "quit", r->quit);
	cJSON_AddNumberToObject(o, "speed", r->speed);
	add_tension(o, "tension_before", r->tension_before);
	add_tension(o, "tension_after", r->tension_after);
	if (history_event_name(r->event) != NULL)
		add_string(o, "event", history_event_name(r->event));
	if (programme_event(r->event)) {
		add_string(o, "programme", r->programme);
		cJSON_AddNumberToObject(o, "day", r->day);
	}
	if (r->event == HEV_STRETCH_BACK)
		add_string(o, "stretch", r->stretch);
	if (r->event == HEV_NEXT_DAY)
		add_next_day(o, r);
	json = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	if (json == NULL)
		fatal("out of memory");
	line = xasprintf("%s\n", json);
	cJSON_free(json);
	return line;
}

/* --- the durable append --------------------------------------------------- */

/* Set *cause to "PATH: WHAT[: strerror(err)]" (err 0 for none) and return -1. */
static int
append_error(char **cause, const char *path, const char *what, int err)
{
	char *safe = text_safe(path);

	*cause = xasprintf("%s: %s%s%s", safe, _(what), err ? ": " : "",
	    err ? strerror(err) : "");
	free(safe);
	return -1;
}

/*
 * Whether the file's last byte is a newline. The descriptor we append
 * through is write-only, so look through a second one, checked to be the
 * same file. When in doubt say no: an extra newline only makes a blank line,
 * which readers skip, while a missing one would glue our record to a torn one.
 */
static bool
ends_with_newline(const char *path, const struct stat *wst)
{
	struct stat st;
	char c;
	bool yes = false;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);

	if (fd == -1)
		return false;
	if (fstat(fd, &st) == 0 && st.st_dev == wst->st_dev &&
	    st.st_ino == wst->st_ino && pread(fd, &c, 1, wst->st_size - 1) == 1)
		yes = (c == '\n');
	close(fd);
	return yes;
}

/* write() all of buf, retrying short writes and interruptions; the bytes written go in *done. */
static int
write_all(int fd, const char *buf, size_t n, size_t *done)
{
	struct sigaction ign, old;
	int rc = 0, err = 0;

	/* Past `ulimit -f` the kernel sends SIGXFSZ, which kills; we want EFBIG. */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGXFSZ, &ign, &old);
	*done = 0;
	while (*done < n) {
		ssize_t w = write(fd, buf + *done, n - *done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			err = w < 0 ? errno : ENOSPC;
			rc = -1;
			break;
		}
		*done += (size_t)w;
	}
	sigaction(SIGXFSZ, &old, NULL);
	errno = err;
	return rc;
}

static void
sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY);

	if (fd != -1) {
		(void)fsync(fd);
		close(fd);
	}
}

/* Lock fd, add the line (and a newline before it if needed), undo a failed write, sync. */
static int
append_locked(int fd, const char *path, const char *dir, const char *line,
    char **cause)
{
	struct stat st;
	size_t n, done;
	char *buf;
	int rc, err;

	while (flock(fd, LOCK_EX) == -1)
		if (errno != EINTR)
			return append_error(cause, path, N_("cannot lock"), errno);
	if (fstat(fd, &st) == -1)
		return append_error(cause, path, N_("cannot stat"), errno);
	if (st.st_size > 0 && !ends_with_newline(path, &st))
		buf = xasprintf("\n%s", line);
	else
		buf = xstrdup(line);
	n = strlen(buf);
	rc = write_all(fd, buf, n, &done);
	err = errno;
	free(buf);
	if (rc == -1) {
		/* We hold the lock, so everything past st_size is ours to take back. */
		if (done > 0 && ftruncate(fd, st.st_size) == -1)
			return append_error(cause, path,
			    N_("write failed, a partial line may remain"), err);
		return append_error(cause, path, N_("write failed, nothing was added"), err);
	}
	if (fsync(fd) == -1 && errno != EINVAL)
		return append_error(cause, path, N_("cannot sync to disk"), errno);
	if (st.st_size == 0)
		sync_dir(dir);  /* a new file: make its name durable too */
	return 0;
}

static int
append_line(const char *path, const char *line, char **cause)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".") :
	    slash == path ? xstrdup("/") :
	    memcpy(xcalloc(1, (size_t)(slash - path) + 1), path, (size_t)(slash - path));
	struct stat st;
	int fd, rc;

	if (paths_mkdir_p(dir, 0700) == -1) {
		rc = append_error(cause, path, N_("cannot create the directory"), errno);
		free(dir);
		return rc;
	}
	fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK, 0600);
	if (fd == -1) {
		free(dir);
		if (errno == ELOOP)
			return append_error(cause, path,
			    N_("is a symbolic link; refusing to write through it"), 0);
		return append_error(cause, path, N_("cannot open"), errno);
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		rc = append_error(cause, path, N_("not a regular file"), 0);
		close(fd);
		free(dir);
		return rc;
	}
	rc = append_locked(fd, path, dir, line, cause);
	free(dir);
	if (close(fd) == -1 && rc == 0)
		rc = append_error(cause, path, N_("cannot close"), errno);
	return rc;
}

int
history_append(const char *path, const struct history_record *r, char **cause)
{
	char *line = history_format(r);
	int rc = append_line(path, line, cause);

	free(line);
	return rc;
}
