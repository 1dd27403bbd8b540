/**
 * What `trackSource` adds to a resource's lifecycle (docs/import-task.md, "Tracking the source"):
 *
 * - `check` lists the source when its path is known and returns the fingerprint among the inputs as
 *   `sourceFingerprint` (never sent to ModelArts), so that `pulumi preview --diff` shows it; an OBS error, a missing
 *   right, AK/SK missing or more objects than `maxObjects` fail the check on `trackSource`, never read as "no change".
 * - `diff` replaces the resource when the fingerprint differs from the one the last create recorded, and says in the
 *   resource's diagnostics what changed (`+120 new, 3 changed, 0 removed …`).
 * - `create` waits until the path has been quiet for `settle`, lists it again, and records what the import saw as
 *   the `source` output (`source/tracking.ts`).
 *
 * The engine calls check, diff and create of a resource in one provider process: the listing `check` made is kept
 * by URN for the `diff` and `create` that follow, so one `up` lists the path once when it has settled.
 */
import { isDeepStrictEqual } from "util";
import { ConfigurationError } from "../client/errors";
import { SourceError } from "../source/source-error";
import type { RecordedSource, SourceLocation, Tracking } from "../source/tracking";
import { observeSource, sourceChange, trackingOf } from "../source/tracking";
import { tracksSource } from "./kind-driver";
import type { AnyDriver } from "./kind-driver";
import { timeoutOf } from "./provider-options";
import type { Progress } from "./progress";
import type { Session } from "./session";

/** The input `check` adds: computed, never given. */
export const SOURCE_FINGERPRINT = "sourceFingerprint";
/** The output that records what the last create saw. */
export const SOURCE_OUTPUT = "source";

type Props = Record<string, unknown>;
type Failure = { property: string; reason: string };

export class SourceTracking {
    private readonly seenByUrn = new Map<string, RecordedSource>();

    constructor(private readonly driver: AnyDriver) {}

    /** The failure of a program that sets `sourceFingerprint` itself: checked before the inputs' schema. */
    given(news: Props): Failure[] {
        if (news[SOURCE_FINGERPRINT] === undefined) return [];
        const reason = "is computed by the provider from what trackSource lists: remove it from the program";
        return [{ property: SOURCE_FINGERPRINT, reason }];
    }

    /** The inputs with `sourceFingerprint` added when the source is listed, or the failures that stop the check. */
    async check(session: Session, news: Props, urn: string | undefined, progress: Progress): Promise<Failure[]> {
        const tracking = trackingOf(news.trackSource);
        if (tracking === undefined || !tracksSource(this.driver)) return [];
        const location = await this.driver.sourceOf(news, () => session.client());
        if (location === "unknown") return []; // listed by the `up` that knows the path
        if (location === undefined) {
            const reason =
                "follows an OBS import path, and this resource reads none (a database source): remove trackSource, " +
                "and name what should re-run it with `triggers`";
            return [{ property: "trackSource", reason }];
        }
        try {
            const seen = await this.observe(session, location, tracking, news);
            if (urn !== undefined) this.seenByUrn.set(urn, seen);
            news[SOURCE_FINGERPRINT] = seen.fingerprint;
            const quietFor = quietMs(session, seen);
            if (quietFor !== undefined && quietFor < tracking.settleMs) {
                progress.warn(
                    `${seen.path} changed ${Math.round(quietFor / 1000)} s ago, an upload may still be running: ` +
                        `\`up\` waits until it has been quiet for ${tracking.settleMs / 1000} s before it imports`,
                );
            }
            return [];
        } catch (error) {
            if (!SourceError.isInstance(error) && !ConfigurationError.isInstance(error)) throw error;
            return [{ property: "trackSource", reason: error.message }];
        }
    }

    /** The diagnostic line of a diff, when the source changed since the last create; undefined otherwise. */
    changeLine(olds: Props, urn: string | undefined): string | undefined {
        const seen = urn === undefined ? undefined : this.seenByUrn.get(urn);
        if (seen === undefined) return undefined;
        return sourceChange(olds[SOURCE_OUTPUT] as RecordedSource | undefined, seen);
    }

    /** The listing `check` made for the resource at `urn`, if it made one. */
    baselineOf(urn: string | undefined): RecordedSource | undefined {
        return urn === undefined ? undefined : this.seenByUrn.get(urn);
    }

    /** Whether a change of `sourceFingerprint` replaces: only against one recorded before (tracking just turned on records a baseline). */
    replaces(olds: Props, news: Props): boolean {
        const before = olds[SOURCE_FINGERPRINT];
        return (
            before !== undefined &&
            news[SOURCE_FINGERPRINT] !== undefined &&
            !isDeepStrictEqual(before, news[SOURCE_FINGERPRINT])
        );
    }

    /**
     * Before a create: waits until the source has been quiet for `settle` (within the deadline), and returns what
     * the import is about to see, to record as the `source` output. Undefined when the resource does not track.
     */
    async beforeCreate(
        session: Session,
        inputs: Props,
        urn: string | undefined,
        deadlineMs: number,
        progress: Progress,
    ) {
        const tracking = trackingOf(inputs.trackSource);
        if (tracking === undefined || !tracksSource(this.driver)) return undefined;
        const location = await this.driver.sourceOf(inputs, () => session.client());
        if (location === undefined || location === "unknown") return undefined;
        let seen =
            (urn === undefined ? undefined : this.seenByUrn.get(urn)) ??
            (await this.observe(session, location, tracking, inputs, deadlineMs));
        for (;;) {
            const quietFor = quietMs(session, seen);
            if (quietFor === undefined || quietFor >= tracking.settleMs) break;
            const waitMs = tracking.settleMs - quietFor;
            if (session.clock.now() + waitMs > deadlineMs) {
                throw new Error(
                    `${seen.path} did not stay quiet for ${tracking.settleMs / 1000} s before the timeout: nothing was ` +
                        "imported; the next `up` tries again (raise `timeout`, or lower `trackSource.settle`)",
                );
            }
            progress.status(`waiting for ${seen.path} to settle (${Math.ceil(waitMs / 1000)} s)`);
            await session.clock.sleep(waitMs);
            seen = await this.observe(session, location, tracking, inputs, deadlineMs);
        }
        return seen;
    }

    private async observe(
        session: Session,
        location: SourceLocation,
        tracking: Tracking,
        inputs: Props,
        deadlineMs?: number,
    ): Promise<RecordedSource> {
        const until = deadlineMs ?? session.clock.now() + timeoutOf(inputs).ms;
        const timer = session.clock.abortAfter(until - session.clock.now());
        try {
            return await observeSource(session.obs(), location, tracking, timer.signal);
        } finally {
            timer.cancel();
        }
    }
}

/** How long ago the newest object was modified; undefined for an empty source. */
function quietMs(session: Session, seen: RecordedSource): number | undefined {
    return seen.newestModified === null ? undefined : session.clock.now() - Date.parse(seen.newestModified);
}
