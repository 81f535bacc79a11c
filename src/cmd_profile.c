/*
 * cmd_profile.c — the first-visit questions (where it is, down a leg, what
 * eases it, the conditions to allow for), asked after the first safety
 * page, from the main menu and by `stretchcoach profile`, and how `config`
 * shows the answers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "cmd_int.h"
#include "conditions.h"
#include "config.h"
#include "diag.h"
#include "i18n.h"
#include "paths.h"
#include "profile.h"
#include "text.h"

/* The questions, in the order they are asked. */
enum { Q_AREA, Q_LEG, Q_EASES, Q_CONDITIONS, Q_COUNT };

/* The conditions the checklist offers, in its order (the last answer is "none of these"). */
static const unsigned cond_order[] = {
	COND_OSTEOPOROSIS, COND_HIP_REPLACEMENT, COND_KNEE_REPLACEMENT, COND_PREGNANCY,
	COND_SPINAL_STENOSIS, COND_SCIATICA, COND_RECENT_SURGERY,
};
#define NCOND (sizeof cond_order / sizeof cond_order[0])

/* The answers as the questions show them, in the order of profile.h's enums (after NONE). */
static const char *const area_words[] = { N_("Lower back"), N_("Neck and shoulders"),
    N_("Both"), N_("General stiffness") };
static const char *const eases_words[] = { N_("Bending forward, or sitting"),
    N_("Bending backward, or standing and walking"), N_("Neither, or I can't tell") };
/* The checklist's words for cond_order[i] (conditions_checklist(), as the safety page names them), "none of these" last. */
static const char *
cond_word(size_t i)
{
	return i < NCOND ? conditions_checklist(cond_order[i]) : _("None of these");
}

/* What the questions change as they are answered. */
struct answers {
	struct profile p;
	unsigned conds;
	bool conds_given;    /* the checklist was answered: "conditions" is written */
	unsigned marks;      /* the checklist's marks, kept while going back and forth */
};

void
cmd_profile_conditions(unsigned conds, const char *sep, char *buf, size_t size)
{
	size_t len = 0;

	*buf = '\0';
	for (size_t i = 0; i < NCOND && len < size; i++)
		if (conds & cond_order[i])
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? sep : "",
			    cond_word(i));
}

void
cmd_profile_rows(const struct profile *p, char *area, char *leg, char *eases, size_t size)
{
	*leg = *eases = '\0';
	if (!profile_given(p)) {
		snprintf(area, size, "%s", _("(not answered)"));
		return;
	}
	/* the answers in the questions' words */
	snprintf(area, size, "%s", p->area != PROFILE_AREA_NONE ? _(area_words[p->area - 1]) :
	    _("(area not asked)"));
	snprintf(leg, size, "%s", p->leg == 1 ? _("leg symptoms: yes") : p->leg == 0 ?
	    _("leg symptoms: no") : _("leg symptoms: not asked"));
	if (p->eases != PROFILE_EASES_NONE)
		/* TRANSLATORS: the answer to "What eases it?", "Bending backward, or standing and walking". */
		snprintf(eases, size, _("eased by: %s"), _(eases_words[p->eases - 1]));
	else
		snprintf(eases, size, "%s", _("eased by: not asked"));
}

/* Ask question k of Q_COUNT; the answer's index, ASK_SKIP, ASK_PREV or ASK_LEAVE. */
static int
ask_one(struct frontend *fe, int k, const char *const *lines, size_t nlines,
    const char *const *answers, size_t n, int given, unsigned *marks)
{
	char title[128];
	struct frontend_question q = { title, lines, nlines, answers, n, "12345678", _("leave"),
	    true, given, marks, k == 0, NULL, 0 };

	/* TRANSLATORS: the title of each first-visit question: "About your back (1 of 4)". */
	snprintf(title, sizeof title, _("About your back (%d of %d)"), k + 1, Q_COUNT);
	return fe->ops->ask(fe->ctx, &q);
}

/*
 * The plain word to see someone, when symptoms reach below the knee: PAGE_ON
 * goes on, PAGE_BACK back to the question (a yes given by mistake).
 */
static enum page_exit
leg_advice(struct frontend *fe)
{
	const char *lines[] = {
		_("Symptoms that go down a leg below the knee are worth showing to a doctor or "
		    "physiotherapist. Please see one, and soon if they are getting worse."),
		_("Until then stretchcoach keeps to gentle moves that go easy on the nerves of the "
		    "leg, and leaves out deep stretches and long hamstring holds."),
	};

	return fe->ops->page(fe->ctx, _("Please see a clinician"), lines, 2, PAGE_GATE);
}

/* Question 4: the conditions, a checklist with "none of these" last. */
static int
ask_conditions(struct frontend *fe, struct answers *an)
{
	unsigned marks;
	const char *answers[NCOND + 1];
	const char *lines[] = { _("Which of these apply to you?"),
	    _("This only changes what the app offers. It is not medical advice.") };
	int given = (int)NCOND, a;

	for (size_t i = 0; i <= NCOND; i++)
		answers[i] = cond_word(i);
	for (size_t i = 0; i < NCOND; i++)
		if (an->marks & (1u << i)) {
			given = (int)i;
			break;
		}
	/* the marks stay as they are when going back and forth: they are taken with Enter */
	if ((a = ask_one(fe, Q_CONDITIONS, lines, 2, answers, NCOND + 1, given, &an->marks)) < 0 ||
	    an->marks == 0)
		return a < 0 ? a : ASK_SKIP;
	marks = an->marks;
	an->conds = 0;
	for (size_t i = 0; i < NCOND; i++)
		if (marks & (1u << i))
			an->conds |= cond_order[i];
	an->conds_given = true;
	return 0;
}

/* Ask question k, keeping its answer in an; what ask returned. */
static int
ask_step(struct frontend *fe, int k, struct answers *an)
{
	const char *where[] = { _(area_words[0]), _(area_words[1]), _(area_words[2]),
	    _(area_words[3]) };
	const char *leg[] = { _("Yes"), _("No") };
	const char *eases[] = { _(eases_words[0]), _(eases_words[1]), _(eases_words[2]) };
	const char *first[] = { _("Where do you feel it most?"), _("Your answers decide which "
	    "routines are offered first; symptoms below the knee also leave out the stretches "
	    "that strain the nerves of the leg. They are not a diagnosis.") };
	const char *down[] = { _("Do the symptoms go down a leg, below the knee?") };
	const char *what[] = { _("What eases it?") };
	struct profile *p = &an->p;
	int a;

	switch (k) {
	case Q_AREA:
		if ((a = ask_one(fe, k, first, 2, where, 4, (int)p->area - 1, NULL)) >= 0)
			p->area = (enum profile_area)(a + 1);
		return a;
	case Q_LEG:
		do {
			if ((a = ask_one(fe, k, down, 1, leg, 2, p->leg == 1 ? 0 : p->leg == 0 ? 1 : -1,
			    NULL)) >= 0)
				p->leg = a == 0;
		} while (a == 0 && leg_advice(fe) == PAGE_BACK && frontend_signal() == 0);
		return a;
	case Q_EASES:
		if ((a = ask_one(fe, k, what, 1, eases, 3, (int)p->eases - 1, NULL)) >= 0)
			p->eases = (enum profile_eases)(a + 1);
		return a;
	default:
		return ask_conditions(fe, an);
	}
}

/* Keep the answers in cfg and the config file; say what happened (nothing when left at once). */
static void
keep_answers(struct frontend *fe, struct config *cfg, const struct answers *an, bool left,
    bool menu)
{
	char *path, *cause = NULL;
	bool same = memcmp(&an->p, &cfg->profile, sizeof an->p) == 0 &&
	    an->conds == cfg->conditions &&
	    an->conds_given == (cfg->source[CFG_CONDITIONS] != SRC_DEFAULT);

	/* left before any answer: nothing is written, so the questions are offered again */
	if (left && same)
		return;
	path = paths_config_file();
	cfg->profile = an->p;
	cfg->source[CFG_PROFILE] = SRC_FILE;
	if (an->conds_given) {
		cfg->conditions = an->conds;
		cfg->source[CFG_CONDITIONS] = SRC_FILE;
	}
	if (path == NULL)
		cause = xstrdup(_("no place for the settings: set HOME or XDG_CONFIG_HOME"));
	else if (profile_save(path, &an->p, an->conds_given ? &an->conds : NULL, &cause) == 0)
		cause = NULL;
	if (cause != NULL) {
		/* TRANSLATORS: %s is why, a system error such as "Permission denied". One line at the
		   bottom of the screen. */
		char *msg = xasprintf(_("Your answers are used now but could not be kept: %s"), cause);

		fe->ops->note(fe->ctx, msg);
		free(msg);
	} else if (left && menu) {
		fe->ops->note(fe->ctx, _("The answers you gave are kept. About your back in the "
		    "menu asks again."));
	} else if (left) {
		/* TRANSLATORS: Where there is no menu (stretchcoach run ROUTINE). Keep
		   'stretchcoach profile' as it is typed. */
		fe->ops->note(fe->ctx, _("The answers you gave are kept. 'stretchcoach profile' "
		    "asks again."));
	} else {
		fe->ops->note(fe->ctx, _("Thanks: routines that suit your answers are marked "
		    "\"suits you\"."));
	}
	free(cause);
	free(path);
}

bool
cmd_profile_ask(struct frontend *fe, struct config *cfg, bool menu)
{
	struct answers an = { cfg->profile, cfg->conditions, cfg->source[CFG_CONDITIONS] != SRC_DEFAULT,
	    0 };
	int k = 0, a = 0;

	for (size_t i = 0; i < NCOND; i++)
		if (an.conds & cond_order[i])
			an.marks |= 1u << i;
	if (an.conds_given && an.conds == 0)
		an.marks = 1u << NCOND;
	while (k < Q_COUNT && frontend_signal() == 0) {
		/* there is no question before the first: back there asks it again */
		if ((a = ask_step(fe, k, &an)) == ASK_LEAVE)
			break;
		k = a == ASK_PREV ? (k > 0 ? k - 1 : 0) : k + 1;
	}
	if (frontend_signal() != 0)
		return false;
	keep_answers(fe, cfg, &an, k < Q_COUNT, menu);
	return true;
}

int
cmd_profile(const struct cli *cli)
{
	struct config cfg;
	struct run_opts o;
	struct frontend fe;
	int status = app_settings(cli, &cfg, &o);

	if (status == 0) {
		frontend_signals_install();
		fe = cmd_open_frontend(cli, &o);
		cmd_profile_ask(&fe, &cfg, false);
		fe.ops->close(fe.ctx);
		if (frontend_signal() != 0)
			frontend_signal_reraise(frontend_signal());
	}
	config_done(&cfg);
	return status;
}
