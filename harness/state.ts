/**
 * The harness's stack state: a plain JSON-serializable object, kept by {@link MockEngine} between runs, in the
 * spirit of a Pulumi checkpoint (`pulumi stack export`): per resource its URN, id, inputs, outputs,
 * dependencies, init errors, `retainOnDelete` and pending-delete mark. Secret values are stored sealed (see `secrets.ts`).
 */
import type { PlainObject } from "./struct";

/** One resource in the state. */
export interface ResourceState {
    readonly urn: string;
    /** The type token, e.g. `pulumi-nodejs:dynamic/modelarts:ImportTask`. */
    readonly type: string;
    readonly name: string;
    /** `false` for component resources (the stack itself included): they have no id and no provider. */
    readonly custom: boolean;
    readonly id?: string;
    /** The parent's URN, if any. */
    readonly parent?: string;
    /** The checked inputs, `__provider` included. */
    readonly inputs: PlainObject;
    /** The outputs, `__provider` included (delete and read load the provider from them). */
    readonly outputs: PlainObject;
    /** URNs this resource depends on (explicit `dependsOn` and outputs used as inputs). */
    readonly dependencies: string[];
    /** Set when the provider created the resource but failed to initialize it (docs/architecture.md, fact 5). */
    readonly initErrors?: string[];
    /**
     * The `retainOnDelete` resource option (or its parent's) at the resource's last registration: deleting the
     * resource drops it from the state without calling the provider's `Delete`. Absent when not set.
     */
    readonly retainOnDelete?: true;
    /** A replaced resource whose delete has not happened yet; the next `up` deletes it. */
    readonly pendingDelete?: boolean;
}

/** The whole state: resources in dependency order (every resource after the ones it depends on). */
export interface EngineState {
    readonly resources: ResourceState[];
}

/**
 * Runs `remove` on every resource of `resources`, each only after every resource of the set that depends on it
 * (or is its child) was removed successfully, as many at once as the graph allows (the engine's delete
 * ordering). A resource whose dependent failed is left alone. Resolves to the resources removed.
 */
export async function removeInReverseDependencyOrder(
    resources: readonly ResourceState[],
    remove: (resource: ResourceState) => Promise<boolean>,
): Promise<Set<ResourceState>> {
    const dependents = new Map<ResourceState, ResourceState[]>(resources.map((r) => [r, []]));
    for (const resource of resources) {
        for (const urn of [...resource.dependencies, resource.parent]) {
            for (const target of resources) {
                if (target.urn === urn && target !== resource) dependents.get(target)!.push(resource);
            }
        }
    }
    const outcomes = new Map<ResourceState, Promise<boolean>>();
    const removeAfterDependents = (resource: ResourceState): Promise<boolean> => {
        let outcome = outcomes.get(resource);
        if (outcome === undefined) {
            outcome = Promise.all(dependents.get(resource)!.map(removeAfterDependents)).then((removed) =>
                removed.every(Boolean) ? remove(resource) : false,
            );
            outcomes.set(resource, outcome);
        }
        return outcome;
    };
    const removed = await Promise.all(resources.map(removeAfterDependents));
    return new Set(resources.filter((_, i) => removed[i]));
}
