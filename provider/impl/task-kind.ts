/**
 * What distinguishes one ModelArts task resource from another. The lifecycle (`task-lifecycle.ts`) is written
 * once against this interface; `import-task.ts`, `export-task.ts` and `processor-task.ts` each supply one.
 */
import type { ModelArtsClient, ReadOptions } from "../client/api";
import type { ResourceKind } from "../kinds";
import type { InputFields, InputTable } from "../schemas/input-table";
import type { Acceptance } from "../wait";

/** Resource inputs after `check`: plain JSON as the user wrote it (camelCase), without `__provider`. */
export type Inputs = Record<string, unknown>;

/** The state part of a resource's outputs (camelCase); the inputs go on top of it (`task-lifecycle.ts`). */
export type TaskState = Record<string, unknown>;

/**
 * Which existing tasks could be the one a create is about (see `obtain-task.ts`). Times are this machine's epoch
 * ms; a kind compares them with the service's times through `ModelArtsClient.serverTime` after listing.
 */
export interface MatchFilter {
    /** A task unfinished at this instant or after it: one a killed `pulumi up` of this resource left running. */
    readonly liveSinceMs: number;
    /** A task created at or after this instant: one a POST whose answer was lost may have made. */
    readonly createdSinceMs?: number;
    /**
     * For when no answer has given the service's clock (`ServerTime.known`): ids of matching tasks this create's
     * looks saw finished before any POST of unknown outcome. A finished task then passes only after such a POST and
     * only if not in this set (so it was created since): an older one cannot be told apart from a task that ended
     * before the create began. The filter adds to it.
     */
    readonly finishedBeforePost?: Set<string>;
}

/** How messages, outputs and inputs name what a kind manages. */
export interface Managed {
    /** `task`, `dataset`, `dataset version`. */
    readonly noun: string;
    /** The output that holds the resource id (`taskId`). */
    readonly idOutput: string;
    /** The input that adopts an existing one instead of creating one (`adoptTaskId`). */
    readonly adoptInput: string;
}

/** What the task resources manage. */
export const TASK: Managed = { noun: "task", idOutput: "taskId", adoptInput: "adoptTaskId" };

/** Why a recorded task can never succeed, and the output that shows it (reported as the diff's replace key). */
export interface DeadEnd {
    readonly reason: string;
    readonly output: string;
}

/** One task resource's API calls and interpretation of the task's state. */
export interface TaskKind<Raw> {
    readonly name: ResourceKind;
    /** What the kind manages: a task, unless said otherwise. */
    readonly managed?: Managed;
    /** The kind's inputs: their schema, the request body, and which replace or update in place. */
    readonly inputs: InputTable<InputFields>;
    /**
     * An input the service keeps unique among live tasks (ProcessorTask `name`: a second create answers
     * ModelArts.4709). A replacement that keeps its value must delete the old task before creating the new one.
     */
    readonly uniqueField?: string;
    /** Sends the create request; resolves to the new task's id. */
    submit(client: ModelArtsClient, inputs: Inputs): Promise<string>;
    /** Reads the task. */
    fetch(client: ModelArtsClient, inputs: Inputs, taskId: string, options?: ReadOptions): Promise<Raw>;
    /** True when the API reports the task as not existing in a 2xx answer (an import's `NOT_EXIST`). */
    isGone(raw: Raw): boolean;
    /**
     * The error codes that mean "this task, or the dataset holding it, no longer exists" for this kind (see
     * `isNotFoundError`). Nothing else means gone: any other answer is an error.
     */
    readonly notFoundCodes: readonly string[];
    /** Every status the API pages list for this kind; any other is reported as undocumented, never as success. */
    readonly documentedStatuses: readonly unknown[];
    /**
     * Why the task recorded in these outputs can never succeed (it ended in failure, or no longer exists), as
     * `previous task <id> FAILED: <code>: <message>`, with the output that shows it; undefined while it may still
     * succeed. Diff replaces such a resource, so the next `pulumi up` runs a new task, also after a refresh.
     */
    deadEnd(outputs: Readonly<Record<string, unknown>>): DeadEnd | undefined;
    /** Succeeded, failed (with `error_code: error_msg`) or still running. */
    accept(raw: Raw): Acceptance;
    /**
     * The share of its work (0 … 1) the task reports done, which the waiter uses to estimate its end; undefined when
     * the observation says nothing about it (docs/api-notes.md, "Progress").
     */
    progressOf(raw: Raw): number | undefined;
    /** The state outputs (taskId, status, counts…) of an observation. */
    state(raw: Raw, taskId: string): TaskState;
    /**
     * The task's status in its row of `pulumi up`: the API's status word and the progress the task reports, e.g.
     * `RUNNING · 340/1200 files · 28 %` (docs/design/progress.md).
     */
    statusLineOf(raw: Raw): string;
    /** The closing line's counts of a task that succeeded, after its status word, e.g. `COMPLETED · 7/7 samples imported`. */
    summaryOf(raw: Raw): string;
    /**
     * Ids of existing tasks that can be this resource's own left-over: their listed settings equal these inputs and
     * they pass `filter` (unfinished since the create began, or created since a POST whose answer was lost); most
     * recent first. A finished task, or one made with other settings, is never returned.
     */
    findMatching(client: ModelArtsClient, inputs: Inputs, filter: MatchFilter): Promise<string[]>;
    /**
     * The task that holds this resource's `uniqueField` value, when a create was refused as `taken` and no task
     * could be adopted: named in the error, with its status, so the user can adopt or rename.
     */
    holderOf?(
        client: ModelArtsClient,
        inputs: Inputs,
    ): Promise<{ readonly taskId: string; readonly status: string } | undefined>;
    /**
     * Whether a failed create was refused because of another task (see `obtain-task.ts`): `busy` when a conflicting
     * task runs and the create can go again once it ends (an import into the same dataset, ModelArts.4356);
     * `taken` when a task with this resource's `uniqueField` exists (a processing task name, ModelArts.4709).
     */
    conflictOf?(error: unknown): "busy" | "taken" | undefined;
    /**
     * Whether a create first lists the tasks to find one an interrupted run left running. Only for kinds whose
     * create the service does not refuse when such a task exists (`conflictOf` finds those after one POST).
     */
    readonly listsBeforeCreate?: boolean;
    /** Applies a change of in-place API fields (ProcessorTask `description`). */
    updateInPlace?(client: ModelArtsClient, taskId: string, olds: Inputs, news: Inputs): Promise<void>;
    /** Deletes the task; absent when the API has no delete (the resource is then only forgotten). */
    remove?(client: ModelArtsClient, inputs: Inputs, taskId: string): Promise<void>;
}
