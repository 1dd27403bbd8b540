/**
 * The entry point the serialized thin provider requires at run time (`pulumi-modelarts-data/impl/lifecycle`).
 * Each kind's module is loaded on first use, so a host serving only ImportTasks never loads the others.
 *
 * Old `__provider` texts in state call `openSession(config)` and `sessionOf(holder)`: keep both signatures.
 */
import { kindExport, kindModule } from "../kinds";
import type { ResourceKind } from "../kinds";
import { TaskLifecycle } from "./task-lifecycle";
import type { TaskKind } from "./task-kind";

export { openSession, sessionOf } from "./session";
export type { Session } from "./session";

/** A kind's `TaskKind`, from its module by the naming convention of `kinds.ts`. */
function loadKind(kind: ResourceKind): TaskKind<unknown> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, by the kind's module name
    const module = require(`./${kindModule(kind)}`) as Readonly<Record<string, TaskKind<unknown>>>;
    const found = module[kindExport(kind, "Kind")];
    if (found === undefined) throw new Error(`impl/${kindModule(kind)} exports no ${kindExport(kind, "Kind")}`);
    return found;
}

const lifecycles = new Map<ResourceKind, TaskLifecycle<unknown>>();

/** The lifecycle of one resource kind. */
export function lifecycle(kind: ResourceKind): TaskLifecycle<unknown> {
    let found = lifecycles.get(kind);
    if (!found) {
        found = new TaskLifecycle(loadKind(kind));
        lifecycles.set(kind, found);
    }
    return found;
}
