/**
 * Which task a `create` is about, without ever creating two (issue 4, "Duplicate-safe create").
 *
 * ModelArts has no idempotency key, so a create POST is never blindly repeated:
 * - a POST whose outcome is unknown (lost answer, timeout after sending, any 5xx, a 2xx without a task id) is
 *   followed by a look at the tasks created since it was sent; one that matches is adopted, and only when none
 *   does is the POST sent again;
 * - a POST refused before anything was created (429, a connection that never reached the service) is sent again
 *   after `Retry-After` or a backoff;
 * - a POST refused because of another task (`conflictOf`) looks for the task an interrupted run of this resource
 *   left: adopted when it matches, otherwise the create waits for the other task (`busy`) or fails (`taken`).
 * Everything is bounded by the resource's deadline; failed attempts in a row are bounded too, busy waits are not.
 */
import { isRetryable, ModelArtsError } from "../client/errors";
import type { Session } from "./session";
import type { Inputs, TaskKind } from "./task-kind";

/** The task a create settles on; `submittedAtMs` when this create sent the POST that made it. */
export interface ObtainedTask {
    readonly taskId: string;
    readonly submittedAtMs?: number;
}

/** Clock skew tolerated between this machine and the service when matching a task by creation time. */
const CREATE_TIME_SKEW_MS = 5 * 60 * 1000;
/** Failed attempts (POST or reconciling list) in a row after which the create gives up. */
const MAX_FAILED_ATTEMPTS = 10;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/** Finds or creates the task of a create; see the module comment. */
export async function obtainTask<Raw>(
    kind: TaskKind<Raw>,
    session: Session,
    inputs: Inputs,
    deadlineMs: number,
): Promise<ObtainedTask> {
    const client = session.client();
    if (typeof inputs.adoptTaskId === "string") return { taskId: inputs.adoptTaskId };
    if (kind.listsBeforeCreate) {
        const [running] = await kind.findMatching(client, inputs, { unfinishedOnly: true });
        if (running !== undefined) return { taskId: running };
    }
    /** When the earliest POST whose outcome is unknown was sent: until a look finds nothing, no POST goes out. */
    let unknownSinceMs: number | undefined;
    let mustLook = false;
    let failedAttempts = 0;
    for (let retry = 0; ; retry++) {
        let error: unknown;
        let busy = false;
        if (mustLook) {
            try {
                const filter = { unfinishedOnly: false, createdAfterMs: unknownSinceMs! - CREATE_TIME_SKEW_MS };
                const [created] = await kind.findMatching(client, inputs, filter);
                if (created !== undefined) return { taskId: created, submittedAtMs: unknownSinceMs };
                mustLook = false;
                continue;
            } catch (lookError) {
                if (!isRetryable(lookError)) throw unknownOutcome(lookError);
                error = lookError;
            }
        } else {
            const sentAtMs = session.clock.now();
            try {
                return { taskId: await kind.submit(client, inputs), submittedAtMs: sentAtMs };
            } catch (postError) {
                error = postError;
                if (ModelArtsError.isInstance(postError) && postError.outcomeUnknown) {
                    unknownSinceMs ??= sentAtMs;
                    mustLook = true;
                } else {
                    const conflict = kind.conflictOf?.(postError);
                    if (conflict === undefined && !isRetryable(postError)) throw postError;
                    if (conflict !== undefined) {
                        try {
                            const left = await findLeftTask(kind, session, inputs, conflict, postError);
                            if (left !== undefined) return { taskId: left };
                            busy = conflict === "busy";
                        } catch (lookError) {
                            if (!isRetryable(lookError)) throw lookError;
                            error = lookError; // nothing was created: the POST may simply go again
                        }
                    }
                }
            }
        }
        const delayMs = retryDelayMs(error, retry, session.random);
        if (!busy) failedAttempts++; // waiting for another task to finish is not a failure
        if (failedAttempts >= MAX_FAILED_ATTEMPTS || session.clock.now() + delayMs >= deadlineMs) {
            throw mustLook ? unknownOutcome(error) : error;
        }
        await session.clock.sleep(delayMs);
    }
}

/**
 * After a conflict: the task a killed `pulumi up` of this resource left (an import still running, a processing
 * task of the same name and template). A `taken` name without such a task fails the create, naming the field.
 */
async function findLeftTask<Raw>(
    kind: TaskKind<Raw>,
    session: Session,
    inputs: Inputs,
    conflict: "busy" | "taken",
    postError: unknown,
): Promise<string | undefined> {
    const [left] = await kind.findMatching(session.client(), inputs, { unfinishedOnly: conflict === "busy" });
    if (left === undefined && conflict === "taken") {
        const field = kind.uniqueField ?? "name";
        const reason = `${field} "${String(inputs[field])}" is already used by another ${kind.name} with other settings`;
        throw new Error(`${reason}: choose another ${field} (${describe(postError)})`);
    }
    return left;
}

/** `Retry-After` when the service gave one, else exponential backoff from 1 s to 30 s, jittered down by up to half. */
function retryDelayMs(error: unknown, retry: number, random: () => number): number {
    const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** retry) * (0.5 + random() / 2);
    const retryAfter = ModelArtsError.isInstance(error) ? (error.retryAfterMs ?? 0) : 0;
    return Math.max(retryAfter, backoff);
}

/** The create gave up while a POST may have created a task: say so, and how to find it. */
function unknownOutcome(cause: unknown): Error {
    return new Error(
        "ModelArts may have created the task, but it could not be confirmed: if it is in the task list, set " +
            "`adoptTaskId` to its id; the next `pulumi up` adopts it by itself while it is still running " +
            `(last error: ${describe(cause)})`,
    );
}

function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
