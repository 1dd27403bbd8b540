/**
 * What the three task resources share: the provider-side options (never sent to ModelArts), timeout durations,
 * and the preview's unknown-value sentinel.
 */
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

/** Longest `timeout` text accepted ("167h59m59s999ms" is 15 characters). */
const MAX_TIMEOUT_LENGTH = 32;
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 168 * 60 * 60 * 1_000;
const UNIT_MS: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
// Go's duration syntax (what Pulumi's own customTimeouts use), restricted to non-negative h/m/s/ms terms.
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/;
const DURATION_TERM = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;

/** Schemas of the provider-side inputs, spread into each resource's schema. */
export const providerOptionsSchema: { readonly [K in keyof ProviderOptions]-?: Schema<ProviderOptions[K]> } = {
    timeout: { type: "string", maxLength: MAX_TIMEOUT_LENGTH, format: "duration" },
    adoptTaskId: idSchema,
    triggers: { maxJsonLength: 65_536 },
};

/**
 * Milliseconds in a duration such as `"45s"`, `"30m"`, `"1h30m"` or `"1.5h"`.
 * @throws RangeError when the text is not such a duration (the text itself is not repeated in the message).
 */
export function parseDurationMs(text: string): number {
    if (!DURATION.test(text)) {
        throw new RangeError('not a duration: expected terms such as "45s", "30m" or "1h30m" (units h, m, s, ms)');
    }
    let total = 0;
    for (const [, amount, unit] of text.matchAll(DURATION_TERM)) {
        total += Number(amount) * UNIT_MS[unit];
    }
    return Math.round(total);
}

/** True for a valid `timeout` input: a duration from 1 s to 168 h. */
export function isTimeoutDuration(text: string): boolean {
    if (text.length > MAX_TIMEOUT_LENGTH || !DURATION.test(text)) return false;
    const ms = parseDurationMs(text);
    return ms >= MIN_TIMEOUT_MS && ms <= MAX_TIMEOUT_MS;
}
