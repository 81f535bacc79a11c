/*
 * cmd_sheet.c — `stretchcoach sheet ROUTINE-ID [--html|--pdf] [-o FILE]`:
 * the routine as this person runs it, on a page to print or hand over; and
 * `history --report [-o FILE]`, the last weeks' log for a physiotherapist.
 *
 * --pdf prints the same page with headless Chromium (or Chrome): it lays
 * out HTML and CSS for print better than any C library we could link, it is
 * packaged everywhere, and it is needed only when a PDF is asked for, so the
 * build does not depend on it. $STRETCHCOACH_CHROMIUM names another binary.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "adapt.h"
#include "catalogue.h"
#include "cli.h"
#include "clock.h"
#include "cmd_int.h"
#include "conditions.h"
#include "config.h"
#include "diag.h"
#include "history.h"
#include "history_stats.h"
#include "paths.h"
#include "i18n.h"
#include "report.h"
#include "sheet.h"
#include "text.h"
#include "text_out.h"

/* sysexits' EX_UNAVAILABLE: --pdf without Chromium. */
#define EXIT_UNAVAILABLE 69
/* history --report without --days: the last 30 days. */
#define LOG_DAYS 30
/* How long Chromium may take to print, in tenths of a second. */
#define PRINT_TENTHS 1200

/* "cannot write FILE: why", the name made safe for the terminal; returns EXIT_IOERR. */
static int
unwritable(const char *path, int err)
{
	char *safe = text_safe(path != NULL ? path : _("the standard output"));

	/* TRANSLATORS: the file's path, then why (a system error message). */
	fprintf(stderr, _("stretchcoach: cannot write %s: %s\n"), safe, strerror(err != 0 ? err : EIO));
	free(safe);
	return EXIT_IOERR;
}

/* Write len bytes of text to path (or stdout when path is NULL); 0 or EXIT_IOERR. */
static int
write_out(const char *path, const char *text, size_t len)
{
	FILE *fp;
	int err;

	errno = 0;
	/* a page declares its own encoding: its bytes go out as they are */
	text_out_set(TEXT_OUT_RAW);
	fp = path != NULL ? fopen(path, "wb") : stdout;
	if (fp == NULL || fwrite(text, 1, len, fp) != len || fflush(fp) == EOF || ferror(fp)) {
		err = errno;
		if (fp != NULL && fp != stdout)
			fclose(fp);
		return unwritable(path, err);
	}
	if (fp != stdout && fclose(fp) == EOF)
		return unwritable(path, errno);
	return 0;
}

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb; (void)flag; (void)ftw;
	remove(path);
	return 0;
}

/* Run Chromium on html to print pdf; its status, or 127 when none could start. */
static int
run_chromium(const char *dir, const char *html, const char *pdf)
{
	static const char *const names[] = { "chromium", "chromium-browser", "google-chrome",
	    "google-chrome-stable" };
	char out[1200], url[1200], profile[1200];
	const char *mine = getenv("STRETCHCOACH_CHROMIUM");
	int status, tenths = 0;
	pid_t pid;

	snprintf(out, sizeof out, "--print-to-pdf=%s", pdf);
	snprintf(url, sizeof url, "file://%s", html);
	snprintf(profile, sizeof profile, "--user-data-dir=%s/profile", dir);
	if ((pid = fork()) == -1)
		return 127;
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		const char *argv[] = { NULL, "--headless", "--disable-gpu", "--no-first-run",
		    "--no-pdf-header-footer", "--print-to-pdf-no-header", profile, out,
		    geteuid() == 0 ? "--no-sandbox" : url, geteuid() == 0 ? url : NULL, NULL };

		dup2(null, 0); dup2(null, 1); dup2(null, 2);
		if (mine != NULL && *mine != '\0') {
			argv[0] = mine;
			execvp(mine, (char *const *)argv);
		}
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
			argv[0] = names[i];
			execvp(names[i], (char *const *)argv);
		}
		_exit(127);
	}
	while (waitpid(pid, &status, WNOHANG) == 0) {
		if (++tenths > PRINT_TENTHS) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return 124;
		}
		nanosleep(&(struct timespec){ 0, 100000000L }, NULL);
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* Copy the file at from to path (stdout when NULL), byte for byte; 0, -1 (cannot read) or EXIT_IOERR. */
static int
copy_file(const char *from, const char *path)
{
	char buf[65536];
	size_t n, total = 0;
	FILE *in = fopen(from, "rb"), *fp;
	int status = 0;

	if (in == NULL)
		return -1;
	text_out_set(TEXT_OUT_RAW);
	fp = path != NULL ? fopen(path, "wb") : stdout;
	while (fp != NULL && status == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0) {
		total += n;
		if (fwrite(buf, 1, n, fp) != n)
			status = EXIT_IOERR;
	}
	if (fp == NULL || (fp != stdout && fclose(fp) == EOF) || fflush(stdout) == EOF)
		status = EXIT_IOERR;
	if (status != 0)
		unwritable(path, errno);
	fclose(in);
	return status == 0 && total == 0 ? -1 : status;
}

/* Print the page to a PDF at out (stdout when NULL) through Chromium. */
static int
write_pdf(const char *page, const char *out)
{
	const char *tmp = getenv("TMPDIR");
	char dir[1024], html[1100], pdf[1100];
	int rc, status = 0;

	if (tmp == NULL || *tmp == '\0' || strlen(tmp) > 900)
		tmp = "/tmp";
	snprintf(dir, sizeof dir, "%s/stretchcoach-sheet-XXXXXX", tmp);
	if (mkdtemp(dir) == NULL) {
		return unwritable(dir, errno);
	}
	snprintf(html, sizeof html, "%s/sheet.html", dir);
	snprintf(pdf, sizeof pdf, "%s/sheet.pdf", dir);
	if ((status = write_out(html, page, strlen(page))) == 0) {
		rc = run_chromium(dir, html, pdf);
		if (rc == 127) {
			fputs(_("stretchcoach: --pdf needs Chromium or Chrome to print the page; install "
			    "it, or write --html and print it from a browser\n"), stderr);
			status = EXIT_UNAVAILABLE;
		} else if (rc != 0 || (status = copy_file(pdf, out)) == -1) {
			/* TRANSLATORS: %d is Chromium's exit status. */
			fprintf(stderr, _("stretchcoach: Chromium could not print the sheet (status %d)\n"), rc);
			status = EXIT_SOFTWARE;
		}
	}
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	return status;
}

static void
today_text(char *buf, size_t size)
{
	time_t now = clock_wall();
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL || strftime(buf, size, "%Y-%m-%d", &tm) == 0)
		snprintf(buf, size, "?");
}

int
cmd_sheet(const struct cli *cli)
{
	struct config cfg;
	struct run_opts o;
	struct catalogue *c;
	const struct routine *r;
	struct report page = { 0 };
	char date[32];
	int status = app_settings(cli, &cfg, &o);

	config_done(&cfg);
	if (status != 0)
		return status;
	if (cli->pdf && cli->output == NULL && isatty(STDOUT_FILENO)) {
		fputs(_("stretchcoach: --pdf writes a file: add -o FILE (or redirect the output)\n"),
		    stderr);
		return EXIT_USAGE;
	}
	if ((c = app_load_routine(cli, &r, &status)) == NULL)
		return status;
	struct adapt_needs needs = { !o.kneel, !o.floor, o.conditions, NULL, 0 };
	struct adapted *a = adapt_routine(r, &needs);

	today_text(date, sizeof date);
	sheet_html(&page, &(struct sheet_input){ .routine = adapted_routine(a),
	    .adapted = adapted_detail(a), .conditions = o.conditions & COND_LISTED, .no_kneel = !o.kneel,
	    .no_floor = !o.floor, .breath_in = o.breath_in, .breath_out = o.breath_out,
	    .lang = i18n_language(), .date = date });
	if (cli->pdf)
		status = write_pdf(report_text(&page), cli->output);
	else
		status = write_out(cli->output, report_text(&page), page.len);
	report_done(&page);
	adapted_free(a);
	catalogue_free(c);
	return status;
}

/* --- history --report ---------------------------------------------------- */

/* The window's sessions, as the log shows them; owns the strings it made. */
struct log_collect {
	const struct catalogue *c;
	long first, last;
	struct sheet_session *v;
	size_t n, cap;
	char **owned;
	size_t nowned, ocap;
};

static const char *
keep(struct log_collect *x, char *s)
{
	if (x->nowned == x->ocap) {
		x->ocap = x->ocap ? x->ocap * 2 : 16;
		x->owned = xrealloc(x->owned, x->ocap * sizeof *x->owned);
	}
	return x->owned[x->nowned++] = s;
}

/* The stretches marked hurt, by name, ", "-joined. */
static const char *
hurt_names(struct log_collect *x, const struct history_record *rec)
{
	struct report r = { 0 };

	if (rec->nhurt == 0)
		return "";
	for (size_t i = 0; i < rec->nhurt; i++) {
		const struct stretch *s = x->c != NULL ? catalogue_find_stretch(x->c, rec->hurt[i]) : NULL;

		report_printf(&r, "%s%s", i > 0 ? ", " : "", s != NULL ? s->name : rec->hurt[i]);
	}
	return keep(x, r.text);   /* the report's text is taken over */
}

static void
log_add(void *arg, const struct history_record *rec)
{
	struct log_collect *x = arg;
	const struct routine *r;
	struct sheet_session *s;
	long day = history_record_day(rec);
	long local = (long)((rec->started + rec->gmtoff) % 86400 + 86400) % 86400;

	/* a preview counts for nothing, but what it marked hurt is left out of routines all the same */
	if (rec->event != HEV_SESSION || (rec->speed != 1 && rec->nhurt == 0) || day < x->first ||
	    day > x->last)
		return;
	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 32;
		x->v = xrealloc(x->v, x->cap * sizeof *x->v);
	}
	r = x->c != NULL && rec->routine != NULL ? catalogue_find_routine(x->c, rec->routine) : NULL;
	s = &x->v[x->n++];
	*s = (struct sheet_session){ .day = day, .minute = (int)(local / 60),
	    .routine = r != NULL ? r->name : keep(x, xstrdup(rec->routine ? rec->routine : "")),
	    .active_s = rec->active_s, .before = rec->tension_before, .after = rec->tension_after,
	    .hurt = hurt_names(x, rec), .quit = rec->quit, .preview = rec->speed != 1 };
}

int
cmd_history_sheet(const struct cli *cli)
{
	struct config cfg;
	struct run_opts o;
	struct report page = { 0 };
	struct history_stats st;
	struct diag d;
	struct log_collect x = { 0 };
	char date[32], *path;
	long today = history_day_of(clock_wall());
	int days = cli->days > 0 ? cli->days : LOG_DAYS, status = app_settings(cli, &cfg, &o);

	config_done(&cfg);
	if (status != 0)
		return status;
	if ((path = paths_history_file()) == NULL) {
		fprintf(stderr, "stretchcoach: %s\n", _("cannot locate the history file (is HOME set?)"));
		return EXIT_NOINPUT;
	}
	x.c = app_load_catalogue(cli, false, &status);   /* NULL: ids instead of names */
	x.first = today - days + 1;
	x.last = today;
	diag_init(&d);
	history_stats_init(&st, today, days);
	st.also = log_add;
	st.also_arg = &x;
	status = history_stats_load(path, &st, &d) < 0 ? d.status : 0;
	diag_print(&d, stderr);
	if (status == 0) {
		today_text(date, sizeof date);
		sheet_log_html(&page, &(struct sheet_log){ .first = x.first, .last = x.last,
		    .sessions = x.v, .n = x.n, .conditions = o.conditions & COND_LISTED, .no_kneel = !o.kneel,
		    .no_floor = !o.floor, .lang = i18n_language(), .date = date });
		status = write_out(cli->output, report_text(&page), page.len);
	}
	for (size_t i = 0; i < x.nowned; i++)
		free(x.owned[i]);
	free(x.owned);
	free(x.v);
	report_done(&page);
	diag_done(&d);
	history_stats_done(&st);
	catalogue_free((struct catalogue *)x.c);
	free(path);
	return status;
}
