/* ui_sound.h — playing session sounds: the freedesktop sound theme, or the terminal bell. */
#ifndef SC_UI_SOUND_H
#define SC_UI_SOUND_H

#include <stdbool.h>

#include "config.h"
#include "sound.h"

struct ui_sound;

/*
 * A player for mode: CONFIG_SOUND_THEME opens libcanberra (when built with
 * it) and falls back to the bell when no driver or sound server answers;
 * CONFIG_SOUND_BELL rings the bell; CONFIG_SOUND_OFF is silent. Never fails;
 * nothing is written to the terminal. Free with ui_sound_free().
 */
struct ui_sound *ui_sound_new(enum config_sound mode);

/*
 * Play ev. Returns true when the caller should ring its terminal bell
 * instead (bell mode, or the theme could not play it); a failure to play
 * switches the player to the bell for good.
 */
bool ui_sound_play(struct ui_sound *s, enum sound_event ev);

/*
 * What plays sounds, in words: "sound theme (libcanberra)", "terminal bell
 * (why)" or "off". Opens the theme to find out. The string lives as long as s.
 */
const char *ui_sound_path(struct ui_sound *s);

/* Close the player; NULL is fine. */
void ui_sound_free(struct ui_sound *s);

#endif
