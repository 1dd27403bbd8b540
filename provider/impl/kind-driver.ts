/**
 * What distinguishes one resource kind from another, as the lifecycle (`task-lifecycle.ts`) and the create
 * (`obtain-task.ts`) use it: a small core every kind has, and capabilities a kind has or not, which the lifecycle
 * tests for (as pulumi-command's `infer.CustomUpdate` and `infer.CustomDelete` are tested for). Each kind's folder
 * (`import-task/driver.ts`, …) supplies one; `registry.ts` loads it on first use.
 */
import type { ModelArtsClient, ReadOptions } from "../client/api";
import type { Clock } from "../clock";
import type { ResourceKind } from "../kinds";
import type { InputFields, InputTable } from "../schemas/input-table";
import type { OutputTable } from "../schemas/output-table";
import type { StatusTable } from "../schemas/status-table";
import type { SourceLocation } from "../source/tracking";

/** Resource inputs after `check`: plain JSON as the user wrote it (camelCase), without the reserved inputs. */
export type Inputs = Record<string, unknown>;

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

/**
 * What a create's POST may need besides the client: the clock and deadline of the create, and its randomness. Only a
 * kind whose POST answers no id uses them, to find its own run after it (a dataset synchronization).
 */
export interface SubmitContext {
    readonly clock: Clock;
    readonly deadlineMs: number;
    readonly random: () => number;
}

/** How messages, outputs and inputs name what a kind manages. */
export interface Managed {
    /** `task`, `dataset`, `dataset version`. */
    readonly noun: string;
    /** The output that holds the resource id (`taskId`, `datasetId`). */
    readonly idOutput: string;
    /** The input that adopts an existing one instead of creating one (`adoptTaskId`). */
    readonly adoptInput: string;
}

/** What the task resources manage. */
export const TASK: Managed = { noun: "task", idOutput: "taskId", adoptInput: "adoptTaskId" };

/** What every answer describing one of a kind's objects carries, among fields of its own. */
export interface Observed {
    readonly status?: unknown;
    readonly [field: string]: unknown;
}

/** The core every kind has: its declarations, its create and read calls, and how its answers read. */
export interface KindDriver<Raw extends Observed = Observed, In extends object = Inputs> {
    readonly kind: ResourceKind;
    readonly managed: Managed;
    /** The kind's inputs: their schema, the request body, and which replace or update in place. */
    readonly inputs: InputTable<InputFields>;
    /** The kind's outputs, from the answer of a read. */
    readonly outputs: OutputTable<Raw>;
    /** Every documented status, with what it means (`schemas/status-table.ts`). */
    readonly statuses: StatusTable;
    /**
     * The error codes that mean "this object, or the dataset holding it, no longer exists" (see `isNotFoundError`).
     * Nothing else means gone: any other answer is an error.
     */
    readonly notFoundCodes: readonly string[];
    /** Sends the create request; resolves to the new object's id. */
    submit(client: ModelArtsClient, inputs: In, context: SubmitContext): Promise<string>;
    /** Reads the object. */
    fetch(client: ModelArtsClient, inputs: In, id: string, options?: ReadOptions): Promise<Raw>;
    /** Why an observation in a `failed` status failed: `error_code: error_msg` where the API gives them. */
    failureOf(raw: Raw): string;
    /**
     * The share of its work (0 … 1) the task reports done, which the waiter uses to estimate its end; undefined when
     * the observation says nothing about it (docs/api-notes.md, "Progress").
     */
    progressOf(raw: Raw): number | undefined;
    /** Its status in its row of `pulumi up`, e.g. `RUNNING · 340/1200 files · 28 %` (docs/design/progress.md). */
    statusLineOf(raw: Raw): string;
    /** The closing line of a success, e.g. `COMPLETED · 7/7 samples imported`. */
    summaryOf(raw: Raw): string;
    /**
     * Ids of existing objects that can be this resource's own left-over: their listed settings equal these inputs
     * and they pass `filter` (unfinished since the create began, or created since a POST whose answer was lost);
     * most recent first. A finished one, or one made with other settings, is never returned.
     */
    findMatching(client: ModelArtsClient, inputs: In, filter: MatchFilter): Promise<string[]>;
}

/** A kind whose API changes some inputs in place (a dataset's name, a processing task's description). */
export interface Updatable<Raw extends Observed = Observed, In extends object = Inputs> {
    updateInPlace(client: ModelArtsClient, id: string, olds: In, news: In): Promise<void>;
    /**
     * The in-place inputs as the service holds them now, so that `read` (a refresh) shows a change made behind the
     * stack's back. A value that cannot be read back is left out (the recorded input stands).
     */
    inPlaceValuesOf(raw: Raw, recorded: In): Partial<In>;
}

/** A kind the API can delete; the others are only forgotten. */
export interface Deletable<In extends object = Inputs> {
    remove(client: ModelArtsClient, inputs: In, id: string): Promise<void>;
}

/**
 * A kind with an input the service keeps unique (a processing task's `name`: a second create answers
 * ModelArts.4709). A replacement that keeps its value must delete the old object before creating the new one.
 */
export interface UniqueName<In extends object = Inputs> {
    readonly uniqueField: keyof In & string;
    /**
     * The listed objects that may hold this resource's unique value, each as its id, that value and its status: the
     * one that holds it is named in the error of a create refused as `taken`, or waited for while it is going.
     */
    listNamed?(client: ModelArtsClient, inputs: In): Promise<readonly NameHolder[]>;
}

/** A listed object as {@link UniqueName.listNamed} reads it. */
export interface NameHolder {
    readonly id?: string;
    readonly value?: unknown;
    readonly status?: unknown;
}

/**
 * A kind whose create the service refuses because of another object (see `obtain-task.ts`): `busy` when a
 * conflicting one runs and the create can go again once it ends (an import into the same dataset, ModelArts.4356);
 * `taken` when one holds this resource's unique value.
 */
export interface Conflicting {
    conflictOf(error: unknown): "busy" | "taken" | undefined;
}

/**
 * A kind whose create first lists, to find what an interrupted run left running: only for kinds whose create the
 * service does not refuse when such an object exists (`Conflicting` finds those after one POST).
 */
export interface ListsBeforeCreate {
    readonly listsBeforeCreate: true;
}

/**
 * A kind that can follow what its OBS source holds (`trackSource`, `impl/source-tracking.ts`): where that source is,
 * from the inputs. `unknown` while the path is not known yet (a preview before the resource it comes from exists);
 * undefined when the inputs read no OBS path (a database source), where tracking is refused.
 */
export interface TracksSource<In extends object = Inputs> {
    /** `client`: for a kind whose source the service knows (a dataset's input path), read at `check`. */
    sourceOf(inputs: In, client: () => ModelArtsClient): Promise<SourceLocation | "unknown" | undefined>;
}

/** A driver of any kind, with whichever capabilities it has. */
export type AnyDriver = KindDriver &
    Partial<Updatable & Deletable & UniqueName & Conflicting & ListsBeforeCreate & TracksSource>;

export function isUpdatable(driver: AnyDriver): driver is AnyDriver & Updatable {
    return typeof driver.updateInPlace === "function" && typeof driver.inPlaceValuesOf === "function";
}

export function isDeletable(driver: AnyDriver): driver is AnyDriver & Deletable {
    return typeof driver.remove === "function";
}

export function hasUniqueName(driver: AnyDriver): driver is AnyDriver & UniqueName {
    return typeof driver.uniqueField === "string";
}

export function isConflicting(driver: AnyDriver): driver is AnyDriver & Conflicting {
    return typeof driver.conflictOf === "function";
}

export function tracksSource(driver: AnyDriver): driver is AnyDriver & TracksSource {
    return typeof driver.sourceOf === "function";
}

export function listsBeforeCreate(driver: AnyDriver): boolean {
    return driver.listsBeforeCreate === true;
}

/** A kind's driver as its folder writes it: typed by its answer and its inputs, with the capabilities it has. */
export type DriverOf<Raw extends Observed, In extends object> = KindDriver<Raw, In> &
    Partial<Updatable<Raw, In> & Deletable<In> & UniqueName<In> & Conflicting & ListsBeforeCreate & TracksSource<In>>;

/** A kind's three tables: its inputs, its outputs and its statuses. */
export type KindTables<Raw extends Observed> = Pick<KindDriver<Raw>, "inputs" | "outputs" | "statuses">;

/**
 * A kind's driver for the lifecycle, from its tables and its calls. The one place its types are widened: the
 * lifecycle hands a driver only its own kind's answers, and inputs that passed its kind's `check` (so they are `In`).
 */
export function defineDriver<Raw extends Observed, In extends object>(
    tables: KindTables<Raw>,
    driver: Omit<DriverOf<Raw, In>, keyof KindTables<Raw>>,
): AnyDriver {
    return { ...tables, ...driver } as unknown as AnyDriver;
}
