/**
 * What every resource shares: the provider-side inputs (never sent to ModelArts) and the preview's unknown-value
 * sentinel.
 */
import { MAX_TIMEOUT_LENGTH } from "./duration";
import { idSchema } from "./fields";
import { objectSchema } from "./json-schema";
import type { InputField, InputsOf, InputTable } from "./input-table";

/**
 * The string that stands for a value still unknown during `pulumi preview` (docs/architecture.md, fact 3; the SDK's
 * `runtime/rpc` `unknownValue`). Validation skips such values.
 */
export const UNKNOWN_INPUT = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The wait's `timeout`: changes in place, since it steers only the wait. */
export const timeoutField = {
    schema: { type: "string", maxLength: MAX_TIMEOUT_LENGTH, format: "duration" },
    sent: "never",
    change: "in place",
} as const satisfies InputField;

/** `triggers`: a change replaces the resource, so the task runs again. */
export const triggersField = { schema: { maxJsonLength: 65_536 }, sent: "never" } as const satisfies InputField;

/** An id of an existing cloud object to bring under management instead of creating one; a change replaces. */
export const adoptIdField = { schema: idSchema, sent: "never" } as const satisfies InputField;

/**
 * `trackSource`: whether the resource follows what its OBS source holds (`source/tracking.ts`). Changing it alone
 * re-runs nothing: it updates the resource in place, and the first listing it records is the baseline.
 */
export const trackSourceField = {
    schema: {
        anyOf: [
            { type: "boolean" },
            objectSchema({
                /** How many objects the listing reads at the most (default 10 000, at most 1 000 000). */
                maxObjects: { type: "integer", minimum: 1, maximum: 1_000_000 },
                /**
                 * How long the path must have been quiet (no object modified) before `up` fingerprints and imports
                 * it, as a duration such as `"2m"` (default `"0s"`: at once).
                 */
                settle: { type: "string", maxLength: MAX_TIMEOUT_LENGTH, format: "settle-duration" },
            }),
        ],
    },
    sent: "never",
    change: "in place",
} as const satisfies InputField;

/** The provider-side inputs of the task resources, spread into each task's input table. */
export const taskProviderOptions = {
    /**
     * How long `pulumi up` waits for the task to finish, as a duration such as `"45s"`, `"30m"` or `"1h30m"`
     * (units `h`, `m`, `s`, `ms`). Default one hour; from 1 s to 168 h. When it runs out the task stays in state
     * and the next `up` resumes waiting.
     */
    timeout: timeoutField,
    /**
     * Id of an existing task to bring under management instead of creating a new one (`pulumi import` does not
     * work for dynamic resources). The other inputs should describe that task.
     */
    adoptTaskId: adoptIdField,
    /**
     * Any JSON value (as `triggers` in pulumi-command): when it changes, the task runs again. Use it to re-run a
     * task after fixing its data, or an import when new files land in OBS (e.g. a batch date).
     */
    triggers: triggersField,
} as const;

/**
 * Inputs of every task resource that steer the provider itself; none of them reaches the ModelArts API.
 * @interface
 */
export type ProviderOptions = InputsOf<InputTable<typeof taskProviderOptions>>;
