/**
 * The lifecycle every task resource shares, as the dynamic-provider host calls it (ARCHITECTURE.md, facts 3–7):
 *
 * | verb   | API                                                                                        |
 * |--------|--------------------------------------------------------------------------------------------|
 * | check  | none: JSON Schema validation only                                                          |
 * | diff   | none: API fields replace, provider-side options and updatable fields update in place       |
 * | create | POST, with lists where needed so no resource ever gets two tasks (`obtain-task.ts`); GETs  |
 * | read   | GET; a vanished task gives a blank id                                                      |
 * | update | PUT for updatable fields, then GETs: resumes waiting on the same task                      |
 * | delete | DELETE where the API has one; otherwise the task is forgotten                              |
 */
import { isDeepStrictEqual } from "util";
import { isNotFound } from "../client/errors";
import { parseDurationMs } from "../schemas/common";
import { validateInputs } from "../schemas/validate";
import { waitForTask, WaitOutcome } from "../wait";
import { messageOf, TaskInitError } from "./errors";
import { obtainTask } from "./obtain-task";
import type { Session } from "./session";
import type { Inputs, TaskKind } from "./task-kind";

const PROVIDER_KEY = "__provider";
const DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;

type Props = Record<string, unknown>;

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
    constructor(private readonly kind: TaskKind<Raw>) {}

    async check(_olds: Props, news: Props): Promise<CheckResult> {
        return { inputs: news, failures: validateInputs(this.kind.name, news) };
    }

    async diff(_id: string, olds: Props, news: Props): Promise<DiffResult> {
        const changed = this.inputFields(olds, news).filter((f) => !isDeepStrictEqual(olds[f], news[f]));
        const inPlace = new Set(this.kind.inPlaceFields);
        const replaces = changed.filter((f) => !inPlace.has(f));
        const unique = this.kind.uniqueField;
        return {
            changes: changed.length > 0,
            replaces,
            deleteBeforeReplace: replaces.length > 0 && unique !== undefined && !changed.includes(unique),
        };
    }

    async create(session: Session, props: Props): Promise<{ id: string; outs: Props }> {
        const inputs = withoutProvider(props);
        const deadlineMs = session.clock.now() + timeoutMs(inputs);
        const { taskId, submittedAtMs } = await obtainTask(this.kind, session, inputs, deadlineMs);
        return this.settle(session, taskId, inputs, props[PROVIDER_KEY], deadlineMs, submittedAtMs);
    }

    async read(session: Session, id: string, props: Props): Promise<{ id: string; props: Props }> {
        const inputs = this.inputsOf(props);
        try {
            const raw = await this.kind.fetch(session.client(), inputs, id);
            if (this.kind.isGone(raw)) return { id: "", props: {} };
            return { id, props: outputsOf(inputs, this.kind.state(raw, id)) };
        } catch (error) {
            if (isNotFound(error)) return { id: "", props: {} };
            throw error;
        }
    }

    async update(session: Session, id: string, olds: Props, news: Props): Promise<{ outs: Props }> {
        const inputs = withoutProvider(news);
        const deadlineMs = session.clock.now() + timeoutMs(inputs);
        if (this.kind.updateInPlace) {
            await this.kind.updateInPlace(session.client().until(deadlineMs), id, this.inputsOf(olds), inputs);
        }
        const { id: _, outs } = await this.settle(session, id, inputs, news[PROVIDER_KEY], deadlineMs, undefined);
        return { outs };
    }

    async delete(session: Session, id: string, props: Props): Promise<void> {
        if (!this.kind.remove) return; // no delete API: the task is only forgotten (NOTES.md)
        try {
            await this.kind.remove(session.client(), this.inputsOf(props), id);
        } catch (error) {
            if (!isNotFound(error)) throw error; // already gone is what delete wants
        }
    }

    /** Waits for the task to end; success gives outputs, anything else keeps the task in state (fact 5). */
    private async settle(
        session: Session,
        taskId: string,
        inputs: Inputs,
        provider: unknown,
        deadlineMs: number,
        submittedAtMs: number | undefined,
    ): Promise<{ id: string; outs: Props }> {
        const client = session.client();
        // No poll retries past the deadline, and the final poll at the deadline goes before routine ones.
        const poll = () => {
            const priority = session.clock.now() >= deadlineMs ? "urgent" : "routine";
            return this.kind.fetch(client, inputs, taskId, { notAfterMs: deadlineMs, priority });
        };
        const outcome = await waitForTask(
            poll,
            (raw) => (this.kind.isGone(raw) ? { state: "failed", reason: `task ${taskId} does not exist` } : this.kind.accept(raw)),
            {
                clock: session.clock,
                random: session.random,
                startedAtMs: submittedAtMs ?? session.clock.now(),
                deadlineMs,
            },
        );
        const state = outcome.observed === undefined ? { taskId } : this.kind.state(outcome.observed, taskId);
        const outs = outputsOf(inputs, state);
        if (outcome.kind === "succeeded") return { id: taskId, outs };
        throw new TaskInitError(taskId, { ...outs, [PROVIDER_KEY]: provider }, [describeFailure(outcome, inputs)]);
    }

    /** The user's inputs within old outputs (which also hold the task's state). */
    private inputsOf(props: Props): Inputs {
        const inputs: Inputs = {};
        for (const field of [...this.kind.replaceFields, ...this.kind.inPlaceFields]) {
            if (props[field] !== undefined) inputs[field] = props[field];
        }
        return inputs;
    }

    /** The inputs set on either side; a server-defaulted one only when the new inputs set it. */
    private inputFields(olds: Props, news: Props): string[] {
        const fields = new Set([...this.kind.replaceFields, ...this.kind.inPlaceFields]);
        const serverDefaulted = new Set(this.kind.serverDefaultedFields ?? []);
        const set = (f: string) => (serverDefaulted.has(f) ? news[f] !== undefined : olds[f] !== undefined || news[f] !== undefined);
        return [...fields].filter(set);
    }
}

/**
 * Outputs: the task's state, then the inputs exactly as the user gave them on top, so that a value the service
 * reports for an input (an export's `exportFormat` or `versionId`) never makes the next diff see a change.
 */
function outputsOf(inputs: Inputs, state: Props): Props {
    return { ...state, ...inputs };
}

function withoutProvider(props: Props): Inputs {
    const { [PROVIDER_KEY]: _, ...inputs } = props;
    return inputs;
}

function timeoutMs(inputs: Inputs): number {
    return typeof inputs.timeout === "string" ? parseDurationMs(inputs.timeout) : DEFAULT_TIMEOUT_MS;
}

function describeFailure(outcome: Exclude<WaitOutcome<unknown>, { kind: "succeeded" }>, inputs: Inputs): string {
    switch (outcome.kind) {
        case "failed":
            return outcome.reason;
        case "timedOut": {
            const after = `timed out after ${typeof inputs.timeout === "string" ? inputs.timeout : "1h"} (the \`timeout\` input)`;
            const lastStatus = outcome.observed === undefined ? "" : `, task ${statusOf(outcome.observed)}`;
            const lastError = outcome.lastError === undefined ? "" : `; last poll failed: ${messageOf(outcome.lastError)}`;
            return after + lastStatus + lastError;
        }
        case "pollErrors":
            return `lost contact with ModelArts while waiting: ${messageOf(outcome.lastError)}`;
    }
}

function statusOf(observed: unknown): string {
    const status = (observed as { status?: unknown }).status;
    return typeof status === "string" || typeof status === "number" ? `status ${status}` : "status unknown";
}

