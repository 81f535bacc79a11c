/* child.h — helper programs run with a deadline: none of them can hang us. */
#ifndef SC_CHILD_H
#define SC_CHILD_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* How long a child that was sent SIGTERM (or SIGINT) may take before SIGKILL, in milliseconds. */
#define CHILD_GRACE_MS 200

/*
 * Set the function that says "stop waiting" (a signal arrived): every wait
 * in here checks it, so Ctrl-C or SIGTERM is never held up by a child. NULL
 * is fine (the default: wait until the deadline).
 */
void child_set_abort(int (*stop)(void));

/* True when the abort function says to stop. */
bool child_aborted(void);

/*
 * Run argv (argv[0] looked up in PATH) in a process group of its own, with
 * stdin from /dev/null and stderr thrown away, and put what it writes on
 * stdout in buf (NUL-terminated, at most size - 1 bytes). A child still
 * running after deadline_ms, or when the abort function fires, is ended with
 * child_end(). Returns 0 when it exited with status 0, else -1 (not found,
 * failed, too slow, or aborted; buf then holds what it wrote).
 */
int child_read(char *const argv[], char *buf, size_t size, int deadline_ms);

/*
 * End the process group led by pid: sig (SIGTERM, or SIGINT for a program
 * that takes it as "cancel"), then SIGKILL after grace_ms, and reap it.
 * Never blocks for much longer than grace_ms. Returns pid's wait status.
 */
int child_end(pid_t pid, int sig, int grace_ms);

/*
 * Start argv (argv[0] looked up in PATH) in a process group of its own, with
 * stdin and stderr from and to /dev/null and stdout to out_fd (-1: /dev/null;
 * when out_fd2 is not -1, stderr goes there). Returns its pid, or -1 with
 * errno set (ENOENT: not found).
 */
pid_t child_spawn(char *const argv[], int out_fd, int err_fd);

#endif
