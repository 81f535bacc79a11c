/* speech.h — spoken cues through a text-to-speech command (--say). */
#ifndef SC_SPEECH_H
#define SC_SPEECH_H

#include "session.h"

struct speech;

/*
 * Speak through cmd (e.g. "espeak-ng"): run without a shell, the text as its
 * last argument, in the background. voice holds words to put before the text
 * for any command ("-l de" for spd-say; "" for none); when it is NULL,
 * espeak-ng and espeak get "-v LANG" where the messages are not English
 * (i18n_language()), so they speak the language the cues are written in.
 * Returns NULL when cmd is NULL or empty.
 */
struct speech *speech_new(const char *cmd, const char *voice);

/*
 * Speak text now, or when the cues before it have been spoken: it waits in
 * a short queue (the oldest is dropped past a few), so a slow speech
 * command never delays the timer and never swallows a cue. Never blocks.
 */
void speech_say(struct speech *sp, const char *text);

/*
 * Say what someone on the floor needs to hear at this moment: the stretch
 * and its length when a step starts, "Switch sides", then the breath or
 * rep cue at each phase. Call it whenever the view is computed; it speaks
 * only when something changed, and starts cues that waited. The words that
 * open a step always wait their turn; a breath or rep cue is skipped while
 * others are being said. At the end, what waits is dropped and what plays
 * is cut short so that "Routine complete" is said at once. sp may be NULL.
 */
void speech_follow(struct speech *sp, const struct session_view *v);

/*
 * A one-line problem with the speech command ("not found", "failed"), given
 * once: the first call after it happened returns it, later calls NULL.
 */
const char *speech_problem(struct speech *sp);

/* Stop tracking the command (a cue still playing finishes on its own; those waiting are dropped). NULL is fine. */
void speech_free(struct speech *sp);

#endif
