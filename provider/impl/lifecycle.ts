/**
 * The entry point the serialized thin provider requires at run time (`pulumi-modelarts-data/impl/lifecycle`).
 * Each kind's module is loaded on first use, so a host serving only ImportTasks never loads the others; the
 * session, and with it the REST client (signer, settings, retries), is loaded by the first verb that calls the
 * API, so a preview's `configure`, `check` and `diff` never load it (issue 5: `bench/cost.ts`).
 *
 * Old `__provider` texts in state call `openSession(config)` and `sessionOf(holder)`: keep both signatures.
 */
import type { ConfigSource } from "../client/settings";
import type { TaskKindName } from "../resources/thin-provider";
import type * as sessionModule from "./session";
import type { Session } from "./session";
import { TaskLifecycle } from "./task-lifecycle";
import type { TaskKind } from "./task-kind";

export type { Session } from "./session";

const loaders: Record<TaskKindName, () => TaskKind<unknown>> = {
    ImportTask: () => require("./import-task").importTaskKind,
    ExportTask: () => require("./export-task").exportTaskKind,
    ProcessorTask: () => require("./processor-task").processorTaskKind,
};

const lifecycles = new Map<TaskKindName, TaskLifecycle<unknown>>();

/** The lifecycle of one resource kind. */
export function lifecycle(kind: TaskKindName): TaskLifecycle<unknown> {
    let found = lifecycles.get(kind);
    if (!found) {
        found = new TaskLifecycle(loaders[kind]());
        lifecycles.set(kind, found);
    }
    return found;
}

const sessions = (): typeof sessionModule => require("./session");

/** A session over the stack config `configure` receives; `session.ts` is loaded when a member is first used. */
export function openSession(config: ConfigSource): Session {
    let opened: Session | undefined;
    const session = () => (opened ??= sessions().openSession(config));
    return {
        client: () => session().client(),
        get clock() {
            return session().clock;
        },
        get random() {
            return session().random;
        },
    };
}

/** The session `configure` stored on the provider object, or one from the environment alone. */
export function sessionOf(holder: { session?: Session }): Session {
    return sessions().sessionOf(holder);
}
