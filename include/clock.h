/* clock.h — the one place that reads the clock. */
#ifndef SC_CLOCK_H
#define SC_CLOCK_H

#include <stdint.h>
#include <time.h>

/*
 * The wall clock, in seconds since the epoch. Every date and hour the program
 * shows or records comes from here. In a test build (SC_TEST_CLOCK) the
 * environment variable SC_NOW pins it: see docs/testing.md.
 */
time_t clock_wall(void);
/*
 * The system's wall clock, never pinned: only for measuring against a time
 * from outside the program (a terminal's last access, logind's idle hint).
 */
time_t clock_real(void);

/* Monotonic time in milliseconds from an arbitrary origin. */
int64_t clock_mono_ms(void);

/*
 * Session time runs `speed` times faster than real time (--speed). A vclock
 * maps the monotonic clock to session milliseconds and back.
 */
struct vclock {
	int64_t origin_us;  /* monotonic microseconds at start */
	int     speed;   /* 1..1000 */
};

/* Start a virtual clock at the current monotonic time. */
void vclock_init(struct vclock *c, int speed);
/* Session milliseconds since vclock_init(). */
int64_t vclock_now(const struct vclock *c);
/* Real milliseconds to wait until session time `when` (0 if already past), rounded up. */
int64_t vclock_wait_ms(const struct vclock *c, int64_t when);

/*
 * Nothing, except in test builds, where it sleeps SC_STALL_MS real
 * milliseconds: called right after a session begins, it makes happen every
 * time the stall a loaded host causes by chance at --speed 1000.
 */
void clock_test_stall(void);

#endif
