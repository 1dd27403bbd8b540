/**
 * One `pulumi up` or `pulumi preview`: the engine's decisions for each resource the program registers,
 * following the step generator (`pkg/resource/deploy/step_generator.go`):
 *
 * - `Check(olds = inputs in state, news)`; failures fail the step, nothing is created.
 * - New resource → `Create`. In state → `Diff(olds = outputs in state, news = checked inputs)`;
 *   DIFF_UNKNOWN falls back to comparing old and new inputs. Changes with `replaces` → replace: `Check` again
 *   without olds, then create the replacement and delete the old resource after every other step (or delete
 *   first when the provider or the `deleteBeforeReplace` option asks). Other changes → `Update`. No change but
 *   init errors in state → `Update` with unchanged inputs (docs/architecture.md, fact 5). Otherwise `same`.
 * - An error carrying an init failure still records the resource, with that id, outputs and reasons.
 * - After a failed step no new operation starts (operations under way finish), and nothing is deleted.
 * - Resources in state that the program no longer declares are deleted at the end, dependents first.
 * - `retainOnDelete` (the resource option, else the parent's: `inheritFromParent`) is recorded in state; deleting a
 *   resource recorded with it (destroy, no longer declared, the old copy of a replacement) records the step but
 *   calls no `Delete` (`DeleteStep.Apply`): the resource only leaves the state.
 * - Preview: `Check` and `Diff` only; a created or updated resource's outputs are its inputs (the host does
 *   not support previews), so the program sees every other output as unknown.
 */
import { isDeepStrictEqual } from "util";
import type { Registration, RegistrationResult } from "./program-run";
import { ProviderCallError, type InitFailure } from "./provider-call-error";
import type { DiffResult, ProviderHost } from "./provider-host";
import { markSecrets, revealSecrets, sealSecrets } from "./secrets";
import { removeInReverseDependencyOrder, type EngineState, type ResourceState } from "./state";
import { deleteResource, messageOf, stepOf, type Step, type StepOp } from "./step";
import type { PlainObject } from "./struct";

/** A registration with its secrets revealed, and which keys are secret in inputs and in outputs. */
interface Goal {
    readonly registration: Registration;
    readonly news: PlainObject;
    readonly inputSecrets: Set<string>;
    readonly outputSecrets: Set<string>;
}

/** What a successful or init-failed provider call leaves in state. */
interface Recorded {
    readonly id: string;
    readonly inputs: PlainObject;
    readonly outputs: PlainObject;
    readonly initErrors?: string[];
}

/** Drives one deployment: pass {@link register} to the program run, then call {@link finish}. */
export class Deployment {
    readonly steps: Step[] = [];
    private failedStep = false;
    private readonly olds: Map<string, ResourceState>;
    private readonly registrationOrder: string[] = [];
    /** New states by URN; a registered resource without one keeps its old state, unless it is `gone`. */
    private readonly news = new Map<string, ResourceState>();
    private readonly gone = new Set<string>();
    /** Old copies of replaced resources, deleted at the end (create-before-delete). */
    private readonly replaced: ResourceState[] = [];
    /** The diff's replace keys of each resource being replaced, reported on its step. */
    private readonly replaceKeys = new Map<string, string[]>();
    /** This run's registrations by URN, with what they inherit from their parent. */
    private readonly goals = new Map<string, Registration>();

    constructor(
        private readonly host: ProviderHost,
        private readonly preview: boolean,
        private readonly previous: EngineState,
    ) {
        this.olds = new Map(previous.resources.filter((r) => !r.pendingDelete).map((r) => [r.urn, r]));
    }

    /** The engine's answer to one registration: runs its steps and resolves to its id and outputs. */
    readonly register = async (registered: Registration): Promise<RegistrationResult> => {
        const registration = this.inheritFromParent(registered);
        this.registrationOrder.push(registration.urn);
        this.goals.set(registration.urn, registration);
        const old = this.olds.get(registration.urn);
        if (!registration.custom) {
            this.news.set(
                registration.urn,
                stateOf(registration, { id: "", inputs: {}, outputs: {} }, new Set(), new Set()),
            );
            this.steps.push(stepOf(registration, old ? "same" : "create"));
            return { outputs: {} };
        }
        if (this.failedStep && !this.preview)
            throw new Error(`${registration.urn}: not started because an earlier step failed`);
        const { plain: news, secretKeys: inputSecrets } = revealSecrets(registration.inputs);
        const outputSecrets = new Set([...inputSecrets, ...registration.additionalSecretOutputs]);
        try {
            return await this.decide({ registration, news, inputSecrets, outputSecrets }, old);
        } catch (error) {
            this.failedStep = true;
            throw error;
        }
    };

    /** Deletes what the program no longer declares and replaced resources (unless a step failed); the new state. */
    async finish(programFailed: boolean): Promise<EngineState> {
        const registered = new Set(this.registrationOrder);
        const unregistered = [...this.olds.values()].filter((r) => !registered.has(r.urn));
        if (this.preview) {
            for (const resource of unregistered) {
                const retained = resource.retainOnDelete ? { retained: true as const } : {};
                this.steps.push(stepOf(resource, "delete", { id: resource.id, ...retained }));
            }
            return this.previous;
        }
        const current = this.registrationOrder.flatMap(
            (urn) => this.news.get(urn) ?? (this.gone.has(urn) ? [] : (this.olds.get(urn) ?? [])),
        );
        const condemned = [
            ...unregistered,
            ...this.replaced,
            ...this.previous.resources.filter((r) => r.pendingDelete),
        ];
        const removed =
            this.failedStep || programFailed
                ? new Set<ResourceState>()
                : await removeInReverseDependencyOrder(condemned, (r) => deleteResource(this.host, r, this.steps));
        const remaining = condemned
            .filter((r) => !removed.has(r))
            .map((r) => (this.replaced.includes(r) ? { ...r, pendingDelete: true } : r));
        return { resources: [...current, ...remaining] };
    }

    /** The engine's `inheritFromParent`: a registration without `retainOnDelete` takes its parent's. */
    private inheritFromParent(registration: Registration): Registration {
        if (registration.retainOnDelete !== undefined || registration.parent === undefined) return registration;
        const inherited = this.goals.get(registration.parent)?.retainOnDelete;
        return inherited === undefined ? registration : { ...registration, retainOnDelete: inherited };
    }

    private async decide(goal: Goal, old: ResourceState | undefined): Promise<RegistrationResult> {
        const oldInputs = old ? revealSecrets(old.inputs).plain : {};
        const inputs = await this.check(goal, oldInputs);
        if (old === undefined) return this.create(goal, inputs, "create");
        const { plain: oldOutputs, secretKeys: oldOutputSecrets } = revealSecrets(old.outputs);
        const diff = await this.call(goal, "diff", () =>
            this.host.diff(old.id ?? "", old.urn, oldOutputs, inputs, oldInputs),
        );
        const changes = diff.changes ?? !isDeepStrictEqual(oldInputs, inputs);
        if (changes && diff.replaces.length > 0) return this.replace(goal, old, diff);
        if (changes || old.initErrors?.length) return this.update(goal, old, inputs, oldOutputs, oldInputs);
        const outputSecrets = new Set([...oldOutputSecrets, ...goal.outputSecrets]);
        return this.succeeded(goal, "same", { id: old.id ?? "", inputs, outputs: oldOutputs }, outputSecrets);
    }

    private async check(goal: Goal, olds: PlainObject): Promise<PlainObject> {
        const { urn } = goal.registration;
        const result = await this.call(goal, "check", () => this.host.check(urn, olds, goal.news));
        if (result.failures.length === 0) return result.inputs;
        this.steps.push(stepOf(goal.registration, "failed", { failures: result.failures }));
        const reasons = result.failures.map((f) => `${f.property}: ${f.reason}`).join("; ");
        throw new Error(`${urn} has check failures: ${reasons}`);
    }

    private async replace(goal: Goal, old: ResourceState, diff: DiffResult): Promise<RegistrationResult> {
        this.replaceKeys.set(goal.registration.urn, diff.replaces);
        const inputs = await this.check(goal, {}); // the engine re-checks without olds, so defaults are recomputed
        if (!(goal.registration.deleteBeforeReplace ?? diff.deleteBeforeReplace))
            return this.create(goal, inputs, "replace", old);
        if (!this.preview) {
            if (!(await deleteResource(this.host, old, this.steps))) {
                throw new Error(`${old.urn}: could not delete the resource before replacing it`);
            }
            this.gone.add(old.urn);
        }
        return this.create(goal, inputs, "replace");
    }

    /** Creates the resource; `replacing` is the old copy of a create-before-delete replacement. */
    private async create(
        goal: Goal,
        inputs: PlainObject,
        op: StepOp,
        replacing?: ResourceState,
    ): Promise<RegistrationResult> {
        if (this.preview) return this.previewed(goal, op, inputs);
        const { id, outs } = await this.call(
            goal,
            "create",
            () => this.host.create(goal.registration.urn, inputs),
            (failure) => {
                if (failure === undefined) return;
                this.record(goal, { id: failure.id, inputs, outputs: failure.properties, initErrors: failure.reasons });
                if (replacing) this.replaced.push(replacing);
            },
        );
        if (replacing) this.replaced.push(replacing);
        return this.succeeded(goal, op, { id, inputs, outputs: outs });
    }

    private async update(
        goal: Goal,
        old: ResourceState,
        inputs: PlainObject,
        oldOutputs: PlainObject,
        oldInputs: PlainObject,
    ): Promise<RegistrationResult> {
        const id = old.id ?? "";
        if (this.preview) return this.previewed(goal, "update", inputs, id);
        const update = () => this.host.update(id, old.urn, oldOutputs, inputs, oldInputs);
        const { outs } = await this.call(goal, "update", update, (failure) => {
            if (failure)
                this.record(goal, {
                    id: failure.id || id,
                    inputs,
                    outputs: failure.properties,
                    initErrors: failure.reasons,
                });
        });
        return this.succeeded(goal, "update", { id, inputs, outputs: outs });
    }

    /**
     * Runs one provider call. On failure lets `onFailure` record an init-failed resource (an error carrying an id,
     * from create or update; the old state is kept otherwise), records the failed step and rethrows.
     */
    private async call<T>(
        goal: Goal,
        what: string,
        run: () => Promise<T>,
        onFailure?: (initFailure?: InitFailure) => void,
    ): Promise<T> {
        try {
            return await run();
        } catch (error) {
            const initFailure = ProviderCallError.isInstance(error) ? error.initFailure : undefined;
            onFailure?.(initFailure);
            this.steps.push(stepOf(goal.registration, "failed", { id: initFailure?.id, error: messageOf(error) }));
            throw new Error(`${what} of ${goal.registration.urn} failed: ${messageOf(error)}`, { cause: error });
        }
    }

    private succeeded(
        goal: Goal,
        op: StepOp,
        recorded: Recorded,
        outputSecrets = goal.outputSecrets,
    ): RegistrationResult {
        this.record(goal, recorded, outputSecrets);
        this.steps.push(stepOf(goal.registration, op, { id: recorded.id, ...this.replaceDetails(goal, op) }));
        return { id: recorded.id, outputs: markSecrets(recorded.outputs, outputSecrets) };
    }

    private previewed(goal: Goal, op: StepOp, inputs: PlainObject, id?: string): RegistrationResult {
        this.steps.push(stepOf(goal.registration, op, { ...(id ? { id } : {}), ...this.replaceDetails(goal, op) }));
        return { id, outputs: markSecrets(inputs, goal.inputSecrets) };
    }

    private replaceDetails(goal: Goal, op: StepOp): Partial<Step> {
        const replaces = op === "replace" ? this.replaceKeys.get(goal.registration.urn) : undefined;
        return replaces ? { replaces } : {};
    }

    private record(goal: Goal, recorded: Recorded, outputSecrets = goal.outputSecrets): void {
        this.news.set(goal.registration.urn, stateOf(goal.registration, recorded, goal.inputSecrets, outputSecrets));
    }
}

/** The state of a registered resource after a provider call, secret keys sealed. */
function stateOf(
    registration: Registration,
    recorded: Recorded,
    inputSecrets: Set<string>,
    outputSecrets: Set<string>,
): ResourceState {
    const { urn, type, name, custom, parent, dependencies } = registration;
    return {
        urn,
        type,
        name,
        custom,
        ...(recorded.id ? { id: recorded.id } : {}),
        ...(parent ? { parent } : {}),
        inputs: sealSecrets(recorded.inputs, inputSecrets),
        outputs: sealSecrets(recorded.outputs, outputSecrets),
        dependencies,
        ...(recorded.initErrors?.length ? { initErrors: recorded.initErrors } : {}),
        ...(registration.retainOnDelete ? { retainOnDelete: true as const } : {}),
    };
}
