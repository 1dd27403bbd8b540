/**
 * Where each resource kind lives: its folder's driver (`<kind>/driver.ts`, with the kind's input, output and status
 * tables) and its input table alone, each loaded on first use, so that a host serving only ImportTasks never loads
 * the others and `check` compiles only its own kind's schema. One line per kind, checked by the compiler: adding a
 * kind is a folder, a line here and its exports in `index.ts` (docs/architecture.md, "Adding a kind").
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
} satisfies Record<ResourceKind, () => AnyDriver>;

const INPUT_TABLES = {
    Dataset: () => (require("./dataset/inputs") as typeof import("./dataset/inputs")).datasetInputs,
    DatasetVersion: () =>
        (require("./dataset-version/inputs") as typeof import("./dataset-version/inputs")).datasetVersionInputs,
    ImportTask: () => (require("./import-task/inputs") as typeof import("./import-task/inputs")).importTaskInputs,
    ExportTask: () => (require("./export-task/inputs") as typeof import("./export-task/inputs")).exportTaskInputs,
    ProcessorTask: () =>
        (require("./processor-task/inputs") as typeof import("./processor-task/inputs")).processorTaskInputs,
} satisfies Record<ResourceKind, () => InputTable<InputFields>>;

/** The driver of `kind`. */
export function driverOf(kind: ResourceKind): AnyDriver {
    return DRIVERS[kind]();
}

/** The input table of `kind`, without loading its driver. */
export function inputTableOf(kind: ResourceKind): InputTable<InputFields> {
    return INPUT_TABLES[kind]();
}
