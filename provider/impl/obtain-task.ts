/**
 * Which task a `create` is about, without ever creating two, nor taking another's (docs/design/duplicate-safe-create.md).
 *
 * A create POST is never blindly repeated (ModelArts has no idempotency key): after a POST of unknown outcome, or a
 * conflict answer (ModelArts.4356 import running, 4709 name taken), the provider first looks for a task this
 * resource may already have (`KindDriver.findMatching` with a `MatchFilter`): one a killed `pulumi up` left, or one a
 * lost POST made. Only when a look finds none does a POST go. A conflict with a task that is not this resource's
 * waits for it (`busy`) or fails the create naming it (`taken`). Everything is bounded by the resource's deadline,
 * and failed attempts in a row by {@link MAX_FAILED_ATTEMPTS}; waiting for another task is not a failure.
 */
import { retryDelayMs } from "../client/backoff";
import { isRetryable, ModelArtsError } from "../client/errors";
import type { ModelArtsClient } from "../client/api";
import { messageOf } from "./errors";
import { hasUniqueName, isConflicting, listsBeforeCreate } from "./kind-driver";
import type { AnyDriver, Inputs, MatchFilter, NameHolder } from "./kind-driver";
import { phaseOf, wordOf } from "../schemas/status-table";
import { secondsOf, type Progress } from "./progress";
import type { Session } from "./session";

/**
 * How a create came by its task: its POST answered (`posted`); a look found the task a POST whose answer was lost
 * made (`lostAnswer`) or one an interrupted run left (`leftOver`); or the kind's adopt input (`adoptTaskId`) named it.
 */
export type TaskOrigin = "posted" | "lostAnswer" | "leftOver" | "adoptInput";

/**
 * The task a create settles on; `submittedAtMs` when the task is known to exist since: the answer to this create's
 * POST that made it, or the sending of a POST whose answer was lost.
 */
export interface ObtainedTask {
    readonly id: string;
    readonly origin: TaskOrigin;
    readonly submittedAtMs?: number;
}

/** Failed attempts (POST or look) in a row after which the create gives up. */
const MAX_FAILED_ATTEMPTS = 10;

/**
 * What one attempt ended with: the task; or whether it failed (else it waits for another task), and whether the
 * next attempt goes `again` at once (after a look that found nothing).
 */
type Attempt =
    | { readonly obtained: ObtainedTask }
    | { readonly obtained?: undefined; readonly error?: unknown; readonly failed: boolean; readonly again?: boolean };

/** Finds or creates the task of a create; see the module comment. */
export async function obtainTask(
    driver: AnyDriver,
    session: Session,
    inputs: Inputs,
    deadlineMs: number,
    progress?: Progress,
): Promise<ObtainedTask> {
    const adopted = inputs[driver.managed.adoptInput];
    if (typeof adopted === "string") return { id: adopted, origin: "adoptInput" };
    const creation = new Creation(driver, session, inputs, deadlineMs);
    let failedAttempts = 0;
    // The backoff's step: one per wait, so a look that found nothing (part of handling the failure before it)
    // moves it on no more than the failure itself does.
    let step = 0;
    for (;;) {
        const attempt = await creation.attempt();
        if (attempt.obtained) return attempt.obtained;
        if (attempt.again) continue;
        failedAttempts = attempt.failed ? failedAttempts + 1 : 0; // waiting for another task is no failure
        const retryAfterMs = ModelArtsError.isInstance(attempt.error) ? attempt.error.retryAfterMs : undefined;
        const delayMs = retryDelayMs(++step, session.random, retryAfterMs);
        if (failedAttempts >= MAX_FAILED_ATTEMPTS || session.clock.now() + delayMs >= deadlineMs) {
            // A POST whose outcome is unknown gets one last look (its requests may run a little past the deadline,
            // `FINAL_ATTEMPT_GRACE_MS`): the task it made is then kept instead of lost.
            const owed = creation.owesLook();
            const last = owed ? await creation.attempt() : undefined;
            if (last?.obtained) return last.obtained;
            throw creation.givingUp(last?.error ?? attempt.error, owed);
        }
        progress?.delayed(`creating the task: ${messageOf(attempt.error)}; trying again in ${secondsOf(delayMs)}`);
        await session.clock.sleep(delayMs);
    }
}

/** The state of one create between its attempts. */
class Creation {
    private readonly startedAtMs: number;
    /** When the earliest POST whose outcome is unknown was sent. */
    private unknownSinceMs: number | undefined;
    private mustLook: boolean;
    /** Every request of the create carries its deadline. */
    private readonly client: ModelArtsClient;
    /** Without the service's clock: matching tasks seen finished before any POST of unknown outcome (`MatchFilter`). */
    private finishedBeforePost: Set<string> | undefined;
    private prepared = false;

    constructor(
        private readonly driver: AnyDriver,
        private readonly session: Session,
        private readonly inputs: Inputs,
        private readonly deadlineMs: number,
    ) {
        this.startedAtMs = session.clock.now();
        this.client = session.client().until(deadlineMs);
        this.mustLook = listsBeforeCreate(driver);
    }

    async attempt(): Promise<Attempt> {
        if (!this.prepared) await this.prepare();
        return this.mustLook ? this.look() : this.post();
    }

    /**
     * Before the first attempt of a kind without a unique value: learn the service's clock if no answer has shown it
     * yet. Without one, only a look before the first POST can tell a task a lost POST made from an older one, so that
     * look is taken (see `MatchFilter.finishedBeforePost`). A kind with a unique value needs no clock before its POST:
     * a look after a lost POST learns it then (from its own list's answer, or a probe).
     */
    private async prepare(): Promise<void> {
        this.prepared = true;
        if (this.hasUniqueValue()) return;
        await this.client.learnServerClock();
        if (this.client.serverTime(this.startedAtMs).known) return;
        this.finishedBeforePost = new Set();
        this.mustLook = true;
    }

    /** True when a POST's outcome is unknown and no look has answered since. */
    owesLook(): boolean {
        return this.mustLook && this.unknownSinceMs !== undefined;
    }

    /** The error to throw when the create gives up: a POST may have created a task nobody has found yet. */
    givingUp(error: unknown, unconfirmed = this.mustLook): unknown {
        if (this.unknownSinceMs === undefined || !unconfirmed) return error;
        const { noun, adoptInput } = this.driver.managed;
        return new Error(
            `ModelArts may have created the ${noun}, but it could not be confirmed: if it is in the ${noun} list, set ` +
                `\`${adoptInput}\` to its id; the next \`pulumi up\` adopts it by itself while it is still unfinished ` +
                `(last error: ${messageOf(error)})`,
        );
    }

    private async look(): Promise<Attempt> {
        const filter: MatchFilter = {
            liveSinceMs: this.startedAtMs,
            createdSinceMs: this.unknownSinceMs,
            ...(this.finishedBeforePost === undefined ? {} : { finishedBeforePost: this.finishedBeforePost }),
        };
        try {
            // What a POST of unknown outcome made may have finished already, and only the service's clock tells it
            // from an older task. The list's own answer usually shows that clock; the probe is one more chance when
            // none has yet (a gateway may leave out or skew `Date`).
            if (this.unknownSinceMs !== undefined) await this.client.learnServerClock();
            const [found] = await this.driver.findMatching(this.client, this.inputs, filter);
            if (found !== undefined) {
                const sent =
                    this.unknownSinceMs === undefined
                        ? { origin: "leftOver" as const }
                        : { origin: "lostAnswer" as const, submittedAtMs: this.unknownSinceMs };
                return { obtained: { id: found, ...sent } };
            }
            this.mustLook = false;
            return { failed: false, again: true };
        } catch (error) {
            if (!isRetryable(error)) throw this.givingUp(error);
            return { error, failed: true };
        }
    }

    private async post(): Promise<Attempt> {
        const sentAtMs = this.session.clock.now();
        try {
            const { clock, random } = this.session;
            const id = await this.driver.submit(this.client, this.inputs, {
                clock,
                random,
                deadlineMs: this.deadlineMs,
            });
            // The answer, not the call: the POST may have waited for its turn of the pace (docs/design/pacing.md),
            // and a wait timed from before the task existed polls it early.
            return { obtained: { id, origin: "posted", submittedAtMs: this.session.clock.now() } };
        } catch (error) {
            if (ModelArtsError.isInstance(error) && error.outcomeUnknown) {
                this.unknownSinceMs ??= sentAtMs;
                this.mustLook = true;
                return { error, failed: true };
            }
            const conflict = isConflicting(this.driver) ? this.driver.conflictOf(error) : undefined;
            if (conflict !== undefined) return this.afterConflict(conflict, error);
            if (!isRetryable(error)) throw error;
            // Nothing was created. Without a unique name, a task a killed run left may end before the next POST,
            // which would then get no conflict answer: look first. A kind that looked before its first POST has
            // adopted such a task already; it looks again only after a POST of unknown outcome.
            this.mustLook =
                !this.hasUniqueValue() && (!listsBeforeCreate(this.driver) || this.unknownSinceMs !== undefined);
            return { error, failed: true };
        }
    }

    /**
     * The service refused the POST because of another task: ours (adopt it), or another one (wait, or fail). Until a
     * look succeeds, no POST goes: ours may end in the meantime, and the next POST would get no conflict answer.
     */
    private async afterConflict(conflict: "busy" | "taken", postError: unknown): Promise<Attempt> {
        this.mustLook = true;
        const looked = await this.look();
        if (looked.obtained || looked.failed) return looked;
        if (conflict === "busy") return { error: postError, failed: false };
        const holder = await this.holder().catch(() => undefined);
        // A holder that is going (the old copy of a replacement that keeps the name) frees the name: wait for it.
        if (holder !== undefined && phaseOf(this.driver.statuses, holder.status) === "gone") {
            return { error: postError, failed: false };
        }
        // Without the service's clock, a holder that has finished may be what this create's lost POST made: say so,
        // rather than call it another's.
        if (this.unknownSinceMs !== undefined && !this.client.serverTime(this.startedAtMs).known)
            throw this.givingUp(postError, true);
        throw this.takenBySomeoneElse(postError, holder);
    }

    /**
     * Whether the inputs set the kind's unique field: only then does a second create get a conflict answer (a
     * version left unnamed is named by the service, so nothing stops a second one).
     */
    private hasUniqueValue(): boolean {
        return hasUniqueName(this.driver) && this.inputs[this.driver.uniqueField] !== undefined;
    }

    /** The listed object that holds this resource's unique value, if the kind can list them. */
    private async holder(): Promise<NameHolder | undefined> {
        if (!hasUniqueName(this.driver)) return undefined;
        const value = this.inputs[this.driver.uniqueField];
        const listed = (await this.driver.listNamed?.(this.client, this.inputs)) ?? [];
        return listed.find((h) => h.value === value && typeof h.id === "string");
    }

    /** The error of a create whose unique value is held by a task this resource cannot adopt. */
    private takenBySomeoneElse(postError: unknown, holder: NameHolder | undefined): Error {
        const field = hasUniqueName(this.driver) ? this.driver.uniqueField : "name";
        const value = JSON.stringify(String(this.inputs[field]));
        const { noun, adoptInput } = this.driver.managed;
        const who = holder
            ? `${noun} ${String(holder.id)} (status ${wordOf(this.driver.statuses, holder.status)})`
            : `another ${noun}`;
        return new Error(
            `${field} ${value} is already used by ${who}, which this resource did not create: it finished before this ` +
                `create began, or was made with other settings. Set \`${adoptInput}: "${holder?.id ?? `<${noun} id>`}"\` ` +
                `to take it over, or choose another ${field} (${messageOf(postError)})`,
        );
    }
}
