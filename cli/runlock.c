/*
 * One crawl or rescan per database at a time: an advisory lock (flock) on
 * a file beside the database, DB.lock.  Not a POSIX lock on the database
 * itself, which would break SQLite's own locks (closing any descriptor of
 * a file drops a process's POSIX locks on it).  The kernel drops a flock
 * when its holder dies, so a lock left by a killed crawl never blocks the
 * next one.  The holder writes its pid and start time into the file so a
 * second run can say who holds it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include "cli.h"

/* The lock file's path for db ("sqlite:" prefix dropped), or NULL for a
 * location that is not a file (a PostgreSQL URL). Caller frees. */
static char *lock_path(const char *db)
{
    if (strncmp(db, "postgres", 8) == 0)
        return NULL;
    if (strncmp(db, "sqlite:", 7) == 0)
        db += 7;
    size_t n = strlen(db) + sizeof(".lock");
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s.lock", db);
    return p;
}

/* Say who holds the lock, from what it wrote into the file. */
static void report_holder(int fd, const char *cmd, const char *db)
{
    char buf[128] = "";
    ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
    long pid = 0;
    long long started = 0;
    if (n > 0 && sscanf(buf, "%ld %lld", &pid, &started) == 2) {
        char when[32] = "?";
        time_t t = (time_t)started;
        struct tm tm;
        if (localtime_r(&t, &tm))
            strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S %z", &tm);
        cli_error("%s: another crawl or rescan (pid %ld, started %s) is using '%s'; "
                  "run this one when it has finished", cmd, pid, when, db);
    } else {
        cli_error("%s: another crawl or rescan is using '%s'; run this one when it has "
                  "finished", cmd, db);
    }
}

int cli_run_lock(const char *cmd, const char *db)
{
    char *path = lock_path(db);
    if (!path)
        return strncmp(db, "postgres", 8) == 0 ? -2 : -1;
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        cli_error("%s: cannot use the database '%s': cannot create its lock file '%s': %s", cmd,
                  db, path, strerror(errno));
        free(path);
        return -1;
    }
    free(path);
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            report_holder(fd, cmd, db);
        else
            cli_error("%s: cannot lock '%s': %s", cmd, db, strerror(errno));
        close(fd);
        return -1;
    }
    char line[64];
    int len = snprintf(line, sizeof(line), "%ld %lld\n", (long)getpid(), (long long)time(NULL));
    /* on failure the lock holds all the same; only the holder's description is missing */
    int described = ftruncate(fd, 0) == 0 && pwrite(fd, line, (size_t)len, 0) == len;
    (void)described;
    return fd;
}

/* The lock file must not appear beside a database that is not there: check
 * for the file first (the store checks again when it opens it). */
int cli_run_lock_existing(const char *cmd, const char *db)
{
    const char *file = strncmp(db, "sqlite:", 7) == 0 ? db + 7 : db;
    struct stat sb;
    if (strncmp(db, "postgres", 8) != 0 && stat(file, &sb) != 0 &&
        (errno == ENOENT || errno == ENOTDIR)) {
        cli_error("no database at '%s' (a crawl or an import creates one)", file);
        return -1;
    }
    return cli_run_lock(cmd, db);
}

void cli_run_unlock(int fd)
{
    if (fd >= 0)
        close(fd);   /* releases the flock; the file stays for the next run */
}
