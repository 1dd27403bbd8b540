/**
 * Time as the emulator sees it. Only `now()` is needed: task states are computed from timestamps at read time
 * (so a task keeps progressing across restarts), never from timers. A provider `Clock` fits this shape, so a
 * test can hand the same fake clock to the client and to the emulator and keep `X-Sdk-Date` within the skew.
 */
export interface EmulatorClock {
    /** Epoch milliseconds. */
    now(): number;
}

/** The machine's clock. */
export const wallClock: EmulatorClock = { now: () => Date.now() };
