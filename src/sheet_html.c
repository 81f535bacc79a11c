/*
 * sheet_html.c — a routine as the sheet a physiotherapist hands out: name
 * and purpose, then each stretch with its picture, steps, dose, breathing
 * and cautions, the person's adaptations, and the safety tiers in short.
 * One self-contained HTML page: inline CSS, no scripts, nothing fetched.
 */
#include "sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "cue.h"
#include "i18n.h"
#include "plan.h"
#include "report.h"
#include "safety.h"
#include "text.h"

/*
 * The page prints on A4 and Letter alike: no fixed paper size, margins that
 * leave the narrower of the two (Letter's height, A4's width) enough room,
 * and a stretch never split across pages.
 */
static const char sheet_css[] =
    ":root{--ink:#1d1d1f;--soft:#5b5b66;--line:#c9c9d1;--accent:#23607a;--warn:#8a4b00}"
    "*{box-sizing:border-box}"
    "body{margin:0 auto;max-width:52rem;padding:1.5rem;color:var(--ink);"
    "font:11pt/1.4 'DejaVu Sans','Helvetica Neue',Arial,sans-serif}"
    "header{border-bottom:2px solid var(--accent);margin-bottom:1rem;padding-bottom:.5rem}"
    ".kicker{color:var(--accent);font-size:9pt;letter-spacing:.08em;margin:0;"
    "text-transform:uppercase}"
    "h1{font-size:20pt;margin:.1rem 0 .3rem}"
    ".purpose{margin:.2rem 0}.meta{color:var(--soft);margin:.2rem 0}"
    ".foryou{background:#eef4f7;border-left:4px solid var(--accent);margin:0 0 1rem;"
    "padding:.4rem .8rem}"
    ".foryou h2,.safety h2{font-size:12pt;margin:.2rem 0}.foryou p{margin:.2rem 0}"
    "ol.stretches{list-style:none;margin:0;padding:0}"
    "li.stretch{border:1px solid var(--line);border-radius:6px;margin:0 0 .8rem;"
    "padding:.6rem .8rem;break-inside:avoid;page-break-inside:avoid}"
    "li.stretch h2{font-size:13pt;margin:0 0 .4rem}"
    ".num{color:var(--accent);margin-right:.3rem}"
    ".cols{display:flex;gap:1rem;align-items:flex-start}"
    "pre.art{flex:0 0 auto;width:34ch;margin:0;padding:.4rem .5rem;background:#f6f6f8;"
    "border-radius:4px;font:8.5pt/1.15 'DejaVu Sans Mono','Liberation Mono',monospace;"
    "white-space:pre}"
    ".text{flex:1 1 auto;min-width:0}.text p{margin:.2rem 0}"
    ".dose{font-weight:bold}"
    "ol.steps{margin:.2rem 0 .3rem;padding-left:1.3rem}ol.steps li{margin:.1rem 0}"
    ".label{font-weight:bold}"
    "ul.cautions{color:var(--warn);margin:.2rem 0;padding-left:1.1rem}"
    ".notes{border:1px solid var(--line);border-radius:6px;min-height:5.5rem;"
    "margin:0 0 1rem;padding:.4rem .8rem;break-inside:avoid;page-break-inside:avoid}"
    ".notes h2{font-size:12pt;margin:0}"
    ".safety{font-size:9pt;border-top:2px solid var(--accent);padding-top:.3rem}"
    ".safety .tiers{display:flex;gap:.8rem}"
    ".safety .tier{flex:1 1 0;break-inside:avoid;page-break-inside:avoid}"
    ".safety p{margin:.2rem 0}.safety ul{margin:0;padding-left:1rem}"
    "footer{color:var(--soft);font-size:8.5pt;margin-top:.8rem}"
    "@page{margin:11mm 12mm}"
    "@media print{body{max-width:none;padding:0;font-size:9pt;line-height:1.25}"
    "h1{font-size:16pt}header{margin-bottom:.4rem;padding-bottom:.3rem}"
    "li.stretch{margin-bottom:.35rem;padding:.35rem .6rem}"
    "li.stretch h2{font-size:11.5pt;margin-bottom:.15rem}"
    "ol.steps{margin:.1rem 0 .2rem}ol.steps li{margin:0}ul.cautions{margin:.1rem 0}"
    ".notes{min-height:3.6rem;margin-bottom:.5rem}.safety{font-size:7.5pt;line-height:1.2}"
    "footer{margin-top:.4rem}"
    "a{color:inherit;text-decoration:none}}";

void
sheet_put_text(struct report *out, const char *s)
{
	char *safe = text_safe(s);

	for (const char *p = safe; *p != '\0'; p++) {
		switch (*p) {
		case '&': report_puts(out, "&amp;"); break;
		case '<': report_puts(out, "&lt;"); break;
		case '>': report_puts(out, "&gt;"); break;
		case '"': report_puts(out, "&quot;"); break;
		default: report_printf(out, "%c", *p); break;
		}
	}
	free(safe);
}

/* <tag class="cls">text</tag> */
void
sheet_put_elem(struct report *out, const char *tag, const char *cls, const char *text)
{
	report_printf(out, "<%s class=\"%s\">", tag, cls);
	sheet_put_text(out, text);
	report_printf(out, "</%s>\n", tag);
}

static void
put_head(struct report *out, const struct sheet_input *in)
{
	const struct routine *r = in->routine;
	struct plan *p = plan_new(r);
	char len[32], meta[160];

	report_printf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
	    in->lang);
	sheet_put_text(out, r->name);
	report_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n", sheet_css);
	sheet_put_elem(out, "p", "kicker", _("Home exercises"));
	sheet_put_elem(out, "h1", "title", r->name);
	if (r->description[0] != '\0')
		sheet_put_elem(out, "p", "purpose", r->description);
	snprintf(meta, sizeof meta, ngettext("%s, %s, %zu stretch\n", "%s, %s, %zu stretches\n",
	    r->nitems), catalogue_rtime_label(r->time), text_duration(len, sizeof len, p->total_s),
	    r->nitems);
	meta[strcspn(meta, "\n")] = '\0';
	sheet_put_elem(out, "p", "meta", meta);
	report_puts(out, "</header>\n");
	plan_free(p);
}

void
sheet_put_needs(struct report *out, unsigned conditions, bool no_kneel, bool no_floor)
{
	char conds[240], line[400];

	if (conditions != 0) {
		/* TRANSLATORS: On the printed sheet: %s is the user's health conditions
		   ("osteoporosis, pregnancy"). */
		snprintf(line, sizeof line, _("Your conditions: %s."), catalogue_join_names(conds,
		    sizeof conds, conditions, catalogue_condition_label, ", "));
		sheet_put_elem(out, "p", "conditions", line);
	}
	if (no_kneel)
		sheet_put_elem(out, "p", "needs", _("No kneeling."));
	if (no_floor)
		sheet_put_elem(out, "p", "needs", _("No floor work."));
}

/* The person's conditions and what was changed for them, when anything was. */
static void
put_for_you(struct report *out, const struct sheet_input *in)
{
	if (in->adapted == NULL && in->conditions == 0 && !in->no_kneel && !in->no_floor)
		return;
	report_puts(out, "<section class=\"foryou\">\n");
	sheet_put_elem(out, "h2", "h", _("Made for you"));
	sheet_put_needs(out, in->conditions, in->no_kneel, in->no_floor);
	if (in->adapted != NULL)
		sheet_put_elem(out, "p", "adapted", in->adapted);
	report_puts(out, "</section>\n");
}

static void
put_list(struct report *out, const char *tag, const char *cls, const struct str_list *l)
{
	report_printf(out, "<%s class=\"%s\">\n", tag, cls);
	for (size_t i = 0; i < l->n; i++)
		sheet_put_elem(out, "li", "item", l->v[i]);
	report_printf(out, "</%s>\n", tag);
}

/* The breath: the stretch's own words on each breath, then the pace. */
static void
put_breath(struct report *out, const struct stretch *s, const struct sheet_input *in)
{
	char pace[160];

	report_puts(out, "<p class=\"breath\"><span class=\"label\">");
	sheet_put_text(out, _("With the breath"));
	report_puts(out, ":</span> ");
	if (s->cue_in != NULL || s->cue_out != NULL) {
		/* TRANSLATORS: the words said on the in-breath and on the out-breath. */
		snprintf(pace, sizeof pace, _("in: %s; out: %s."), s->cue_in ? s->cue_in : "\u2014",
		    s->cue_out ? s->cue_out : "\u2014");
		sheet_put_text(out, pace);
		report_puts(out, " ");
	}
	/* TRANSLATORS: On the printed sheet: the seconds of the in-breath (4) and of the
	   out-breath (6). Use the glossary's breath words. */
	snprintf(pace, sizeof pace, _("Breathe in for %d s and out for %d s."),
	    s->breath_in > 0 ? s->breath_in : in->breath_in,
	    s->breath_out > 0 ? s->breath_out : in->breath_out);
	sheet_put_text(out, pace);
	report_puts(out, "</p>\n");
}

static void
put_stretch(struct report *out, size_t i, const struct routine_item *it,
    const struct sheet_input *in)
{
	const struct stretch *s = it->stretch;
	char dose[160];

	report_printf(out, "<li class=\"stretch\" id=\"s-%s\">\n<h2><span class=\"num\">%zu.</span>",
	    s->id, i + 1);
	sheet_put_text(out, s->name);
	report_puts(out, "</h2>\n<div class=\"cols\">\n");
	if (s->art.n > 0) {
		report_puts(out, "<pre class=\"art\">");
		for (size_t k = 0; k < s->art.n; k++) {
			sheet_put_text(out, s->art.v[k]);
			report_puts(out, k + 1 < s->art.n ? "\n" : "");
		}
		report_puts(out, "</pre>\n");
	}
	report_puts(out, "<div class=\"text\">\n");
	sheet_put_elem(out, "p", "dose", cue_dose(dose, sizeof dose, &(struct cue_dose){ .hold = it->hold,
	    .reps = it->reps, .each_side = s->each_side, .sets = it->sets }, CUE_HOLD));
	put_list(out, "ol", "steps", &s->steps);
	put_breath(out, s, in);
	if (s->cautions.n > 0) {
		sheet_put_elem(out, "p", "label", _("Take care"));
		put_list(out, "ul", "cautions", &s->cautions);
	}
	report_puts(out, "</div>\n</div>\n</li>\n");
}

/* The safety tiers side by side: each a heading line and its bullets. */
static void
put_safety(struct report *out)
{
	size_t n;
	const char *const *v = safety_sheet_lines(&n);
	bool open = false;

	report_puts(out, "<section class=\"safety\">\n");
	sheet_put_elem(out, "h2", "h", _("Safety in short"));
	report_puts(out, "<div class=\"tiers\">\n");
	for (size_t i = 0; i < n; i++) {
		if (v[i][0] == '\0')
			continue;
		if (v[i][0] != ' ') {
			report_puts(out, open ? "</ul>\n</div>\n" : "");
			report_puts(out, "<div class=\"tier\">\n");
			sheet_put_elem(out, "p", "label", v[i]);
			report_puts(out, "<ul>\n");
			open = true;
		} else if (open) {
			/* a bullet is "  * text" */
			sheet_put_elem(out, "li", "item", v[i] + (v[i][2] == '*' ? 4 : 2));
		}
	}
	report_puts(out, open ? "</ul>\n</div>\n" : "");
	report_puts(out, "</div>\n</section>\n");
}

void
sheet_html(struct report *out, const struct sheet_input *in)
{
	const struct routine *r = in->routine;
	char foot[400];

	put_head(out, in);
	put_for_you(out, in);
	report_puts(out, "<ol class=\"stretches\">\n");
	for (size_t i = 0; i < r->nitems; i++)
		put_stretch(out, i, &r->items[i], in);
	report_puts(out, "</ol>\n<section class=\"notes\">\n");
	sheet_put_elem(out, "h2", "h", _("Notes from your physiotherapist"));
	report_puts(out, "</section>\n");
	put_safety(out);
	/* TRANSLATORS: %s are the version and the date the sheet was made. */
	snprintf(foot, sizeof foot, _("Made with stretchcoach %s on %s. Stop at once if it hurts; "
	    "this sheet is a guide, not medical advice."), SC_VERSION, in->date);
	report_puts(out, "<footer>\n");
	sheet_put_elem(out, "p", "made", foot);
	report_puts(out, "</footer>\n</body>\n</html>\n");
}
