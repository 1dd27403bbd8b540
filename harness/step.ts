/**
 * What a run reports: one {@link Step} per resource operation, as `pulumi up` lists them.
 */
import type { CheckFailure, ProviderHost } from "./provider-host";
import { revealSecrets } from "./secrets";
import type { ResourceState } from "./state";
import type { PlainObject } from "./struct";

/**
 * `same`, `create`, `update`, `replace`, `delete`: as `pulumi up` shows them (a replaced resource's old copy
 * gets its own `delete` step once deleted); `read`: a refreshed resource; `failed`: the operation failed.
 */
export type StepOp = "same" | "create" | "update" | "replace" | "delete" | "read" | "failed";

/** One operation on one resource. */
export interface Step {
    readonly urn: string;
    readonly name: string;
    readonly type: string;
    readonly op: StepOp;
    /** The resource's id after the step (for `delete`, the id deleted), when it has one. */
    readonly id?: string;
    /** `check` failures that stopped the step. */
    readonly failures?: CheckFailure[];
    /** The error that failed the step. */
    readonly error?: string;
    /** For `replace`: the properties whose diff asked for it, as `pulumi preview` lists them. */
    readonly replaces?: string[];
    /** For `read` (refresh): whether the outputs read differ from those in the state. */
    readonly changed?: boolean;
    /** For `delete`: the resource had `retainOnDelete`, so it left the state without a `Delete` call. */
    readonly retained?: true;
}

/** The outcome of `up`, `preview`, `refresh` or `destroy`. */
export interface RunResult {
    /** In the order the steps finished. */
    readonly steps: Step[];
    /** The stack's exports as plain values (secrets revealed, preview unknowns absent). */
    readonly outputs: PlainObject;
    /** No step failed and the program raised no error. */
    readonly ok: boolean;
    /** Errors the program raised (a failed resource makes the program fail too, as under `pulumi up`). */
    readonly errors: string[];
}

/** The step describing an operation on `resource`. */
export function stepOf(
    resource: Pick<ResourceState, "urn" | "name" | "type">,
    op: StepOp,
    details: Partial<Step> = {},
): Step {
    return { urn: resource.urn, name: resource.name, type: resource.type, op, ...details };
}

/**
 * Deletes one resource as the engine does: `Delete` with its recorded outputs (the host loads the provider from
 * their `__provider`) for a custom resource, nothing for a component, nor for a resource recorded with
 * `retainOnDelete` (its step says `retained`). Records the step; resolves to success.
 */
export async function deleteResource(host: ProviderHost, resource: ResourceState, steps: Step[]): Promise<boolean> {
    if (resource.retainOnDelete) {
        steps.push(stepOf(resource, "delete", { ...(resource.id ? { id: resource.id } : {}), retained: true }));
        return true;
    }
    try {
        if (resource.custom) {
            await host.delete(
                resource.id ?? "",
                resource.urn,
                revealSecrets(resource.outputs).plain,
                revealSecrets(resource.inputs).plain,
            );
        }
        steps.push(stepOf(resource, "delete", resource.id ? { id: resource.id } : {}));
        return true;
    } catch (error) {
        steps.push(stepOf(resource, "failed", { id: resource.id, error: messageOf(error) }));
        return false;
    }
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
