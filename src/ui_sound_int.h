/* ui_sound_int.h — between ui_sound.c and the sound player process it starts. */
#ifndef SC_UI_SOUND_INT_H
#define SC_UI_SOUND_INT_H

/*
 * The player's protocol, over a stream socket: once started, and after each
 * event it is sent (one byte, an enum sound_event), the player answers one
 * line, "CODE DETAIL\n", CODE a digit below, DETAIL the library's words
 * (empty when all is well). After any answer but PLAYER_OK it exits.
 */
enum player_code {
	PLAYER_OK,
	PLAYER_NO_LIBRARY,    /* libcanberra cannot be loaded */
	PLAYER_NO_DRIVER,     /* the theme cannot be opened */
	PLAYER_NO_PLAY,       /* a sound cannot be played */
	PLAYER_NO_ANSWER,     /* (ui_sound.c only) no answer, or the player is gone */
};

/* The longest answer line, newline included. */
#define PLAYER_LINE 160

/*
 * The player process, in the child of a fork: loads libcanberra, opens the
 * sound theme, answers, then plays each event it reads from fd until end of
 * file. Detaches from the terminal first. Never returns.
 */
_Noreturn void ui_sound_player(int fd);

#endif
