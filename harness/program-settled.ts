/**
 * When a failed program run is over. The Node language host runs the program "until the message loop empties":
 * after an error, the resources waiting on the failed one (through `dependsOn` or its outputs) are never
 * registered, their outputs never settle, and the process simply exits once nothing else is pending. In this
 * process the loop never empties (the test runner, the gRPC clients, an in-process emulator), so the run cannot
 * wait for the stack's exports: they may never settle. Instead, once an error was raised, the run is over when
 * no registration is being answered and nothing new has happened for {@link QUIET_MS}.
 */

/** Long enough for the SDK to register what was already unblocked (CPU only: no I/O between a result and the next registration). */
export const QUIET_MS = 250;
const POLL_MS = 10;

/** Counts the engine's work in flight and every event of the run, to tell a settled failed run from a busy one. */
export class RunActivity {
    private inFlight = 0;
    private events = 0;
    private failed?: () => void;
    /** Resolves once the run raised its first error. */
    readonly firstError = new Promise<void>((resolve) => {
        this.failed = resolve;
    });

    /** Runs one registration's answer, counting it as in flight until it settles. */
    async track<T>(work: () => Promise<T>): Promise<T> {
        this.inFlight++;
        this.events++;
        try {
            return await work();
        } finally {
            this.inFlight--;
            this.events++;
        }
    }

    /** Records that the program raised an error. */
    error(): void {
        this.events++;
        this.failed?.();
    }

    /** Resolves after the first error, once nothing is in flight and nothing happened for `quietMs`. */
    async settledAfterError(quietMs = QUIET_MS): Promise<void> {
        await this.firstError;
        let seen = -1;
        let quietSince = Date.now();
        for (;;) {
            if (this.inFlight > 0 || this.events !== seen) {
                seen = this.events;
                quietSince = Date.now();
            } else if (Date.now() - quietSince >= quietMs) return;
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
    }
}
