/**
 * One status table per resource kind: every status the API pages document, with its word and what it means for
 * the resource. Everything else about statuses is derived from it, here: whether an observation succeeded, failed or
 * is gone (`phaseOf`), the word shown in messages and `statusName` outputs (`wordOf`), which statuses an
 * interrupted `pulumi up` may have left running (`leftOverStatuses`), whether a status is documented, and the status
 * lists of the reference pages (`statusList`). A status the table does not list is waited on, never taken for
 * success (docs/api-notes.md, "Statuses").
 */

/**
 * What a status means for the resource: still `running` (wait on), `succeeded`, `failed` (never succeeds: the next
 * `up` replaces it), or `gone` (it no longer exists, or is being deleted: the next `up` replaces it).
 */
export type StatusPhase = "running" | "succeeded" | "failed" | "gone";

/** One documented status. */
export interface StatusEntry {
    /** The status as a word (`COMPLETED`; a numbered status's name, such as `NORMAL` for a dataset's 1). */
    readonly word: string;
    readonly phase: StatusPhase;
    /**
     * A `running` status a create that was interrupted may have left behind (so a later create can adopt it):
     * queued, starting or running, as opposed to a dataset that is synchronizing for another reason.
     */
    readonly leftOver?: true;
    /** How messages say what a `gone` status means, where "no longer exists" would not be true yet. */
    readonly says?: string;
}

/** A kind's statuses by their value as the API answers it (a number or a string), written as an object key. */
export type StatusTable = Readonly<Record<string, StatusEntry>>;

/**
 * Being deleted (2) and deleted (3), as datasets and their versions share them ("Deleting a Dataset", "Deleting a
 * Dataset Labeling Version": the deletion may finish after the 204): gone for the resource, so the next `pulumi up`
 * makes a new one.
 */
export const DELETION_STATUSES = {
    2: { word: "DELETING", phase: "gone", says: "is being deleted" },
    3: { word: "DELETED", phase: "gone" },
} as const satisfies StatusTable;

/** Checks a table's entries while keeping its literal keys. */
export function statusTable<const T extends StatusTable>(table: T): T {
    return table;
}

/** Whether the table's statuses are integers (datasets, versions, processing tasks) rather than words. */
function isNumbered(table: StatusTable): boolean {
    return Object.keys(table).every((key) => /^\d+$/.test(key));
}

/**
 * The entry of `status`, if the table documents it. A numbered kind's status must be a number and a worded kind's
 * a string: `"1"` is no dataset status (the answer checks name such a field wrong).
 */
export function entryOf(table: StatusTable, status: unknown): StatusEntry | undefined {
    const expected = isNumbered(table) ? "number" : "string";
    if (typeof status !== expected) return undefined;
    const key = String(status);
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** What `status` means; an undocumented status is `running` (waited on, never taken for success). */
export function phaseOf(table: StatusTable, status: unknown): StatusPhase {
    return entryOf(table, status)?.phase ?? "running";
}

/** The word for `status`: its entry's; an undocumented word as it is; anything else `UNKNOWN`. */
export function wordOf(table: StatusTable, status: unknown): string {
    const entry = entryOf(table, status);
    if (entry !== undefined) return entry.word;
    return typeof status === "string" && status !== "" && !isNumbered(table) ? status : "UNKNOWN";
}

/** How messages say what `status` means when it is `gone`: `no longer exists`, unless its entry says otherwise. */
export function goneMeaning(table: StatusTable, status: unknown): string {
    return entryOf(table, status)?.says ?? "no longer exists";
}

/** `2 DELETING` for a numbered status, `NOT_EXIST` for a worded one: a status as messages show it. */
export function statusLabel(table: StatusTable, status: unknown): string {
    const word = wordOf(table, status);
    return typeof status === "number" ? `${status} ${word}` : word;
}

/** Whether the API pages list `status` for the kind. */
export function isDocumented(table: StatusTable, status: unknown): boolean {
    return entryOf(table, status) !== undefined;
}

/** The statuses (as strings) an interrupted create may have left: what a later create may adopt. */
export function leftOverStatuses(table: StatusTable): ReadonlySet<string> {
    return new Set(Object.keys(table).filter((status) => table[status]?.leftOver === true));
}

/**
 * The statuses in words for the reference pages: `0 CREATING, 1 NORMAL` for numbered statuses, `QUEUING, RUNNING`
 * for worded ones, each with its phase where it ends the wait.
 */
export function statusList(table: StatusTable): string {
    return Object.entries(table)
        .map(([status, { word, phase }]) => {
            const named = status === word ? `\`${word}\`` : `${status} \`${word}\``;
            return phase === "running" ? named : `${named} (${phase})`;
        })
        .join(", ");
}
