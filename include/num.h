/* num.h — whole numbers and rounding without libm (start-up loads one library less). */
#ifndef SC_NUM_H
#define SC_NUM_H

#include <math.h>
#include <stdbool.h>

/* 2^52: every double at least this large is a whole number. */
#define NUM_WHOLE_ABOVE 4503599627370496.0

/* True when d is finite and whole, as d == floor(d). */
static inline bool
num_whole(double d)
{
	return isfinite(d) && (fabs(d) >= NUM_WHOLE_ABOVE || d == (double)(long long)d);
}

/* d rounded half away from zero, as round(d). */
static inline double
num_round(double d)
{
	double t;

	if (!(fabs(d) < NUM_WHOLE_ABOVE))
		return d;   /* whole already, infinite or NaN */
	t = (double)(long long)d;
	if (fabs(d - t) >= 0.5)
		t += d > 0 ? 1 : -1;
	return t;
}

#endif
