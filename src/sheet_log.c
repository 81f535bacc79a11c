/*
 * sheet_log.c — the last weeks' sessions on one page for a physiotherapist
 * (`history --report`): how often and how long, tension before and after,
 * what hurt, and the person's conditions. Self-contained HTML, like the
 * exercise sheet.
 */
#include "sheet.h"

#include <stdio.h>
#include <string.h>

#include "catalogue.h"
#include "history.h"
#include "history_report.h"
#include "i18n.h"
#include "report.h"

static const char log_css[] =
    ":root{--ink:#1d1d1f;--soft:#5b5b66;--line:#c9c9d1;--accent:#23607a;--warn:#8a4b00}"
    "body{margin:0 auto;max-width:52rem;padding:1.5rem;color:var(--ink);"
    "font:10.5pt/1.4 'DejaVu Sans','Helvetica Neue',Arial,sans-serif}"
    "header{border-bottom:2px solid var(--accent);margin-bottom:.8rem;padding-bottom:.4rem}"
    ".kicker{color:var(--accent);font-size:9pt;letter-spacing:.08em;margin:0;"
    "text-transform:uppercase}h1{font-size:18pt;margin:.1rem 0 .3rem}"
    "p{margin:.25rem 0}.soft{color:var(--soft)}"
    "table{border-collapse:collapse;width:100%;margin:.6rem 0}"
    "th,td{border-bottom:1px solid var(--line);padding:.2rem .4rem;text-align:left;"
    "vertical-align:top}th{font-size:9pt;color:var(--soft)}"
    "td.num{text-align:right;white-space:nowrap}td.hurt{color:var(--warn)}"
    "tr{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}"
    "footer{color:var(--soft);font-size:8.5pt;margin-top:.8rem}"
    "@page{margin:12mm}@media print{body{max-width:none;padding:0;font-size:9.5pt}}";

/* Sessions, days with one, minutes, and the mean tension before and after. */
static void
put_summary(struct report *out, const struct sheet_log *log)
{
	char line[400], a[16], b[16];
	long secs = 0, days = 0, last = -1, bsum = 0, asum = 0;
	size_t bn = 0, n = 0;

	for (size_t i = 0; i < log->n; i++) {
		const struct sheet_session *s = &log->sessions[i];

		if (s->preview)
			continue;
		n++;
		secs += s->active_s;
		days += s->day != last;
		last = s->day;
		if (s->before >= 0 && s->after >= 0) {
			bsum += s->before;
			asum += s->after;
			bn++;
		}
	}
	/* TRANSLATORS: sessions, days with a session, days in the window, minutes. */
	snprintf(line, sizeof line, ngettext("%zu session on %ld of %ld days, %ld min in all.",
	    "%zu sessions on %ld of %ld days, %ld min in all.", n), n, days,
	    log->last - log->first + 1, history_report_minutes(secs));
	sheet_put_elem(out, "p", "summary", line);
	if (bn > 0) {
		snprintf(b, sizeof b, "%.1f", (double)bsum / (double)bn);
		snprintf(a, sizeof a, "%.1f", (double)asum / (double)bn);
		/* TRANSLATORS: mean tension before and after (0 to 10), and over how many sessions. */
		snprintf(line, sizeof line, ngettext("Tension (0 to 10) before and after, on average: "
		    "%s \u2192 %s, over %zu session with both answers.", "Tension (0 to 10) before and "
		    "after, on average: %s \u2192 %s, over %zu sessions with both answers.", bn), b, a, bn);
		sheet_put_elem(out, "p", "tension", line);
	}
}

static void
put_row(struct report *out, const struct sheet_session *s)
{
	char buf[64];

	report_printf(out, "<tr><td>%s %02d:%02d</td><td>", history_report_day(buf, sizeof buf, s->day),
	    s->minute / 60, s->minute % 60);
	sheet_put_text(out, s->routine);
	if (s->quit || s->preview) {
		report_puts(out, " <span class=\"soft\">(");
		/* TRANSLATORS: in the physio's log, after a routine run at --speed that marked a stretch hurt. */
		sheet_put_text(out, s->preview ? _("a preview at --speed, not counted") : _("ended early"));
		report_puts(out, ")</span>");
	}
	if (s->preview)
		report_puts(out, "</td><td class=\"num\">\u2013</td><td class=\"num\">");
	else
		report_printf(out, "</td><td class=\"num\">%ld</td><td class=\"num\">",
		    history_report_minutes(s->active_s));
	if (s->before >= 0 || s->after >= 0) {
		if (s->before >= 0)
			report_printf(out, "%d", s->before);
		else
			report_puts(out, "\u2013");
		report_puts(out, " \u2192 ");
		if (s->after >= 0)
			report_printf(out, "%d", s->after);
		else
			report_puts(out, "\u2013");
	}
	report_puts(out, "</td><td class=\"hurt\">");
	sheet_put_text(out, s->hurt);
	report_puts(out, "</td></tr>\n");
}

static void
put_table(struct report *out, const struct sheet_log *log)
{
	if (log->n == 0) {
		sheet_put_elem(out, "p", "none", _("No sessions in these days."));
		return;
	}
	report_puts(out, "<table>\n<thead><tr>");
	sheet_put_elem(out, "th", "h", _("When"));
	sheet_put_elem(out, "th", "h", _("Routine"));
	sheet_put_elem(out, "th", "h", _("Minutes"));
	sheet_put_elem(out, "th", "h", _("Tension before \u2192 after"));
	sheet_put_elem(out, "th", "h", _("Marked \u201cthis hurts\u201d"));
	report_puts(out, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < log->n; i++)
		put_row(out, &log->sessions[i]);
	report_puts(out, "</tbody>\n</table>\n");
}

void
sheet_log_html(struct report *out, const struct sheet_log *log)
{
	char from[32], to[32], line[400];

	report_printf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
	    log->lang);
	sheet_put_text(out, _("Stretching log"));
	report_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n", log_css);
	sheet_put_elem(out, "p", "kicker", _("For your physiotherapist"));
	sheet_put_elem(out, "h1", "title", _("Stretching log"));
	/* TRANSLATORS: the first and the last day of the log, as 2026-11-08. */
	snprintf(line, sizeof line, _("From %s to %s"), history_report_day(from, sizeof from, log->first),
	    history_report_day(to, sizeof to, log->last));
	sheet_put_elem(out, "p", "soft", line);
	report_puts(out, "</header>\n");
	put_summary(out, log);
	sheet_put_needs(out, log->conditions, log->no_kneel, log->no_floor);
	put_table(out, log);
	/* TRANSLATORS: The printed log's footer: the program's version (0.1.0), then the date
	   (2026-12-07). */
	snprintf(line, sizeof line, _("Made with stretchcoach %s on %s."), SC_VERSION, log->date);
	report_puts(out, "<footer>\n");
	sheet_put_elem(out, "p", "made", line);
	report_puts(out, "</footer>\n</body>\n</html>\n");
}
