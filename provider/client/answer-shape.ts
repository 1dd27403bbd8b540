/**
 * The fields a provider decision rests on, checked in each answer before it is used: an answer without them (or
 * with them of another type) is malformed, which the caller handles like a lost answer (`ModelArtsError`
 * `malformedAnswer`: a failed poll or look, retried; a POST's outcome unknown), never as a crash that would lose
 * a task id. Field types are those of the API reference pages each call cites (`api.ts`).
 */
import { ModelArtsError } from "./errors";

/** A field's expected JSON type; `?` when it may be absent (or `null`). */
export type FieldType = "string" | "number" | "array" | "object" | "string?" | "number?" | "array?" | "object?";

const EXPECTED = { array: "an array of objects", object: "an object", string: "a string", number: "a number" };

type Shape = Readonly<Record<string, FieldType>>;
const TASK: Shape = { status: "string", error_code: "string?", error_msg: "string?" };

/**
 * The fields each answer must have for the provider to use it, by the client method that reads it: a status of the
 * documented type for a wait, the id and name a resource reports, the list a create's look-up pages through.
 */
export const ANSWER_SHAPES = {
    importTask: TASK,
    exportTask: TASK,
    processorTask: { status: "number", error_msg: "string?" },
    importTaskList: { import_tasks: "array", total_count: "number?" },
    exportTaskList: { export_tasks: "array", total_count: "number?" },
    processorTaskList: { tasks: "array", count: "number?" },
    dataset: { dataset_id: "string", dataset_name: "string", status: "number" },
    datasetList: { datasets: "array", total_number: "number?" },
    datasetStats: { label_stats: "array?", sample_stats: "object?" },
    datasetVersion: { version_id: "string", version_name: "string", status: "number" },
    datasetVersionList: { versions: "array", total_number: "number?" },
} as const satisfies Readonly<Record<string, Shape>>;

/** Where the answer came from, for the message. */
export interface AnswerSource {
    readonly method: string;
    readonly path: string;
}

/** `answer` itself when every field of `fields` has its type, and each array holds objects only; else throws. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the answer type this function checks
export function checkedAnswer<T>(
    answer: unknown,
    fields: Readonly<Record<string, FieldType>>,
    source: AnswerSource,
): T {
    const record = answer as Record<string, unknown>;
    for (const [name, expected] of Object.entries(fields)) {
        const value = record[name];
        const optional = expected.endsWith("?");
        if (optional && (value === undefined || value === null)) continue;
        const type = expected.replace("?", "");
        const ok =
            type === "array"
                ? Array.isArray(value) && value.every(isObject)
                : type === "object"
                  ? isObject(value)
                  : typeof value === type && !isNaNValue(value);
        if (!ok) {
            const found = describe(value, type === "array");
            throw malformedAnswer(source, `its "${name}" is ${found}, not ${EXPECTED[type as keyof typeof EXPECTED]}`);
        }
    }
    return answer as T;
}

/** A malformed-answer error; for a POST the outcome is unknown (the service may have created the task). */
export function malformedAnswer(source: AnswerSource, what: string): ModelArtsError {
    const outcomeUnknown = source.method === "POST";
    return new ModelArtsError({
        ...source,
        status: 200,
        errorMsg: `the answer is malformed: ${what}`,
        outcomeUnknown,
        malformedAnswer: true,
    });
}

function isObject(value: unknown): boolean {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNaNValue(value: unknown): boolean {
    return typeof value === "number" && !Number.isFinite(value);
}

function describe(value: unknown, expectsArray: boolean): string {
    if (value === undefined) return "missing";
    if (value === null) return "null";
    if (Array.isArray(value)) return expectsArray ? "an array holding something other than objects" : "an array";
    return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
