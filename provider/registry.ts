/**
 * Where each resource kind lives: its folder's driver (`<kind>/driver.ts`, with the kind's input, output and status
 * tables), loaded on first use, so that a host serving only ImportTasks never loads the others and `check` compiles
 * only its own kind's schema. One line per kind, checked by the compiler against `kinds.ts` (docs/architecture.md,
 * "Adding a kind").
 */
import type { ResourceKind } from "./kinds";
import type { AnyDriver } from "./impl/kind-driver";
import type { InputFields, InputTable } from "./schemas/input-table";

const DRIVERS = {
    Dataset: () => (require("./dataset/driver") as typeof import("./dataset/driver")).datasetDriver,
    DatasetVersion: () =>
        (require("./dataset-version/driver") as typeof import("./dataset-version/driver")).datasetVersionDriver,
    ImportTask: () => (require("./import-task/driver") as typeof import("./import-task/driver")).importTaskDriver,
    ExportTask: () => (require("./export-task/driver") as typeof import("./export-task/driver")).exportTaskDriver,
    ProcessorTask: () =>
        (require("./processor-task/driver") as typeof import("./processor-task/driver")).processorTaskDriver,
    DatasetSync: () => (require("./dataset-sync/driver") as typeof import("./dataset-sync/driver")).datasetSyncDriver,
} satisfies Record<ResourceKind, () => AnyDriver>;

/** The driver of `kind`. */
export function driverOf(kind: ResourceKind): AnyDriver {
    return DRIVERS[kind]();
}

/** The input table of `kind`. */
export function inputTableOf(kind: ResourceKind): InputTable<InputFields> {
    return driverOf(kind).inputs;
}
