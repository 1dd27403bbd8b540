/**
 * Which synchronization is this resource's own. "Querying the Status of a Dataset Synchronization Task" answers the
 * dataset's newest run, whoever started it (the console, another stack), and "Synchronizing a Dataset" answers no
 * id: a create reads the status before its POST and takes a run as its own only when the answer after the POST
 * describes another run than the one seen before (docs/api-notes.md, "Dataset synchronization"). The rule, in
 * order, on what both answers have:
 *
 * 1. `NOT_EXIST` after the POST: the run is not visible yet.
 * 2. Both have `task_id`: ours when they differ.
 * 3. Else both have `create_time`: ours when they differ.
 * 4. Else (the documented example has neither): nothing before (`NOT_EXIST`) means any run is ours; a run going
 *    (queued, starting, running) is ours, since the create began only once none was; a finished run is ours only
 *    when the answer differs from the one before in some field. Identical answers, `COMPLETED` before and after,
 *    are the earlier run: the create waits for a change, and its deadline bounds the wait.
 */
import type { DatasetSyncResponse } from "../client/types";
import { isDeepStrictEqual } from "util";

/** Statuses of a run that is still going ("Querying the Status of a Dataset Synchronization Task"). */
const GOING = new Set(["QUEUING", "STARTING", "RUNNING"]);

/** True while the run the answer describes is queued, starting or running. */
export function isGoing(answer: DatasetSyncResponse): boolean {
    return GOING.has(answer.status);
}

/** True when `after`, read after this create's POST, describes another run than `before`, read before it. */
export function isNewRun(before: DatasetSyncResponse, after: DatasetSyncResponse): boolean {
    if (after.status === "NOT_EXIST") return false;
    if (before.task_id !== undefined && after.task_id !== undefined) return before.task_id !== after.task_id;
    if (before.create_time !== undefined && after.create_time !== undefined) {
        return before.create_time !== after.create_time;
    }
    if (before.status === "NOT_EXIST" || isGoing(after)) return true;
    return !isDeepStrictEqual(before, after);
}

/** The prefix of an id the provider made up from a run's creation time (no `task_id` in the answer). */
const CREATED_PREFIX = "created-";
/** The prefix of an id the provider made up for a run the answer identifies by nothing. */
const UNNAMED_PREFIX = "unnamed-";

/**
 * The resource id of the run `answer` describes: its `task_id`; else `created-<create_time>`; else
 * `unnamed-<random>`, which identifies nothing the service knows (`random` in 0 … 1).
 */
export function runIdOf(answer: DatasetSyncResponse, random: () => number): string {
    if (answer.task_id !== undefined && answer.task_id !== "") return answer.task_id;
    if (answer.create_time !== undefined) return `${CREATED_PREFIX}${answer.create_time}`;
    return `${UNNAMED_PREFIX}${Math.floor(random() * 2 ** 48).toString(36)}`;
}

/**
 * The run's id when the answer identifies it (`task_id` or `create_time`), for a look after a POST whose answer was
 * lost: a run it does not identify cannot be told from an earlier one.
 */
export function identifiedIdOf(answer: DatasetSyncResponse): string | undefined {
    return answer.task_id !== undefined || answer.create_time !== undefined ? runIdOf(answer, () => 0) : undefined;
}

/**
 * Whether the answer may describe the run of resource id `id`: false only when the answer identifies its run the
 * way `id` does and differently (a later synchronization has replaced it in the status answer). An `unnamed-` id
 * is compared with nothing: the answer is taken as it is.
 */
export function mayBeRun(id: string, answer: DatasetSyncResponse): boolean {
    if (id.startsWith(UNNAMED_PREFIX)) return true;
    if (id.startsWith(CREATED_PREFIX)) {
        return answer.create_time === undefined || `${CREATED_PREFIX}${answer.create_time}` === id;
    }
    return answer.task_id === undefined || answer.task_id === id;
}
