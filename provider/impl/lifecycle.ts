/**
 * The entry point the serialized thin provider requires at run time (`pulumi-modelarts-data/impl/lifecycle`).
 * Each kind's module is loaded on first use, so a host serving only ImportTasks never loads the others.
 *
 * Old `__provider` texts in state call `openSession(config)` and `sessionOf(holder)`: keep both signatures.
 */
import type { ResourceKind } from "../kinds";
import { TaskLifecycle } from "./task-lifecycle";
import type { TaskKind } from "./task-kind";

export { openSession, sessionOf } from "./session";
export type { Session } from "./session";

const loaders: Record<ResourceKind, () => TaskKind<unknown>> = {
    ImportTask: () => (require("./import-task") as typeof import("./import-task")).importTaskKind,
    ExportTask: () => (require("./export-task") as typeof import("./export-task")).exportTaskKind,
    ProcessorTask: () => (require("./processor-task") as typeof import("./processor-task")).processorTaskKind,
};

const lifecycles = new Map<ResourceKind, TaskLifecycle<unknown>>();

/** The lifecycle of one resource kind. */
export function lifecycle(kind: ResourceKind): TaskLifecycle<unknown> {
    let found = lifecycles.get(kind);
    if (!found) {
        found = new TaskLifecycle(loaders[kind]());
        lifecycles.set(kind, found);
    }
    return found;
}
