/**
 * The lifecycle every task resource shares, as the dynamic-provider host calls it (docs/architecture.md, facts 3–7):
 *
 * | verb   | API                                                                                        |
 * |--------|--------------------------------------------------------------------------------------------|
 * | check  | none: JSON Schema validation only                                                          |
 * | diff   | none: API fields and `triggers` replace, provider-side options and updatable fields update |
 * |        | in place; a task recorded as failed or vanished is replaced, so the next `up` runs a new one |
 * | create | POST, with lists where needed so no resource ever gets two tasks (`obtain-task.ts`); GETs  |
 * | read   | GET; only a documented not-found answer gives a blank id                                   |
 * | update | PUT for updatable fields, then GETs: resumes waiting on the same, still running, task      |
 * | delete | DELETE where the API has one (waiting out an initializing task); otherwise forgotten       |
 */
import { isDeepStrictEqual } from "util";
import { isNotFoundError, ModelArtsError } from "../client/errors";
import { parseDurationMs } from "../schemas/duration";
import { validateInputs } from "../schemas/validate";
import { PROVIDER_KEY, urnOf, withoutReservedInputs } from "../reserved-inputs";
import { Acceptance, PollReport, waitForTask, WaitOutcome } from "../wait";
import { messageOf, NextUp, TaskInitError } from "./errors";
import { notice } from "./notice";
import { obtainTask, type ObtainedTask } from "./obtain-task";
import { Progress, secondsOf, statusLine } from "./progress";
import type { Session } from "./session";
import { TASK } from "./task-kind";
import type { Inputs, Managed, TaskKind } from "./task-kind";

const DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;
/**
 * How long a delete waits for a task that is still initializing: DELETE answers 403 ModelArts.4850 until it runs
 * (API reference, "Error Codes"; the emulator's tasks initialize for a fraction of their run).
 */
const DELETE_WHILE_INITIALIZING_MS = 2 * 60 * 1000;
const DELETE_RETRY_DELAY_MS = 5_000;

type Props = Record<string, unknown>;

/** What one poll saw: the task, or a documented not-found answer. */
type Observation<Raw> = { readonly raw: Raw } | { readonly goneCode: string };

export interface CheckResult {
    readonly inputs: Props;
    readonly failures: Array<{ property: string; reason: string }>;
}
export interface DiffResult {
    readonly changes: boolean;
    readonly replaces: string[];
    readonly deleteBeforeReplace: boolean;
}

/** The six provider verbs for one task kind. */
export class TaskLifecycle<Raw> {
    private readonly managed: Managed;
    /**
     * Why the task of a resource (by URN) can never succeed, as this process's `diff` found: the `create` that
     * replaces it says it re-runs that task (the engine calls both in the same provider process).
     */
    private readonly deadEndsByUrn = new Map<string, string>();

    constructor(private readonly kind: TaskKind<Raw>) {
        this.managed = kind.managed ?? TASK;
    }

    /**
     * Validates the inputs, then the provider's configuration (credentials, project id, region or endpoint), so
     * that `pulumi preview` fails on either with no request sent. `session` is absent only when a provider text
     * written by an older version of this package calls.
     */
    // eslint-disable-next-line @typescript-eslint/require-await -- the provider interface is asynchronous; check needs no I/O
    async check(_olds: Props, news: Props, session?: Session): Promise<CheckResult> {
        const failures = validateInputs(this.kind.name, news);
        if (failures.length === 0) session?.assertConfigured();
        return { inputs: news, failures };
    }

    // eslint-disable-next-line @typescript-eslint/require-await -- the provider interface is asynchronous; diff needs no I/O
    async diff(_id: string, olds: Props, news: Props): Promise<DiffResult> {
        const changed = this.inputFields(olds, news).filter((f) => !isDeepStrictEqual(olds[f], news[f]));
        const inPlace = new Set(this.kind.inputs.inPlace);
        // A task that ended in failure or vanished never succeeds: replacing the resource runs a new task.
        const deadEnd = this.kind.deadEnd(olds);
        const urn = urnOf(news);
        if (deadEnd) notice(this.kind.name, `${deadEnd.reason}: the resource is replaced, so a new task runs`);
        if (deadEnd && urn !== undefined) this.deadEndsByUrn.set(urn, deadEnd.reason);
        const replaces = [...changed.filter((f) => !inPlace.has(f)), ...(deadEnd ? [deadEnd.output] : [])];
        const unique = this.kind.uniqueField;
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
        const deadlineMs = session.clock.now() + timeoutMs(inputs);
        const urn = urnOf(props);
        const progress = new Progress(session.engineLog, urn);
        const obtained = await obtainTask(this.kind, session, inputs, deadlineMs, progress);
        const rerun = urn === undefined ? undefined : this.deadEndsByUrn.get(urn);
        if (urn !== undefined) this.deadEndsByUrn.delete(urn);
        progress.note(statusLine(obtainedLine(obtained, inputs, this.managed), rerun && `re-running: ${rerun}`));
        const { taskId, submittedAtMs } = obtained;
        return this.settle(session, progress, taskId, inputs, props[PROVIDER_KEY], deadlineMs, submittedAtMs);
    }

    async read(session: Session, id: string, props: Props): Promise<{ id: string; props: Props }> {
        const inputs = this.inputsOf(props);
        try {
            const raw = await this.kind.fetch(session.client(), inputs, id);
            if (this.kind.isGone(raw)) return { id: "", props: {} };
            return { id, props: outputsOf(inputs, this.kind.state(raw, id)) };
        } catch (error) {
            if (isNotFoundError(error, this.kind.notFoundCodes)) return { id: "", props: {} };
            throw error;
        }
    }

    async update(session: Session, id: string, olds: Props, news: Props): Promise<{ outs: Props }> {
        const inputs = withoutReservedInputs(news);
        const deadlineMs = session.clock.now() + timeoutMs(inputs);
        const progress = new Progress(session.engineLog, urnOf(news));
        const lastSeen = typeof olds.status === "string" || typeof olds.status === "number" ? olds.status : "unknown";
        progress.note(`resuming ${this.managed.noun} ${id} kept in the stack (last seen ${String(lastSeen)})`);
        if (this.kind.updateInPlace) {
            await this.kind.updateInPlace(session.client().until(deadlineMs), id, this.inputsOf(olds), inputs);
        }
        const { id: _, outs } = await this.settle(
            session,
            progress,
            id,
            inputs,
            news[PROVIDER_KEY],
            deadlineMs,
            undefined,
        );
        return { outs };
    }

    async delete(session: Session, id: string, props: Props): Promise<void> {
        const remove = this.kind.remove?.bind(this.kind);
        if (!remove) return; // no delete API: the task is only forgotten
        const giveUpAtMs = session.clock.now() + DELETE_WHILE_INITIALIZING_MS;
        for (;;) {
            try {
                await remove(session.client(), this.inputsOf(props), id);
                return;
            } catch (error) {
                if (isNotFoundError(error, this.kind.notFoundCodes)) return; // already gone is what delete wants
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
     * Waits for the task to end; success gives outputs. Anything else keeps the task in state with its id (see
     * `TaskInitError`); the error says whether the next `up` resumes waiting or replaces the resource.
     */
    private async settle(
        session: Session,
        progress: Progress,
        taskId: string,
        inputs: Inputs,
        provider: unknown,
        deadlineMs: number,
        submittedAtMs: number | undefined,
    ): Promise<{ id: string; outs: Props }> {
        const client = session.client();
        let lastRaw: Raw | undefined;
        // No poll retries past the deadline, and the final poll at the deadline goes before routine ones. A
        // documented not-found answer is an observation, not a failed poll: the task is gone, the wait ends.
        const poll = async (): Promise<Observation<Raw>> => {
            const priority = session.clock.now() >= deadlineMs ? "urgent" : "routine";
            try {
                lastRaw = await this.kind.fetch(client, inputs, taskId, {
                    notAfterMs: deadlineMs,
                    priority,
                    onRetry: ({ error, delayMs }) => {
                        progress.delayed(`${retryReason(error)}: retrying in ${secondsOf(delayMs)}`);
                    },
                });
                return { raw: lastRaw };
            } catch (error) {
                const code = ModelArtsError.isInstance(error) ? error.errorCode : undefined;
                if (code !== undefined && isNotFoundError(error, this.kind.notFoundCodes)) return { goneCode: code };
                throw error;
            }
        };
        const outcome = await waitForTask(poll, (seen) => this.acceptance(taskId, seen), {
            clock: session.clock,
            random: session.random,
            startedAtMs: submittedAtMs ?? session.clock.now(),
            deadlineMs,
            onPoll: (report) => {
                this.reportPoll(progress, report);
            },
            progressOf: (seen) => ("raw" in seen ? this.kind.progressOf(seen.raw) : undefined),
        });
        const { noun, idOutput } = this.managed;
        const state = lastRaw === undefined ? { [idOutput]: taskId } : this.kind.state(lastRaw, taskId);
        const gone =
            outcome.observed !== undefined && "goneCode" in outcome.observed ? outcome.observed.goneCode : undefined;
        const goneState = gone === undefined ? {} : { errorCode: gone, errorMsg: `${noun} ${taskId} no longer exists` };
        const outs = outputsOf(inputs, { ...state, ...goneState });
        if (outcome.kind === "succeeded") {
            if (lastRaw !== undefined) progress.note(`${this.managed.noun} ${taskId} ${this.kind.summaryOf(lastRaw)}`);
            return { id: taskId, outs };
        }
        const next: NextUp = this.kind.deadEnd(outs) ? "replaces" : "resumes";
        const reason = this.describeFailure(outcome, inputs);
        throw new TaskInitError(taskId, { ...outs, [PROVIDER_KEY]: provider }, [reason], next, noun);
    }

    /** A poll's status line in the resource's row: the task's progress, or why the poll failed. */
    private reportPoll(progress: Progress, report: PollReport<Observation<Raw>>): void {
        if ("error" in report) {
            const inARow = report.consecutiveErrors > 1 ? ` (${report.consecutiveErrors} in a row)` : "";
            progress.delayed(`poll failed${inARow}: ${messageOf(report.error)}; still waiting`);
        } else if ("raw" in report.observed) {
            progress.status(this.kind.statusLineOf(report.observed.raw));
        }
    }

    private acceptance(taskId: string, seen: Observation<Raw>): Acceptance {
        if ("goneCode" in seen)
            return { state: "failed", reason: `${this.managed.noun} ${taskId} no longer exists (${seen.goneCode})` };
        if (this.kind.isGone(seen.raw))
            return {
                state: "failed",
                reason: `${this.managed.noun} ${taskId} no longer exists (status ${statusOf(seen.raw)})`,
            };
        return this.kind.accept(seen.raw);
    }

    private describeFailure(
        outcome: Exclude<WaitOutcome<Observation<Raw>>, { kind: "succeeded" }>,
        inputs: Inputs,
    ): string {
        switch (outcome.kind) {
            case "failed":
                return outcome.reason;
            case "timedOut": {
                const after = `timed out after ${typeof inputs.timeout === "string" ? inputs.timeout : "1h"} (the \`timeout\` input)`;
                const seen = outcome.observed && "raw" in outcome.observed ? outcome.observed.raw : undefined;
                const lastStatus =
                    seen === undefined
                        ? ""
                        : `, ${this.managed.noun} status ${statusOf(seen)}${this.undocumented(seen)}`;
                const lastError =
                    outcome.lastError === undefined ? "" : `; last poll failed: ${messageOf(outcome.lastError)}`;
                return after + lastStatus + lastError;
            }
            case "pollErrors":
                return `lost contact with ModelArts while waiting: ${messageOf(outcome.lastError)}`;
        }
    }

    /** A note on a status the API pages do not list: it is waited on, never taken for success. */
    private undocumented(raw: Raw): string {
        const status = (raw as { status?: unknown }).status;
        return this.kind.documentedStatuses.includes(status)
            ? ""
            : " (not a documented status: never taken for success)";
    }

    /** The user's inputs within old outputs (which also hold the task's state). */
    private inputsOf(props: Props): Inputs {
        const inputs: Inputs = {};
        for (const field of Object.keys(this.kind.inputs.fields)) {
            if (props[field] !== undefined) inputs[field] = props[field];
        }
        return inputs;
    }

    /** The inputs set on either side; a server-defaulted one only when the new inputs set it. */
    private inputFields(olds: Props, news: Props): string[] {
        const serverDefaulted = new Set(this.kind.inputs.serverDefaulted);
        const set = (f: string) =>
            serverDefaulted.has(f) ? news[f] !== undefined : olds[f] !== undefined || news[f] !== undefined;
        return Object.keys(this.kind.inputs.fields).filter(set);
    }
}

/**
 * Outputs: the task's state, then the inputs exactly as the user gave them on top, so that a value the service
 * reports for an input (an export's `exportFormat` or `versionId`) never makes the next diff see a change.
 */
function outputsOf(inputs: Inputs, state: Props): Props {
    return { ...state, ...inputs };
}

/** The lasting line that names the task a create settled on, and how it came by it. */
function obtainedLine({ taskId, origin }: ObtainedTask, inputs: Inputs, { noun, adoptInput }: Managed): string {
    const waiting = `waiting up to ${typeof inputs.timeout === "string" ? inputs.timeout : "1h"}`;
    switch (origin) {
        case "posted":
            return `created ${noun} ${taskId}, ${waiting}`;
        case "lostAnswer":
            return `created ${noun} ${taskId} (found in the ${noun} list: the create's answer was lost), ${waiting}`;
        case "leftOver":
            return `adopted ${noun} ${taskId}, left unfinished by an interrupted \`pulumi up\`, ${waiting}`;
        case "adoptInput":
            return `adopted ${noun} ${taskId} (the \`${adoptInput}\` input), ${waiting}`;
    }
}

/** Why a request is retried, for the row: throttling named as such, anything else by its (redacted) message. */
function retryReason(error: unknown): string {
    return ModelArtsError.isInstance(error) && error.status === 429
        ? "throttled by ModelArts (HTTP 429)"
        : messageOf(error);
}

function timeoutMs(inputs: Inputs): number {
    return typeof inputs.timeout === "string" ? parseDurationMs(inputs.timeout) : DEFAULT_TIMEOUT_MS;
}

function statusOf(observed: unknown): string {
    const status = (observed as { status?: unknown } | null)?.status;
    return typeof status === "string" || typeof status === "number" ? String(status) : "unknown";
}

/** ModelArts.4850: the processing task is still initializing and cannot be deleted yet (HTTP 403). */
function isInitializing(error: unknown): boolean {
    return ModelArtsError.isInstance(error) && error.status === 403 && error.errorCode === "ModelArts.4850";
}
