/**
 * The soak's verdict figures (its targets: 0 duplicates, 0 orphans, 0 failed resources for faults the service
 * can recover from), from a {@link SoakRecord}:
 *
 * - re-runs: a task created after the resource's previous task ended in an injected failure: the next `up` replaces
 *   a failed task by design (README, "Lifecycle"), so it is neither a duplicate nor, once forgotten (imports and
 *   exports cannot be deleted), is the failed one an orphan;
 * - duplicates: server tasks beyond one per resource and its re-runs, a task belonging to the resource whose kind and
 *   target (dataset and path, or name) it has. Each is told apart by how its predecessor had ended
 *   (see {@link DuplicateCause});
 * - orphans: server tasks whose id no resource of the final state holds, other than failed tasks a re-run replaced
 *   (a duplicate left behind is both);
 * - failed resources: those the final state lacks or keeps with init errors, split into "failed by injection"
 *   (the task it holds ended failed with the emulator's injected error: not recoverable, expected) and
 *   "unexpected" (anything else: no task, a timeout, lost contact, a task failed for another reason);
 * - settled: the last `up` showed every resource `same`, or `failed` with an injected task failure;
 * - lost ids: Create calls that failed without keeping an id although the server created a task with the resource's
 *   key while the call ran (calls cut by a killed host are not counted);
 * - leaked secrets: secret forms found in what the provider and the engine produced (`SoakRecord.leakedSecrets`).
 */
import { TASK_KINDS, type TaskKindName } from "../../testkit/task-fleet";
import { INJECTED_FAILURE_REASONS, ProviderCall, ServerTask, SoakRecord, SoakStep } from "./record";

/**
 * Why a resource got one more task, from when its previous task ended (creation + task duration) and when the
 * `up` that created the new one started:
 * - `endedBeforeUp`: before that `up` started: a killed run's task had ended before the user ran `up` again;
 * - `endedDuringUp`: after that `up` started but before the new task was created: the task was still running when
 *   the `up` began, and the provider's look-up for it came too late;
 * - `stillRunning`: the previous task had not ended when the new one was created.
 */
export type DuplicateCause = "endedBeforeUp" | "endedDuringUp" | "stillRunning";

/** A resource with more tasks on the server than its first and its re-runs. */
export interface Duplicate {
    readonly resource: string;
    readonly kind: TaskKindName;
    /** Its tasks, oldest first. */
    readonly tasks: readonly ServerTask[];
    /** For each task after the first that is not a re-run, why it was created (see {@link DuplicateCause}). */
    readonly causes: readonly DuplicateCause[];
    /** The one the final state holds, if any. */
    readonly heldId?: string;
}

/** A failed resource: failed by injection, or unexpectedly and why. */
export interface FailedResource {
    readonly resource: string;
    readonly kind: TaskKindName;
    readonly reason: string;
}

/** The figures judged against the targets. */
export interface Tally {
    readonly requested: Readonly<Record<TaskKindName, number>>;
    readonly createdOnServer: Readonly<Record<TaskKindName, number>>;
    /** Tasks the server lists after the soak, per kind (equal to `createdOnServer` unless tasks were deleted). */
    readonly listedOnServer: Readonly<Record<TaskKindName, number>>;
    readonly duplicates: readonly Duplicate[];
    /** Σ causes over {@link duplicates}: tasks beyond one per resource and its re-runs. */
    readonly duplicateCount: number;
    /** Tasks created to re-run a resource whose previous task failed by injection. */
    readonly reruns: number;
    readonly orphans: readonly ServerTask[];
    /** Resources whose task failed by injection, kept with its id. */
    readonly failedByInjection: readonly FailedResource[];
    readonly unexpectedFailures: readonly FailedResource[];
    /** Server tasks that failed by injection, held or not. */
    readonly injectedTaskFailures: number;
    /** The last `up` changed nothing: see {@link isSettled}. */
    readonly settled: boolean;
    readonly ups: number;
    /** Resources whose Create failed without keeping the id of a task it made (see the module comment). */
    readonly lostIds: readonly string[];
    readonly leakedSecrets: readonly string[];
    /** 0 duplicates, 0 orphans, 0 unexpected failures, 0 lost ids, 0 leaked secrets, and a settled last `up`. */
    readonly pass: boolean;
}

/** Whether an `up`'s task steps are all `same`, or `failed` on an injected task failure, for `expected` resources. */
export function isSettled(steps: readonly SoakStep[], expected: number): boolean {
    return (
        steps.length === expected &&
        steps.every((s) => s.op === "same" || (s.op === "failed" && isInjectedFailure(s.error)))
    );
}

/**
 * Whether a failed step's error is one of the emulator's injected task failures: the provider's reason (which may go
 * on with the request the service echoed and a stack trace, with the `trace` and `echo` faults), then
 * `(task … is kept in the stack; …)`.
 */
export function isInjectedFailure(error: string | undefined): boolean {
    if (error === undefined) return false;
    const kept = / \(task \S+ is kept in the stack; /.exec(error);
    return (
        kept !== null &&
        INJECTED_FAILURE_REASONS.some((reason) => error.startsWith(reason) || error.includes(`: ${reason}`))
    );
}

export function tally(record: SoakRecord): Tally {
    const { resources, serverTasks, ups } = record;
    const byKey = groupBy(serverTasks, (t) => t.key);
    const tasksOf = (key: string) => [...(byKey.get(key) ?? [])].sort((a, b) => a.createdAtMs - b.createdAtMs);
    // A task after one that failed by injection re-runs the resource; any other task after the first is a duplicate.
    const isRerun = (tasks: readonly ServerTask[], i: number) => i > 0 && tasks[i - 1]!.failedByInjection;
    const reruns = resources.reduce((sum, r) => sum + tasksOf(r.key).filter((_, i, all) => isRerun(all, i)).length, 0);
    const duplicates = resources
        .map((r) => {
            const tasks = tasksOf(r.key);
            const causes = tasks.flatMap((task, i) =>
                i === 0 || isRerun(tasks, i) ? [] : [causeOf(tasks[i - 1]!, task, record)],
            );
            return { resource: r.name, kind: r.kind, tasks, causes, ...(r.id ? { heldId: r.id } : {}) };
        })
        .filter((d) => d.causes.length > 0);
    const held = new Set(resources.flatMap((r) => (r.id ? [r.id] : [])));
    const byId = new Map(serverTasks.map((t) => [t.id, t]));
    const failedByInjection: FailedResource[] = [];
    const unexpectedFailures: FailedResource[] = [];
    for (const { name, kind, id, initErrors } of resources) {
        const task = id === undefined ? undefined : byId.get(id);
        const failed = (reason: string) => ({ resource: name, kind, reason });
        if (id === undefined) {
            const lastStep = ups[ups.length - 1]?.steps.find((s) => s.name === name);
            unexpectedFailures.push(failed(`not in the final state (${lastStep?.error ?? "no step"})`));
        } else if (task === undefined) {
            unexpectedFailures.push(failed(`holds ${id}, which the server does not list`));
        } else if (initErrors?.length) {
            (task.failedByInjection ? failedByInjection : unexpectedFailures).push(failed(initErrors.join("; ")));
        }
    }
    const duplicateCount = duplicates.reduce((sum, d) => sum + d.causes.length, 0);
    const replacedFailure = (t: ServerTask) =>
        t.failedByInjection && tasksOf(t.key).some((later) => later.createdAtMs > t.createdAtMs);
    const orphans = serverTasks.filter((t) => !held.has(t.id) && !replacedFailure(t));
    const settled = ups.length > 0 && isSettled(ups[ups.length - 1]!.steps, resources.length);
    const keyOf = new Map(resources.map((r) => [r.name, r.key]));
    const cutByKill = (c: ProviderCall) =>
        ups.some(
            (u) =>
                u.interruptedAtMs !== undefined &&
                c.sentAtMs >= u.startedAtMs &&
                c.sentAtMs <= u.interruptedAtMs &&
                (c.answeredAtMs ?? Infinity) >= u.interruptedAtMs,
        );
    const lostIds = record.calls
        .filter(
            (c) =>
                c.method === "Create" &&
                c.error !== undefined &&
                !c.keptId &&
                c.answeredAtMs !== undefined &&
                !cutByKill(c),
        )
        .filter((c) =>
            serverTasks.some(
                (t) => t.key === keyOf.get(c.name) && t.createdAtMs >= c.sentAtMs && t.createdAtMs <= c.answeredAtMs!,
            ),
        )
        .map((c) => c.name);
    return {
        requested: perKind(resources),
        createdOnServer: record.createdOnServer,
        listedOnServer: perKind(serverTasks),
        duplicates,
        duplicateCount,
        reruns,
        orphans,
        failedByInjection,
        unexpectedFailures,
        injectedTaskFailures: serverTasks.filter((t) => t.failedByInjection).length,
        settled,
        ups: ups.length,
        lostIds,
        leakedSecrets: record.leakedSecrets,
        pass:
            duplicateCount === 0 &&
            orphans.length === 0 &&
            unexpectedFailures.length === 0 &&
            lostIds.length === 0 &&
            record.leakedSecrets.length === 0 &&
            settled,
    };
}

/** How many task steps of each operation (`same`, `create`, `failed`, …) an `up` made, in order of first use. */
export function opCounts(steps: readonly SoakStep[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { op } of steps) counts[op] = (counts[op] ?? 0) + 1;
    return counts;
}

function causeOf(previous: ServerTask, next: ServerTask, { taskDurationMs, ups }: SoakRecord): DuplicateCause {
    const previousEndMs = previous.createdAtMs + taskDurationMs;
    if (previousEndMs > next.createdAtMs) return "stillRunning";
    const upStartMs = ups.filter((up) => up.startedAtMs <= next.createdAtMs).pop()?.startedAtMs ?? -Infinity;
    return previousEndMs <= upStartMs ? "endedBeforeUp" : "endedDuringUp";
}

function perKind(items: readonly { kind: TaskKindName }[]): Record<TaskKindName, number> {
    return Object.fromEntries(TASK_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind).length])) as Record<
        TaskKindName,
        number
    >;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
    return groups;
}
