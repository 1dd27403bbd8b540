/**
 * How the `modelarts-emulator` process ends. Users start it as a background job (`npx modelarts-emulator &`) and
 * stop it with `kill %1`, which signals `npx`, not the emulator: npm's process dies and the emulator, a
 * grandchild, would be left running with the port taken, so the next start fails. The emulator therefore also
 * stops when its parent goes away (it is re-parented: `process.ppid` changes), besides SIGINT, SIGTERM and SIGHUP.
 */

/** How often the parent is checked: a restart right after a stop waits at most this long for the port. */
export const PARENT_POLL_MS = 200;

/** Calls `stop` once, on the first of: SIGINT, SIGTERM, SIGHUP, or the parent process going away. */
export function stopWhenAsked(stop: (reason: string) => void): void {
    let stopped = false;
    const once = (reason: string) => {
        if (stopped) return;
        stopped = true;
        clearInterval(watch);
        stop(reason);
    };
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
        process.once(signal, () => {
            once(signal);
        });
    const parent = process.ppid;
    const watch = setInterval(() => {
        if (process.ppid !== parent) once("parent process exited");
    }, PARENT_POLL_MS);
    watch.unref(); // the server keeps the process alive, not this check
}

/** The message for a listen error: a port in use says what to do about it. */
export function listenErrorMessage(error: unknown, host: string, port: number): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === "EADDRINUSE") {
        return (
            `port ${port} on ${host} is already in use (an emulator left running? stop it, ` +
            `or choose another port: --port N, or --port 0 for a free one)`
        );
    }
    return error instanceof Error ? error.message : String(error);
}
