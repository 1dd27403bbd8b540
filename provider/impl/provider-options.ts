/**
 * The provider-side inputs' defaults, applied here and nowhere else: how long a create or an update waits
 * (`timeout`, declared in `schemas/common.ts`).
 */
import { parseDurationMs } from "../schemas/duration";

/** The wait when `timeout` is left out. */
export const DEFAULT_TIMEOUT = "1h";

/** The resource's `timeout`, as written (or the default) and in milliseconds. */
export function timeoutOf(inputs: { readonly timeout?: unknown }): { readonly text: string; readonly ms: number } {
    const text = typeof inputs.timeout === "string" ? inputs.timeout : DEFAULT_TIMEOUT;
    return { text, ms: parseDurationMs(text) };
}
