/**
 * The error shape the dynamic-provider host turns into "created but failed to initialize"
 * (docs/architecture.md, fact 5): a thrown error carrying `id`, `properties` and `reasons`. The engine then keeps the
 * resource in state with that id and those outputs, and the next `pulumi up` calls `update`, which resumes
 * waiting on the same task. Nothing is orphaned.
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
    ) {
        super(`${reasons.join("; ")} (task ${id} is kept in the stack; the next \`pulumi up\` resumes waiting on it)`);
    }

    static isInstance(e: unknown): e is TaskInitError {
        return typeof e === "object" && e !== null && (e as TaskInitError).isTaskInitError === true;
    }
}

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
