/* paths.h — where stretchcoach's files live (XDG base directories). */
#ifndef SC_PATHS_H
#define SC_PATHS_H

/*
 * Each function returns a malloc'd path the caller frees, or NULL when it
 * cannot be formed (no HOME, say). Empty or relative XDG_* variables are
 * ignored, as the XDG spec says.
 */

/* $XDG_CONFIG_HOME/stretchcoach (default ~/.config/stretchcoach). */
char *paths_config_dir(void);
/* $XDG_DATA_HOME/stretchcoach (default ~/.local/share/stretchcoach). */
char *paths_data_dir(void);
/* The user catalogue: paths_config_dir()/catalogue.json (may not exist). */
char *paths_user_catalogue(void);
/* The user config: paths_config_dir()/config.json (may not exist). */
char *paths_config_file(void);
/* The history log: paths_data_dir()/history.jsonl (may not exist). */
char *paths_history_file(void);
/*
 * The bundled catalogue: data/catalogue.json of the source tree the binary
 * was built in when it still lives inside it; else the one installed beside
 * it (bin/../share/stretchcoach), else $(DATADIR)/catalogue.json. Never NULL.
 */
char *paths_bundled_catalogue(void);
/*
 * Where the message catalogues (LANG/LC_MESSAGES/stretchcoach.mo) are: the
 * build directory's locale/ for a binary in its source tree, share/locale
 * beside bin/ when installed under another prefix, else $(LOCALEDIR); in a
 * test build (SC_TEST_CLOCK) $SC_LOCALEDIR when set. Never NULL.
 */
char *paths_locale_dir(void);
/* Create dir and its parents with the given mode where missing; 0 or -1 (errno set). */
int paths_mkdir_p(const char *dir, unsigned mode);
/*
 * Serialise a read-modify-write of file with every other stretchcoach: the
 * directory that holds it (created 0700 when missing) is locked with an
 * exclusive flock, which a rename of the file into place leaves held.
 * Returns the descriptor to give paths_unlock_dir(), or -1 (errno set).
 */
int paths_lock_dir(const char *file);
/* Release a lock paths_lock_dir() took (-1 is ignored). */
void paths_unlock_dir(int fd);

#endif
