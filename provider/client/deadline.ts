/**
 * A request's deadline, carried per call as an `AbortSignal`, and each attempt's timeout (docs/reliability.md,
 * "Deadlines are kept whatever the network does").
 *
 * - {@link callCutOff} makes a call's signal from the resource's deadline: a POST is cut at it; a GET gets
 *   {@link FINAL_ATTEMPT_GRACE_MS} more, since a wait's final poll and a create's last look go at the deadline.
 * - The {@link deadline} layer sends nothing once that signal has aborted, and aborts each attempt (answer body
 *   included) at the signal or at the attempt timeout, whichever comes first, naming which.
 * - Every timer comes from the injected `Clock`, so the cut-offs fire on a fake clock with no real time passing.
 *
 * The pace honours the same signal (`pace.ts`); the retry loop is told the deadline itself (`retry.ts`).
 */
import type { AbortTimer, Clock } from "../clock";
import { ExchangeFailure, HttpMethod, Layer } from "./layer";

/**
 * How long past its deadline a GET may still take: the final poll of a wait and the last look of a create go at the
 * deadline, and need an answer to report the task's last status or to find a task a lost POST made. A POST gets no
 * grace, so that look still fits. The whole `up` thus ends within about this long after the deadline.
 */
export const FINAL_ATTEMPT_GRACE_MS = 1_500;

/** The signal of one call with a deadline (epoch ms, our clock), aborting when the call must stop (module comment). */
export function callCutOff(clock: Clock, method: HttpMethod, notAfterMs: number): AbortTimer {
    const cutOffMs = notAfterMs + (method === "POST" ? 0 : FINAL_ATTEMPT_GRACE_MS);
    return clock.abortAfter(cutOffMs - clock.now());
}

/** The failure of a request held back because its deadline had passed: it never left, so nothing was applied. */
export function heldBack(): ExchangeFailure {
    return new ExchangeFailure({ attempted: false, reason: "not sent: the resource's deadline had passed" });
}

/** Cuts each attempt at the request's signal or after `attemptTimeoutMs`, and sends nothing once the signal has aborted. */
export function deadline(clock: Clock, attemptTimeoutMs: number): Layer {
    return async (request, next) => {
        const callSignal = request.signal;
        if (callSignal?.aborted) throw heldBack();
        const timeout = clock.abortAfter(attemptTimeoutMs);
        const signal = callSignal === undefined ? timeout.signal : AbortSignal.any([callSignal, timeout.signal]);
        try {
            return await next({ ...request, signal });
        } catch (error) {
            if (!signal.aborted || !(error instanceof ExchangeFailure)) throw error;
            const limit = callSignal?.aborted ? "at the resource's deadline" : `after ${attemptTimeoutMs} ms`;
            throw new ExchangeFailure({
                attempted: true,
                reason: `timed out ${limit}`,
                cause: error.cause,
                ...(error.head === undefined ? {} : { head: error.head }),
            });
        } finally {
            timeout.cancel();
        }
    };
}
