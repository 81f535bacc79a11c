/* translation_from.c — fingerprints of a catalogue entry's text, for a translation's "from". */
#include <stdint.h>

#include "catalogue.h"
#include "translation.h"

/* FNV-1a over text, continuing from h; fields and list items are kept apart by separators. */
static uint32_t
hash_text(uint32_t h, const char *s, unsigned char sep)
{
	for (; s != NULL && *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return (h ^ sep) * 16777619u;
}

static uint32_t
hash_list(uint32_t h, const struct str_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		h = hash_text(h, l->v[i], 0x1f);
	return (h ^ 0x1e) * 16777619u;
}

uint32_t
translation_stretch_hash(const struct stretch *s)
{
	uint32_t h = hash_text(2166136261u, s->name, 0x1e);

	h = hash_list(h, &s->steps);
	h = hash_list(h, &s->cautions);
	h = hash_text(h, s->cue_in, 0x1e);
	h = hash_text(h, s->cue_out, 0x1e);
	h = hash_list(h, &s->art);
	h = hash_list(h, &s->frame_in);
	return hash_list(h, &s->frame_out);
}

uint32_t
translation_programme_hash(const struct programme *p)
{
	uint32_t h = hash_text(hash_text(2166136261u, p->name, 0x1e), p->description, 0x1e);

	for (size_t i = 0; i < p->ndays; i++)
		h = hash_text(h, p->days[i].note, 0x1f);
	return h;
}

uint32_t
translation_routine_hash(const struct routine *r)
{
	return hash_text(hash_text(2166136261u, r->name, 0x1e), r->description, 0x1e);
}
