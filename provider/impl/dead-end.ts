/**
 * Why the object recorded in a resource's outputs can never succeed, from its kind's status table: it no longer
 * exists (a documented not-found code recorded when a wait ended on it, or a `gone` status such as an import's
 * `NOT_EXIST` or a dataset being deleted), or it ended in failure. Diff replaces such a resource, so the next
 * `pulumi up` runs a new one, also after a refresh (docs/architecture.md, fact 5).
 */
import { goneMeaning, phaseOf, statusLabel, wordOf } from "../schemas/status-table";
import type { AnyDriver } from "./kind-driver";
import { apiReason } from "./matching";

/** Why a recorded object can never succeed, and the output that shows it (reported as the diff's replace key). */
export interface DeadEnd {
    readonly reason: string;
    readonly output: "status" | "errorCode";
    /** Gone, rather than failed: nothing in the inputs needs fixing before the next one. */
    readonly gone: boolean;
}

/** See the module comment; undefined while the recorded object may still succeed. */
export function deadEndOf(driver: AnyDriver, outputs: Readonly<Record<string, unknown>>): DeadEnd | undefined {
    const { noun, idOutput } = driver.managed;
    const { status, errorCode, errorMsg } = outputs;
    const named = `${noun} ${String(outputs[idOutput])}`;
    if (typeof errorCode === "string" && driver.notFoundCodes.includes(errorCode)) {
        return { reason: `${named} no longer exists (${errorCode})`, output: "errorCode", gone: true };
    }
    const shown = statusLabel(driver.statuses, status);
    switch (phaseOf(driver.statuses, status)) {
        case "gone":
            return {
                reason: `${named} ${goneMeaning(driver.statuses, status)} (status ${shown})`,
                output: "status",
                gone: true,
            };
        case "failed":
            return {
                reason: `previous ${named} ${wordOf(driver.statuses, status)}: ${apiReason(errorCode, errorMsg, "no error message")}`,
                output: "status",
                gone: false,
            };
        default:
            return undefined;
    }
}
