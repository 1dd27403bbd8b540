/**
 * The lifecycle every task resource shares, as the dynamic-provider host calls it (docs/architecture.md, facts 3–7):
 *
 * | verb   | API                                                                                        |
 * |--------|--------------------------------------------------------------------------------------------|
 * | check  | none: JSON Schema validation only (with `trackSource`, an OBS listing: `source-tracking.ts`)   |
 * | diff   | none: API fields and `triggers` replace, provider-side options and updatable fields update |
 * |        | in place; a task recorded as failed or vanished is replaced, so the next `up` runs a new one |
 * | create | POST, with lists where needed so no resource ever gets two tasks (`obtain-task.ts`); GETs  |
 * | read   | GET; only a documented not-found answer gives a blank id                                   |
 * | update | PUT for updatable fields, then GETs: resumes waiting on the same, still running, task      |
 * | delete | DELETE where the API has one (waiting out an initializing task); otherwise forgotten       |
 */
import { isDeepStrictEqual } from "util";
import { isCredentialError } from "../client/credential-errors";
import { isNotFoundError, ModelArtsError } from "../client/errors";
import { PROVIDER_KEY, urnOf, withoutReservedInputs } from "../reserved-inputs";
import { goneMeaning, isDocumented, phaseOf, statusLabel } from "../schemas/status-table";
import { unlistedValues } from "../schemas/unlisted-values";
import { validateInputs } from "../schemas/validate";
import { Acceptance, PollReport, waitForTask, WaitOutcome } from "../wait";
import { deadEndOf } from "./dead-end";
import { messageOf, NextUp, TaskInitError } from "./errors";
import { hasUniqueName, isDeletable, isUpdatable } from "./kind-driver";
import type { AnyDriver, Inputs, Managed, Observed } from "./kind-driver";
import { notice } from "./notice";
import { obtainTask, type ObtainedTask } from "./obtain-task";
import { Progress, secondsOf, statusLine } from "./progress";
import { readOutputs } from "./read-outputs";
import { SOURCE_FINGERPRINT, SOURCE_OUTPUT, SourceTracking } from "./source-tracking";
import { timeoutOf } from "./provider-options";
import type { Session } from "./session";
import { processEngineLog } from "./engine-log";

/**
 * How long a delete waits for a task that is still initializing: DELETE answers 403 ModelArts.4850 until it runs
 * (API reference, "Error Codes"; the emulator's tasks initialize for a fraction of their run).
 */
const DELETE_WHILE_INITIALIZING_MS = 2 * 60 * 1000;
const DELETE_RETRY_DELAY_MS = 5_000;

type Props = Record<string, unknown>;

/**
 * What one poll saw: the object; a documented not-found answer; or an answer refusing the credentials, after which
 * polling on gives nothing.
 */
type Observation = { readonly raw: Observed } | { readonly goneCode: string } | { readonly refused: ModelArtsError };

export interface CheckResult {
    readonly inputs: Props;
    readonly failures: Array<{ property: string; reason: string }>;
}
export interface DiffResult {
    readonly changes: boolean;
    readonly replaces: string[];
    readonly deleteBeforeReplace: boolean;
}

/** The six provider verbs for one resource kind. */
export class TaskLifecycle {
    private readonly managed: Managed;
    /**
     * Why the object of a resource (by URN) can never succeed, as this process's `diff` found: the `create` that
     * replaces it says it re-runs it (the engine calls both in the same provider process).
     */
    private readonly deadEndsByUrn = new Map<string, string>();

    private readonly source: SourceTracking;

    constructor(private readonly driver: AnyDriver) {
        this.managed = driver.managed;
        this.source = new SourceTracking(driver);
    }

    /**
     * Validates the inputs, then the provider's configuration (credentials, project id, region or endpoint), so
     * that `pulumi preview` fails on either with no request sent.
     */
    async check(_olds: Props, news: Props, session: Session): Promise<CheckResult> {
        const given = this.source.given(news);
        if (given.length > 0) return { inputs: news, failures: given };
        const failures = validateInputs(this.driver.inputs, news);
        if (failures.length > 0) return { inputs: news, failures };
        session.assertConfigured();
        const progress = new Progress(session.engineLog, urnOf(news));
        const sourceFailures = await this.source.check(session, news, urnOf(news), progress);
        if (sourceFailures.length > 0) return { inputs: news, failures: sourceFailures };
        for (const { property, value, documented } of unlistedValues(this.driver.inputs.schema, news)) {
            progress.warn(
                `${property} ${JSON.stringify(value)} is not a documented value: it is sent as given ` +
                    `(documented: ${documented.join(", ")})`,
            );
        }
        return { inputs: news, failures };
    }

    // eslint-disable-next-line @typescript-eslint/require-await -- the provider interface is asynchronous; diff needs no I/O
    async diff(_id: string, olds: Props, news: Props): Promise<DiffResult> {
        const changed = this.inputFields(olds, news).filter((f) => !isDeepStrictEqual(olds[f], news[f]));
        const inPlace = new Set(this.driver.inputs.inPlace);
        // An object that ended in failure or is gone never succeeds: replacing the resource runs a new one.
        const deadEnd = deadEndOf(this.driver, olds);
        const urn = urnOf(news);
        if (deadEnd) notice(this.driver.kind, `${deadEnd.reason}: the resource is replaced, so a new one is made`);
        if (deadEnd && urn !== undefined) this.deadEndsByUrn.set(urn, deadEnd.reason);
        // A new fingerprint of a tracked source re-runs the resource; the first one is only recorded.
        if (!isDeepStrictEqual(olds[SOURCE_FINGERPRINT], news[SOURCE_FINGERPRINT])) changed.push(SOURCE_FINGERPRINT);
        const sourceReplaces = this.source.replaces(olds, news);
        const sourceLine = sourceReplaces ? this.source.changeLine(olds, urn) : undefined;
        if (sourceLine !== undefined) new Progress(processEngineLog(), urn).note(sourceLine);
        const replaces = [
            ...changed.filter((f) => !inPlace.has(f) && f !== SOURCE_FINGERPRINT),
            ...(sourceReplaces ? [SOURCE_FINGERPRINT] : []),
            ...(deadEnd ? [deadEnd.output] : []),
        ];
        const unique = hasUniqueName(this.driver) ? this.driver.uniqueField : undefined;
        return {
            changes: replaces.length > 0 || changed.length > 0,
            replaces,
            // Only a value the new inputs set is unique: a version left unnamed gets a new name from the service.
            deleteBeforeReplace:
                replaces.length > 0 && unique !== undefined && news[unique] !== undefined && !changed.includes(unique),
        };
    }

    async create(session: Session, props: Props): Promise<{ id: string; outs: Props }> {
        const inputs = withoutReservedInputs(props);
        const deadlineMs = session.clock.now() + timeoutOf(inputs).ms;
        const urn = urnOf(props);
        const progress = new Progress(session.engineLog, urn);
        const source = await this.source.beforeCreate(session, inputs, urn, deadlineMs, progress);
        const obtained = await obtainTask(this.driver, session, inputs, deadlineMs, progress);
        const rerun = urn === undefined ? undefined : this.deadEndsByUrn.get(urn);
        if (urn !== undefined) this.deadEndsByUrn.delete(urn);
        progress.note(statusLine(obtainedLine(obtained, inputs, this.managed), rerun && `re-running: ${rerun}`));
        const { id, submittedAtMs } = obtained;
        const recorded =
            source === undefined
                ? inputs
                : { ...inputs, [SOURCE_FINGERPRINT]: source.fingerprint, [SOURCE_OUTPUT]: source };
        return this.settle(session, progress, id, recorded, props[PROVIDER_KEY], deadlineMs, submittedAtMs);
    }

    /**
     * The object as the service holds it now: its state, and the inputs it can change in place as the service shows
     * them (a dataset renamed in the console), so that the next diff shows the update that restores the program's
     * values. Every other input is what the stack recorded: the API changes none of them after the create.
     */
    async read(session: Session, id: string, props: Props): Promise<{ id: string; props: Props }> {
        const inputs = this.inputsOf(props);
        try {
            const raw = await this.driver.fetch(session.client(), inputs, id);
            if (phaseOf(this.driver.statuses, raw.status) === "gone") return { id: "", props: {} };
            const observed = isUpdatable(this.driver) ? this.driver.inPlaceValuesOf(raw, inputs) : {};
            return { id, props: { ...this.stateOf(raw, id), ...inputs, ...observed, ...trackedOf(props) } };
        } catch (error) {
            if (isNotFoundError(error, this.driver.notFoundCodes)) return { id: "", props: {} };
            throw error;
        }
    }

    async update(session: Session, id: string, olds: Props, news: Props): Promise<{ outs: Props }> {
        const inputs = withoutReservedInputs(news);
        const deadlineMs = session.clock.now() + timeoutOf(inputs).ms;
        const progress = new Progress(session.engineLog, urnOf(news));
        const recorded = this.inputsOf(olds);
        // The in-place inputs the API changes (a provider-side one, such as `timeout`, is only recorded).
        const apiNames = this.driver.inputs.apiNames;
        const changedInPlace = this.driver.inputs.inPlace.filter(
            (f) => f in apiNames && !isDeepStrictEqual(recorded[f], inputs[f]),
        );
        progress.note(this.updateLine(id, olds.status, changedInPlace));
        if (isUpdatable(this.driver) && changedInPlace.length > 0) {
            await this.driver.updateInPlace(session.client().until(deadlineMs), id, recorded, inputs);
        }
        // A source tracked from now on records its first listing as the baseline; one tracked before keeps its own.
        const baseline = this.source.baselineOf(urnOf(news));
        const tracked = { ...trackedOf(olds), ...(baseline === undefined ? {} : { [SOURCE_OUTPUT]: baseline }) };
        const withSource = { ...inputs, ...(inputs[SOURCE_FINGERPRINT] === undefined ? {} : tracked) };
        const { outs } = await this.settle(
            session,
            progress,
            id,
            withSource,
            news[PROVIDER_KEY],
            deadlineMs,
            undefined,
        );
        return { outs };
    }

    async delete(session: Session, id: string, props: Props): Promise<void> {
        if (!isDeletable(this.driver)) return; // no delete API: the object is only forgotten
        const giveUpAtMs = session.clock.now() + DELETE_WHILE_INITIALIZING_MS;
        for (;;) {
            try {
                await this.driver.remove(session.client(), this.inputsOf(props), id);
                return;
            } catch (error) {
                if (isNotFoundError(error, this.driver.notFoundCodes)) return; // already gone is what delete wants
                if (!isInitializing(error)) throw error;
                if (session.clock.now() + DELETE_RETRY_DELAY_MS > giveUpAtMs) {
                    throw new Error(
                        `${this.managed.noun} ${id} was still initializing after ${DELETE_WHILE_INITIALIZING_MS / 60_000} minutes, ` +
                            `and ModelArts refuses to delete it until it runs: try again later (${messageOf(error)})`,
                        { cause: error },
                    );
                }
                await session.clock.sleep(DELETE_RETRY_DELAY_MS);
            }
        }
    }

    /**
     * What an update says it does: changes in place what changed, or resumes waiting on an object that had not
     * ended when the stack last saw it, or both; otherwise it only records provider-side inputs.
     */
    private updateLine(id: string, lastStatus: unknown, changedInPlace: readonly string[]): string {
        const named = `${this.managed.noun} ${id}`;
        const unfinished = phaseOf(this.driver.statuses, lastStatus) === "running";
        const seen = `last seen ${statusLabel(this.driver.statuses, lastStatus)}`;
        if (changedInPlace.length > 0) {
            const what = `updating ${named} in place (${changedInPlace.join(", ")})`;
            return unfinished ? `${what}, then resuming the wait on it (${seen})` : what;
        }
        return unfinished
            ? `resuming ${named} kept in the stack (${seen})`
            : `updating ${named}: provider-side inputs only`;
    }

    /**
     * Waits for the object to end; success gives outputs. Anything else keeps it in state with its id (see
     * `TaskInitError`); the error says whether the next `up` resumes waiting or replaces the resource.
     */
    private async settle(
        session: Session,
        progress: Progress,
        id: string,
        inputs: Inputs,
        provider: unknown,
        deadlineMs: number,
        submittedAtMs: number | undefined,
    ): Promise<{ id: string; outs: Props }> {
        const client = session.client();
        let lastRaw: Observed | undefined;
        // No poll retries past the deadline, and the final poll at the deadline goes before routine ones. A
        // documented not-found answer, or one refusing the credentials, is an observation, not a failed poll: the
        // wait ends on it.
        const poll = async (): Promise<Observation> => {
            const priority = session.clock.now() >= deadlineMs ? "urgent" : "routine";
            try {
                lastRaw = await this.driver.fetch(client, inputs, id, {
                    notAfterMs: deadlineMs,
                    priority,
                    onRetry: ({ error, delayMs }) => {
                        progress.delayed(`${retryReason(error)}: retrying in ${secondsOf(delayMs)}`);
                    },
                });
                return { raw: lastRaw };
            } catch (error) {
                if (isCredentialError(error)) return { refused: error };
                const code = ModelArtsError.isInstance(error) ? error.errorCode : undefined;
                if (code !== undefined && isNotFoundError(error, this.driver.notFoundCodes)) return { goneCode: code };
                throw error;
            }
        };
        const outcome = await waitForTask(poll, (seen) => this.acceptance(id, seen), {
            clock: session.clock,
            random: session.random,
            startedAtMs: submittedAtMs ?? session.clock.now(),
            deadlineMs,
            onPoll: (report) => {
                this.reportPoll(progress, report);
            },
            progressOf: (seen) => ("raw" in seen ? this.driver.progressOf(seen.raw) : undefined),
        });
        const { noun, idOutput } = this.managed;
        const state = lastRaw === undefined ? { [idOutput]: id } : this.stateOf(lastRaw, id);
        const gone =
            outcome.observed !== undefined && "goneCode" in outcome.observed ? outcome.observed.goneCode : undefined;
        const goneState = gone === undefined ? {} : { errorCode: gone, errorMsg: `${noun} ${id} no longer exists` };
        const outs = { ...state, ...goneState, ...inputs };
        if (outcome.kind === "succeeded") {
            if (lastRaw !== undefined) progress.note(`${noun} ${id} ${this.driver.summaryOf(lastRaw)}`);
            return { id, outs };
        }
        const deadEnd = deadEndOf(this.driver, outs);
        const next: NextUp = deadEnd === undefined ? "resumes" : deadEnd.gone ? "recreates" : "replaces";
        const reason = this.describeFailure(outcome, inputs);
        throw new TaskInitError(id, { ...outs, [PROVIDER_KEY]: provider }, [reason], next, noun);
    }

    /** The state outputs of an observation (the id, status, counts…). */
    private stateOf(raw: Observed, id: string): Props {
        return readOutputs(this.driver.outputs, raw, id);
    }

    /** A poll's status line in the resource's row: the object's progress, or why the poll failed. */
    private reportPoll(progress: Progress, report: PollReport<Observation>): void {
        if ("error" in report) {
            const inARow = report.consecutiveErrors > 1 ? ` (${report.consecutiveErrors} in a row)` : "";
            progress.delayed(`poll failed${inARow}: ${messageOf(report.error)}; still waiting`);
        } else if ("raw" in report.observed) {
            progress.status(this.driver.statusLineOf(report.observed.raw));
        }
    }

    /** What an observation means, from the kind's status table. */
    private acceptance(id: string, seen: Observation): Acceptance {
        const named = `${this.managed.noun} ${id}`;
        if ("refused" in seen) return { state: "failed", reason: credentialsRefused(seen.refused) };
        if ("goneCode" in seen) return { state: "failed", reason: `${named} no longer exists (${seen.goneCode})` };
        const { status } = seen.raw;
        const statuses = this.driver.statuses;
        switch (phaseOf(statuses, status)) {
            case "succeeded":
                return { state: "succeeded" };
            case "failed":
                return { state: "failed", reason: this.driver.failureOf(seen.raw) };
            case "gone":
                return {
                    state: "failed",
                    reason: `${named} ${goneMeaning(statuses, status)} (status ${statusLabel(statuses, status)})`,
                };
            default:
                return { state: "running" };
        }
    }

    private describeFailure(outcome: Exclude<WaitOutcome<Observation>, { kind: "succeeded" }>, inputs: Inputs): string {
        switch (outcome.kind) {
            case "failed":
                return outcome.reason;
            case "timedOut": {
                const after = `timed out after ${timeoutOf(inputs).text} (the \`timeout\` input)`;
                const seen = outcome.observed && "raw" in outcome.observed ? outcome.observed.raw : undefined;
                const lastStatus = seen === undefined ? "" : `, ${this.managed.noun} status ${this.shownStatus(seen)}`;
                const lastError =
                    outcome.lastError === undefined ? "" : `; last poll failed: ${messageOf(outcome.lastError)}`;
                return after + lastStatus + lastError;
            }
            case "pollErrors":
                return `lost contact with ModelArts while waiting: ${messageOf(outcome.lastError)}`;
        }
    }

    /** A status as the timeout message shows it; one the API pages do not list is waited on, never taken for success. */
    private shownStatus(raw: Observed): string {
        const statuses = this.driver.statuses;
        const documented = isDocumented(statuses, raw.status);
        return documented
            ? statusLabel(statuses, raw.status)
            : `${statusOf(raw)} (not a documented status: never taken for success)`;
    }

    /** The user's inputs within old outputs (which also hold the object's state). */
    private inputsOf(props: Props): Inputs {
        const inputs: Inputs = {};
        for (const field of Object.keys(this.driver.inputs.fields)) {
            if (props[field] !== undefined) inputs[field] = props[field];
        }
        return inputs;
    }

    /** The inputs set on either side; a server-defaulted one only when the new inputs set it. */
    private inputFields(olds: Props, news: Props): string[] {
        const serverDefaulted = new Set(this.driver.inputs.serverDefaulted);
        const set = (f: string) =>
            serverDefaulted.has(f) ? news[f] !== undefined : olds[f] !== undefined || news[f] !== undefined;
        return Object.keys(this.driver.inputs.fields).filter(set);
    }
}

/** What source tracking recorded in `props`, carried as it is (a refresh or an update does not import). */
function trackedOf(props: Props): Props {
    const kept: Props = {};
    for (const name of [SOURCE_FINGERPRINT, SOURCE_OUTPUT]) if (props[name] !== undefined) kept[name] = props[name];
    return kept;
}

/** The lasting line that names the object a create settled on, and how it came by it. */
function obtainedLine({ id, origin }: ObtainedTask, inputs: Inputs, { noun, adoptInput }: Managed): string {
    const waiting = `waiting up to ${timeoutOf(inputs).text}`;
    switch (origin) {
        case "posted":
            return `created ${noun} ${id}, ${waiting}`;
        case "lostAnswer":
            return `created ${noun} ${id} (found in the ${noun} list: the create's answer was lost), ${waiting}`;
        case "leftOver":
            return `adopted ${noun} ${id}, left unfinished by an interrupted \`pulumi up\`, ${waiting}`;
        case "adoptInput":
            return `adopted ${noun} ${id} (the \`${adoptInput}\` input), ${waiting}`;
    }
}

/**
 * Why a wait ended on an answer refusing the credentials: which ones, and that temporary ones expire (the status of
 * the object is unknown, so the next `up` resumes waiting on it).
 */
function credentialsRefused(error: ModelArtsError): string {
    return (
        `ModelArts refused the credentials while waiting (HTTP ${String(error.status)} ${error.errorCode ?? ""}: ` +
        `${error.errorMsg ?? "no message"}): check modelarts:accessKey and modelarts:secretKey, or modelarts:authToken; ` +
        "temporary credentials (a security token, an IAM token) may have expired"
    );
}

/** Why a request is retried, for the row: throttling named as such, anything else by its (redacted) message. */
function retryReason(error: unknown): string {
    return ModelArtsError.isInstance(error) && error.status === 429
        ? "throttled by ModelArts (HTTP 429)"
        : messageOf(error);
}

function statusOf(observed: Observed): string {
    const status = observed.status;
    return typeof status === "string" || typeof status === "number" ? String(status) : "unknown";
}

/** ModelArts.4850: the processing task is still initializing and cannot be deleted yet (HTTP 403). */
function isInitializing(error: unknown): boolean {
    return ModelArtsError.isInstance(error) && error.status === 403 && error.errorCode === "ModelArts.4850";
}
