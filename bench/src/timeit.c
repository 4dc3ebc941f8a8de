/* Runs one command with its output in a file; prints "STATUS NANOSECONDS". */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static long long now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    posix_spawn_file_actions_t actions;
    long long start, end;
    pid_t pid;
    int status, err;

    if (argc < 3) {
        fprintf(stderr, "usage: timeit OUTFILE COMMAND [ARG...]\n");
        return 2;
    }
    /* The child opens the file; posix_spawn (vfork-based in glibc) keeps
     * the harness's own share of each run well below a shell's fork. */
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, argv[1],
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);

    start = now_ns();
    err = posix_spawnp(&pid, argv[2], &actions, NULL, argv + 2, environ);
    if (err != 0) {
        fprintf(stderr, "timeit: cannot run %s\n", argv[2]);
        return 2;
    }
    if (waitpid(pid, &status, 0) < 0) {
        perror("timeit: waitpid");
        return 2;
    }
    end = now_ns();

    printf("%d %lld\n",
           WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
           end - start);
    return 0;
}
