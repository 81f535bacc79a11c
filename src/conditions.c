/*
 * conditions.c — each health condition is a rule over a stretch's movement
 * (catalogue.h struct movement). The table below is the one place that says
 * what a condition rules out; routines, Build, fitting, swaps, suggestions
 * and programmes all ask conditions_check() through adapt.c.
 *
 * The guidance each rule follows:
 * - osteoporosis: Royal Osteoporosis Society, "Strong, Steady and Straight"
 *   (expert consensus, 2019) and Giangregorio et al., "Too Fit To Fracture"
 *   (Osteoporos Int, 2014): no loaded, end-range or sustained forward bending
 *   and no loaded twisting of the spine; no rolling the body's weight over a
 *   foam roller, nor lying on a ball under the back. As a physiotherapist
 *   would with fragile vertebrae, no twisting of the spine at all (knee rolls
 *   repeat a twist at the end of a small range), and no cat-cow (the cat
 *   rounds the back to the end of its range): pelvic tilts, small and in the
 *   middle of the range, instead.
 *   The seated knee hug, which rounds the low back under the body's weight
 *   as the knee comes in, says so itself ("avoid_if" in the catalogue).
 * - hip-replacement: the posterior-approach hip precautions (AAOS OrthoInfo,
 *   "Total Hip Replacement Exercise Guide"; NHS hip replacement leaflets):
 *   no hip flexion past 90 degrees, no thigh across the midline (nor a hand
 *   levering the knee across while the trunk turns over the hip, as in a
 *   seated twist), no turning the hip in; no pressure rolling over the
 *   operated hip.
 * - knee-replacement: AAOS OrthoInfo, "Total Knee Replacement Exercise
 *   Guide": no kneeling and no forcing the knee deep under weight until the
 *   surgeon or physiotherapist clears it.
 * - pregnancy (after the first trimester): ACOG Committee Opinion 804 (2020),
 *   "Physical Activity and Exercise During Pregnancy and the Postpartum
 *   Period": no lying on the front, no long spells flat on the back (we allow
 *   about three minutes in a row), no deep twists, no end-range stretching
 *   while relaxin loosens the joints.
 * - spinal-stenosis: NASS evidence-based guideline, "Diagnosis and Treatment
 *   of Degenerative Lumbar Spinal Stenosis" (2011): bending backwards and
 *   staying there (held, loaded or to the end of the range) narrows the canal
 *   and brings the symptoms on; lying on the front does the same. Small
 *   rocking tilts in mid-range are the usual first exercises and stay; the
 *   cat-cow's sagging cow goes to the end of the range and does not.
 * - sciatica (acute): NICE NG59 (2016, updated 2020), "Low back pain and
 *   sciatica in over 16s", and the neurodynamic tests it rests on: a straight
 *   leg raised or a slumped forward fold tensions an irritated nerve root;
 *   and no deep stretches (Pigeon's and Lizard's long holds at the end of
 *   the hip's range press on and stretch the nerve where it leaves the
 *   pelvis), as for symptoms below the knee.
 * - symptoms below the knee (COND_LEG, the About your back answer): the same
 *   nerve rule, and no deep stretches, until a clinician has looked.
 * - recent-surgery: no stretching programme until the surgical team says so;
 *   only walking about and quiet breathing, which every ward encourages.
 */
#include "conditions.h"

#include <stddef.h>

#include "i18n.h"

/* A stretch lying on its back longer than this in one go is left out in pregnancy. */
#define PREGNANCY_SUPINE_MAX 180

typedef bool (*rule_fn)(const struct stretch *s);

struct rule {
	unsigned cond;       /* COND_* bits it is for */
	rule_fn breaks;
	const char *reason;  /* N_(): the words after "left out for CONDITION: " */
};

static bool
bends_forward_loaded(const struct stretch *s)
{
	const struct movement *m = &s->movement;

	return (m->spine & SPINE_FLEXION) && (m->spine_loaded || m->end_range);
}

/* A forward bend of the spine held still: sustained flexion, even unloaded, loads the vertebrae's fronts. */
static bool
bends_forward_held(const struct stretch *s)
{
	return (s->movement.spine & SPINE_FLEXION) && s->kind == KIND_STATIC;
}

static bool
twists_loaded(const struct stretch *s)
{
	const struct movement *m = &s->movement;

	return (m->spine & SPINE_ROTATION) && (m->spine_loaded || m->end_range);
}

/* Any twist of the spine, even a small one lying down: fragile vertebrae do not twist. */
static bool twists(const struct stretch *s) { return (s->movement.spine & SPINE_ROTATION) != 0; }

static bool
rolls_on_roller(const struct stretch *s)
{
	return s->kind == KIND_RELEASE && (s->equipment & EQUIP_FOAM_ROLLER);
}

/*
 * Lying on a ball under the back: the body's weight on the few square
 * centimetres of a rib or two, beside the spine (a ball against a wall, or
 * under a buttock, is not).
 */
static bool
lies_on_ball(const struct stretch *s)
{
	return s->kind == KIND_RELEASE && (s->equipment & EQUIP_BALL) &&
	    s->movement.lying != LYING_NONE &&
	    (s->areas & (AREA_UPPER_BACK | AREA_MID_BACK | AREA_LOWER_BACK));
}

/* Lying with the spine arched back over a roller: the body's weight levers the back. */
static bool
arches_over_roller(const struct stretch *s)
{
	const struct movement *m = &s->movement;

	return (s->equipment & EQUIP_FOAM_ROLLER) && (m->spine & SPINE_EXTENSION) &&
	    m->spine_loaded;
}

static bool hip_past_90(const struct stretch *s) { return s->movement.hip_flexion == HIP_PAST_90; }
static bool hip_across(const struct stretch *s) { return s->movement.hip_adduction; }
static bool hip_turned_in(const struct stretch *s) { return s->movement.hip_internal_rotation; }

static bool
rolls_on_hip(const struct stretch *s)
{
	return s->kind == KIND_RELEASE && (s->areas & (AREA_HIPS | AREA_GLUTES)) &&
	    s->position == POS_FLOOR;
}

static bool kneels(const struct stretch *s) { return s->movement.kneeling || s->kneels; }
static bool knee_deep(const struct stretch *s) { return s->movement.knee_flexion_past_90; }
static bool prone(const struct stretch *s) { return s->movement.lying == LYING_FRONT; }
/*
 * Stenosis: a back bend held still, under the body's weight or to the end of
 * the range narrows the canal; small rocking tilts in mid-range (pelvic
 * tilts; not the cat-cow, whose cow sags to the end of the range) are what a
 * physiotherapist gives instead.
 */
static bool
backward(const struct stretch *s)
{
	const struct movement *m = &s->movement;

	return (m->spine & SPINE_EXTENSION) &&
	    (s->kind != KIND_DYNAMIC || m->spine_loaded || m->end_range);
}
static bool nerve(const struct stretch *s) { return s->movement.nerve_tension; }
static bool deep(const struct stretch *s) { return s->level == LEVEL_DEEP; }
static bool not_everyday(const struct stretch *s) { return !s->movement.everyday; }

static bool
deep_twist(const struct stretch *s)
{
	return (s->movement.spine & SPINE_ROTATION) && s->movement.end_range;
}

/* The trunk and hips to the end of their range (a neck stretch is eased, not ruled out). */
static bool end_range(const struct stretch *s) { return s->movement.end_range; }

/* Seconds of one run of the stretch as the catalogue doses it. */
static int
dose_seconds(const struct stretch *s)
{
	int work = s->reps > 0 ? s->reps * s->rep_seconds : s->hold;

	return work * s->sets * (s->each_side ? 2 : 1);
}

static bool
long_supine(const struct stretch *s)
{
	return s->movement.lying == LYING_BACK && dose_seconds(s) > PREGNANCY_SUPINE_MAX;
}

/* First match wins: the reason a person reads is the first rule that fits. */
static const struct rule rules[] = {
	{ COND_RECENT_SURGERY, not_everyday,
	  N_("only walking and breathing until your surgical team says more") },
	{ COND_OSTEOPOROSIS, bends_forward_loaded, N_("loaded or end-range forward bend") },
	{ COND_OSTEOPOROSIS, bends_forward_held, N_("forward bend held still") },
	{ COND_OSTEOPOROSIS, twists_loaded, N_("loaded twist") },
	{ COND_OSTEOPOROSIS, twists, N_("twist of the spine") },
	{ COND_OSTEOPOROSIS, rolls_on_roller, N_("body weight on a foam roller") },
	{ COND_OSTEOPOROSIS, arches_over_roller, N_("loaded back bend over a foam roller") },
	{ COND_OSTEOPOROSIS, lies_on_ball, N_("body weight on a ball under the back") },
	{ COND_HIP_REPLACEMENT, hip_past_90, N_("hip bent past 90 degrees") },
	{ COND_HIP_REPLACEMENT, hip_across, N_("knee brought across the body's midline") },
	{ COND_HIP_REPLACEMENT, hip_turned_in, N_("hip turned inwards") },
	{ COND_HIP_REPLACEMENT, rolls_on_hip, N_("pressure rolling over the hip") },
	{ COND_KNEE_REPLACEMENT, kneels, N_("kneeling") },
	{ COND_KNEE_REPLACEMENT, knee_deep, N_("knee bent past 90 degrees under weight or a pull") },
	{ COND_PREGNANCY | COND_SPINAL_STENOSIS, prone, N_("lying on your front") },
	{ COND_PREGNANCY, deep_twist, N_("deep twist") },
	{ COND_PREGNANCY, end_range, N_("stretch to the end of the range") },
	{ COND_PREGNANCY, long_supine, N_("more than three minutes flat on your back") },
	{ COND_SPINAL_STENOSIS, backward, N_("bends the back backwards") },
	{ COND_SCIATICA | COND_LEG, nerve,
	  N_("stretch that pulls on the sciatic nerve (a straight leg or a slumped fold)") },
	{ COND_SCIATICA | COND_LEG, deep, N_("deep stretch") },
};

/* The conditions as a sentence names them: "left out for a hip replacement". */
static const char *const cond_words[COND_COUNT] = {
	N_("pregnancy"), N_("osteoporosis"), N_("a hip replacement"), N_("a knee replacement"),
	N_("spinal stenosis"), N_("acute sciatica"), N_("recent surgery"),
};

/*
 * The conditions as the first-run checklist and the safety page name them:
 * at 50 columns a checklist row has 36 after its number and box
 * (tests/cli/translation.sh checks every language's).
 */
static const char *const checklist_words[COND_COUNT] = {
	/* TRANSLATORS: this and the six after it are rows of a checklist: at most 36 columns. */
	N_("Pregnancy, after the first 3 months"), N_("Osteoporosis"), N_("A hip replacement"),
	N_("A knee replacement"), N_("Spinal stenosis (bending back hurts)"),
	N_("Sciatica that flared up lately"), N_("Surgery in the last 3 months"),
};

/* The entry of a table of COND_COUNT words for one condition bit, in the message language. */
static const char *
word_of(const char *const *words, unsigned bit)
{
	for (unsigned i = 0; i < COND_COUNT; i++)
		if (bit == 1u << i)
			return _(words[i]);
	return "?";
}

const char *conditions_checklist(unsigned bit) { return word_of(checklist_words, bit); }
const char *
conditions_label(unsigned bit)
{
	/* TRANSLATORS: as in "Leg Swings left out for symptoms below the knee: ...". */
	return bit == COND_LEG ? _("symptoms below the knee") : word_of(cond_words, bit);
}

/* The lowest bit of set. */
static unsigned lowest(unsigned set) { return set & -set; }

const char *
conditions_check(const struct stretch *s, unsigned conds, unsigned *cond)
{
	unsigned dummy;

	if (cond == NULL)
		cond = &dummy;
	if (conds == 0)
		return NULL;
	if (!s->movement.known) {
		*cond = lowest(conds);
		return _("no movement description");
	}
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if ((rules[i].cond & conds) && rules[i].breaks(s)) {
			*cond = lowest(rules[i].cond & conds);
			return _(rules[i].reason);
		}
	if (s->avoid_if & conds) {
		*cond = lowest(s->avoid_if & conds);
		return _("its catalogue says to avoid it");
	}
	return NULL;
}

unsigned
conditions_forbidding(const struct stretch *s)
{
	unsigned out = 0;

	for (unsigned i = 0; i < COND_COUNT; i++)
		if (conditions_check(s, 1u << i, NULL) != NULL)
			out |= 1u << i;
	return out;
}

int
conditions_supine_limit(unsigned conds)
{
	return (conds & COND_PREGNANCY) ? PREGNANCY_SUPINE_MAX : 0;
}

bool
conditions_may_build(unsigned conds)
{
	return !(conds & COND_RECENT_SURGERY);
}
