/**
 * What the three task resources share: the provider-side options (never sent to ModelArts) and the preview's
 * unknown-value sentinel.
 */
import { MAX_TIMEOUT_LENGTH } from "./duration";
import { idSchema } from "./fields";
import type { Schema } from "./json-schema";

/**
 * The string that stands for a value still unknown during `pulumi preview` (docs/architecture.md, fact 3; the SDK's
 * `runtime/rpc` `unknownValue`). Validation skips such values.
 */
export const UNKNOWN_INPUT = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Inputs that steer the provider itself; none of them reaches the ModelArts API. */
export interface ProviderOptions {
    /**
     * How long `pulumi up` waits for the task to finish, as a duration such as `"45s"`, `"30m"` or `"1h30m"`
     * (units `h`, `m`, `s`, `ms`). Default one hour; from 1 s to 168 h. When it runs out the task stays in state
     * and the next `up` resumes waiting. Changing it updates the resource in place.
     */
    readonly timeout?: string;
    /**
     * Id of an existing task to bring under management instead of creating a new one (`pulumi import` does not
     * work for dynamic resources). The other inputs should describe that task. Changing it replaces the resource.
     */
    readonly adoptTaskId?: string;
    /**
     * Any JSON value; a change replaces the resource, so the task runs again (as `triggers` in pulumi-command).
     * Never sent to the API. Use it to re-run an import when new files land in OBS (e.g. a batch date), or a
     * task after fixing its data.
     */
    readonly triggers?: unknown;
}

/** Names of the provider-side inputs: none is sent to the API. */
export const providerOptionFields: ReadonlyArray<keyof ProviderOptions> = ["timeout", "adoptTaskId", "triggers"];

/** Provider-side inputs whose change replaces the resource: another task to adopt, or a re-run asked for. */
export const replacingProviderOptions: ReadonlyArray<keyof ProviderOptions> = ["adoptTaskId", "triggers"];

/** Provider-side inputs that change in place: they steer only the wait. */
export const inPlaceProviderOptions: ReadonlyArray<keyof ProviderOptions> = providerOptionFields.filter(
    (f) => !replacingProviderOptions.includes(f),
);

/** Schemas of the provider-side inputs, spread into each resource's schema. */
export const providerOptionsSchema: { readonly [K in keyof ProviderOptions]-?: Schema<ProviderOptions[K]> } = {
    timeout: { type: "string", maxLength: MAX_TIMEOUT_LENGTH, format: "duration" },
    adoptTaskId: idSchema,
    triggers: { maxJsonLength: 65_536 },
};
