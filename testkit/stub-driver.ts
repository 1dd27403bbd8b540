/**
 * A kind driver for unit tests of the lifecycle and the create: an ImportTask-like kind whose calls a test scripts
 * through `extra` (its core answers a running task and never calls the API), with import statuses.
 */
import type { AnyDriver } from "../provider/impl/kind-driver";
import { importTaskDriver } from "../provider/import-task/driver";

/** The stub, with `extra`'s members (and capabilities) on top. */
export function stubDriver(extra: Partial<AnyDriver> = {}): AnyDriver {
    return {
        kind: "ImportTask",
        managed: importTaskDriver.managed,
        inputs: importTaskDriver.inputs,
        outputs: importTaskDriver.outputs,
        statuses: importTaskDriver.statuses,
        notFoundCodes: [],
        submit: () => Promise.reject(new Error("unexpected POST")),
        fetch: () => Promise.resolve({ status: "RUNNING" }),
        findMatching: () => Promise.reject(new Error("unexpected list")),
        failureOf: () => "the import task failed",
        progressOf: () => undefined,
        statusLineOf: (raw) => String(raw.status),
        summaryOf: (raw) => String(raw.status),
        ...extra,
    };
}
