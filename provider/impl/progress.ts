/**
 * What `pulumi up` shows of one task resource while it runs (docs/design/progress.md): lasting lines in the
 * resource's diagnostics (the task id as soon as it is known, adoption, resumption, re-run, the closing counts) and
 * its status in its own row, replaced at each poll (the API's status word and the progress the task reports, and
 * what delays the wait). Every message carries the resource's URN and goes through the engine's `Log` RPC
 * (`engine-log.ts`), fire-and-forget.
 *
 * Texts come from answers the client already redacted (`client/service-text.ts`) and from error messages built the
 * same way; each is still cut to a bound here, on one line.
 */
import { bound } from "../client/service-text";
import type { EngineLog } from "./engine-log";

/** How much of one message reaches the engine: a row or a diagnostic line, not a report. */
const MAX_MESSAGE = 300;

/** Joins the parts of a status line that are known: `RUNNING · 340/1200 files · 28 %`. */
export function statusLine(...parts: ReadonlyArray<string | undefined>): string {
    return parts.filter((part) => part !== undefined && part !== "").join(" · ");
}

/** `done/total unit` when the task reports both and a total above zero. */
export function countOf(done: unknown, total: unknown, unit: string): string | undefined {
    return typeof done === "number" && typeof total === "number" && total > 0 ? `${done}/${total} ${unit}` : undefined;
}

/**
 * The share of its work a task reports done, `done / total` within [0, 1]: the waiter's estimate of the task's end
 * reads it (`provider/wait-progress.ts`), and the status line shows it. Undefined unless both are numbers and
 * `total` is positive.
 */
export function shareOf(done: unknown, total: unknown): number | undefined {
    if (typeof done !== "number" || typeof total !== "number" || !(total > 0)) return undefined;
    return Math.min(1, Math.max(0, done / total));
}

/**
 * A share as a percentage, rounded down so that a running task never shows 100 % (the tolerance keeps 0.29 at 29 %,
 * which 100 × 0.29 in floating point would floor to 28).
 */
export function percentOf(share: number | undefined): string | undefined {
    return share !== undefined && Number.isFinite(share) ? `${Math.floor(100 * share + 1e-9)} %` : undefined;
}

/** A delay in whole seconds, for "retrying in 4 s". */
export function secondsOf(delayMs: number): string {
    return `${Math.max(1, Math.round(delayMs / 1000))} s`;
}

/** The progress messages of one resource. */
export class Progress {
    private lastStatus = "";

    constructor(
        private readonly log: EngineLog,
        private readonly urn: string | undefined,
    ) {}

    /** A lasting line in the resource's diagnostics. */
    note(text: string): void {
        this.send(text, false);
    }

    /** A warning in the resource's diagnostics. */
    warn(text: string): void {
        this.send(text, false, "warning");
    }

    /** The resource's status in its row, until the next one. */
    status(text: string): void {
        this.lastStatus = text;
        this.send(text, true);
    }

    /** What holds the wait up (throttling, a retry, a busy service), after the last status. */
    delayed(reason: string): void {
        this.send(statusLine(this.lastStatus, reason), true);
    }

    private send(text: string, ephemeral: boolean, severity: "info" | "warning" = "info"): void {
        const message = bound(text.replace(/\s+/g, " ").trim(), MAX_MESSAGE);
        this.log.send({ severity, message, ephemeral, ...(this.urn === undefined ? {} : { urn: this.urn }) });
    }
}
