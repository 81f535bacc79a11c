/* builder_pool.c — the stretches a build may use, in the order it tries them. */
#include <stdlib.h>
#include <string.h>

#include "builder.h"
#include "builder_int.h"
#include "diag.h"

/* splitmix64: small, good enough, and the same everywhere for a seed. */
static unsigned long long
rng_next(unsigned long long *state)
{
	unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/*
 * Move the preferred stretches to the front of the pool, in the order of
 * req->prefer; the others keep their (shuffled) order behind them.
 */
static void
prefer_first(struct builder_pool *p, const struct build_request *req)
{
	const struct stretch **out = xcalloc(p->n + 1, sizeof *out);
	size_t m = 0;

	for (size_t k = 0; k < req->nprefer; k++)
		for (size_t i = 0; i < p->n; i++)
			if (p->v[i] != NULL && strcmp(p->v[i]->id, req->prefer[k]) == 0) {
				out[m++] = p->v[i];
				p->v[i] = NULL;
			}
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i] != NULL)
			out[m++] = p->v[i];
	memcpy(p->v, out, p->n * sizeof *p->v);
	free(out);
}

/* Order the pool by req->weigh, heaviest first; equal weights keep their shuffled order. */
static void
weigh_first(struct builder_pool *p, const struct build_request *req)
{
	int *w = xcalloc(p->n + 1, sizeof *w);

	for (size_t i = 0; i < p->n; i++)
		w[i] = req->weigh(p->v[i], req->weigh_arg);
	for (size_t i = 1; i < p->n; i++) {
		const struct stretch *s = p->v[i];
		int ws = w[i];
		size_t j = i;

		for (; j > 0 && w[j - 1] < ws; j--) {
			p->v[j] = p->v[j - 1];
			w[j] = w[j - 1];
		}
		p->v[j] = s;
		w[j] = ws;
	}
	free(w);
}

/* Floor work before the rest, each in its shuffled order: builds look like the article's routines. */
static void
floor_first(struct builder_pool *p)
{
	const struct stretch **out = xcalloc(p->n + 1, sizeof *out);
	size_t m = 0;

	for (int floor = 1; floor >= 0; floor--)
		for (size_t i = 0; i < p->n; i++)
			if ((p->v[i]->position == POS_FLOOR) == floor)
				out[m++] = p->v[i];
	memcpy(p->v, out, p->n * sizeof *p->v);
	free(out);
}

/*
 * The stretches req allows, shuffled by the seed; floor work first when
 * neither a desk nor an area is asked, then what suits req->weigh, and the
 * preferred ones (what works) before all.
 */
void
builder_gather(const struct catalogue *c, const struct build_request *req,
    struct builder_pool *p)
{
	unsigned long long state = req->seed;

	p->v = xcalloc(catalogue_stretch_count(c) + 1, sizeof *p->v);
	p->n = 0;
	for (size_t i = 0; i < catalogue_stretch_count(c); i++)
		if (builder_allows(catalogue_stretch(c, i), req))
			p->v[p->n++] = catalogue_stretch(c, i);
	for (size_t i = p->n; i > 1; i--) {
		size_t j = (size_t)(rng_next(&state) % i);
		const struct stretch *t = p->v[i - 1];

		p->v[i - 1] = p->v[j];
		p->v[j] = t;
	}
	if (!req->at_desk && req->areas == 0)
		floor_first(p);
	if (req->weigh != NULL)
		weigh_first(p, req);
	if (req->nprefer > 0)
		prefer_first(p, req);
}
