/**
 * The entry point the serialized thin provider requires at run time (`pulumi-modelarts-data/impl/lifecycle`: keep
 * this path). Each kind's driver is loaded on first use (`registry.ts`).
 *
 * The serialized provider, stored in every resource's state, calls `lifecycle(kind)`, `openSession(config)` and
 * `sessionOf(holder)`: their signatures are part of what state written by this package depends on.
 */
import type { ResourceKind } from "../kinds";
import { driverOf } from "../registry";
import { TaskLifecycle } from "./task-lifecycle";

export { openSession, sessionOf } from "./session";
export type { Session } from "./session";

const lifecycles = new Map<ResourceKind, TaskLifecycle>();

/** The lifecycle of one resource kind. */
export function lifecycle(kind: ResourceKind): TaskLifecycle {
    let found = lifecycles.get(kind);
    if (!found) {
        found = new TaskLifecycle(driverOf(kind));
        lifecycles.set(kind, found);
    }
    return found;
}
