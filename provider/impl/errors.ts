/**
 * The error shape the dynamic-provider host turns into "created but failed to initialize"
 * (docs/architecture.md, fact 5): a thrown error carrying `id`, `properties` and `reasons`. The engine then keeps the
 * resource in state with that id and those outputs, so nothing is orphaned. On the next `pulumi up` the engine
 * calls Diff first: a task still running is resumed by `update`; one that ended in failure or vanished makes
 * Diff replace the resource, so a new task runs.
 */
export class TaskInitError extends Error {
    override readonly name = "TaskInitError";
    readonly isTaskInitError = true;

    constructor(
        /** The ModelArts task id: the resource's id. */
        readonly id: string,
        /** The outputs to record, including `__provider` (read and delete load the provider from them). */
        readonly properties: Record<string, unknown>,
        /** `error_code: error_msg` lines, or what ended the wait. */
        readonly reasons: string[],
        /** What the next `pulumi up` does with the task: said in the message. */
        readonly next: NextUp,
        /** What the resource manages, as the message names it: `task`, `dataset`, `dataset version`. */
        noun = "task",
    ) {
        super(`${reasons.join("; ")} (${NEXT_UP[next](`${noun} ${id}`, noun)})`);
    }

    static isInstance(e: unknown): e is TaskInitError {
        return typeof e === "object" && e !== null && (e as TaskInitError).isTaskInitError;
    }
}

/**
 * What the next `pulumi up` does with an object kept in the stack after a failed create or update: resumes waiting
 * on it (it may not have ended), replaces one that failed, or recreates one that is gone or being deleted.
 */
export type NextUp = "resumes" | "replaces" | "recreates";

const NEXT_UP: Readonly<Record<NextUp, (named: string, noun: string) => string>> = {
    resumes: (named) =>
        `${named} may not have ended and is kept in the stack; the next \`pulumi up\` resumes waiting on it`,
    replaces: (named, noun) =>
        `${named} is kept in the stack; the next \`pulumi up\` replaces it with a new ${noun} (fix the data or inputs first)`,
    recreates: (named, noun) => `${named} is kept in the stack; the next \`pulumi up\` replaces it with a new ${noun}`,
};

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
