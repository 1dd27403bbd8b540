/**
 * The check every answer passes before the client returns it: the fields a provider decision rests on must be there
 * with their type (the `required` of the answer's schema: a status of the documented type for a wait, the id and name
 * a resource reports, the list a create's look pages through), and the optional fields a decision reads must have
 * their type when present (`readIfPresent`; absent or `null` counts as absent). An answer that fails is malformed,
 * which the caller handles like a lost answer (`ModelArtsError` `malformedAnswer`: a failed poll or look, retried; a
 * POST's outcome unknown), never as a crash that would lose a task id.
 *
 * Nothing else is checked, although the schema types every documented field: a malformed verdict makes a wait retry
 * until its deadline, and the pages contradict their own types (docs/api-notes.md), so a field no decision rests on
 * must not fail an answer. Ajv runs the schema's projection on the checked fields, each with its own type only (an
 * array's items as objects, not their fields), compiled once per answer kind on the first answer of that kind, on
 * the process's one Ajv (`ajv-instance.ts`).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import type { AnswerObjectSchema, AnswerSchema, TypeOf } from "../schemas/json-schema";
import { sharedAjv } from "../ajv-instance";
import { ModelArtsError } from "./errors";

/** An answer the client checks: its schema, and the optional fields a decision reads (see the file comment). */
export interface AnswerKind {
    readonly schema: AnswerObjectSchema;
    readonly readIfPresent?: readonly string[];
}

/** The answer kind of schema `S`: `satisfies AnswerKindOf<typeof schema>` lets the compiler check the field names. */
export interface AnswerKindOf<S extends AnswerObjectSchema> extends AnswerKind {
    readonly schema: S & { readonly required?: readonly FieldOf<S>[] };
    readonly readIfPresent?: readonly FieldOf<S>[];
}

type FieldOf<S extends AnswerObjectSchema> = keyof S["properties"] & string;

/** What the check of an answer kind looks at besides the schema's own `required` (see the file comment). */
export interface CheckedFields<R, F> {
    /** Fields a decision rests on, added to the schema's `required`: the answer's type has them too. */
    readonly required?: R;
    /** Optional fields a decision reads: checked when present. */
    readonly readIfPresent?: F;
}

/** The answer kind of `schema`; the compiler checks that the fields named exist. */
export function answerKind<
    const S extends AnswerObjectSchema,
    const R extends readonly FieldOf<S>[] = readonly [],
    const F extends readonly FieldOf<S>[] = readonly [],
>(
    schema: S,
    checked: CheckedFields<R, F> = {},
): { readonly schema: [R] extends [readonly []] ? S : S & { readonly required: R }; readonly readIfPresent?: F } {
    const { required, readIfPresent } = checked;
    return {
        schema: (required ? { ...schema, required } : schema) as [R] extends [readonly []]
            ? S
            : S & { readonly required: R },
        ...(readIfPresent ? { readIfPresent } : {}),
    };
}

/**
 * The answer kind of a list a create's look pages through: without the `items` field the look would miss one and
 * post again, so it is required; the `total` field is read when present.
 */
export function lookListKind<
    const S extends AnswerObjectSchema,
    const I extends FieldOf<S>,
    const T extends FieldOf<S>,
>(schema: S, items: I, total: T) {
    return answerKind<S, readonly [I], readonly [T]>(schema, { required: [items], readIfPresent: [total] });
}

/**
 * The answer kind of a task's details where the task's error is quoted: a wait decides on its `status`, and a
 * failure quotes its `error_code` and `error_msg`.
 */
export function taskKind<
    const S extends AnswerObjectSchema & {
        readonly properties: { readonly [F in "status" | "error_code" | "error_msg"]: AnswerSchema };
    },
>(schema: S) {
    return answerKind<S, readonly ["status"], readonly ["error_code", "error_msg"]>(schema, {
        required: ["status"],
        readIfPresent: ["error_code", "error_msg"],
    });
}

/** The type of the answers that pass the check of `K`. */
export type AnswerOf<K extends AnswerKind> = TypeOf<K["schema"]>;

/** Where the answer came from, for the message. */
export interface AnswerSource {
    readonly method: string;
    readonly path: string;
}

/** The schema Ajv runs for one answer kind: its checked fields, each with its own type only. */
export interface Projection {
    readonly type: "object";
    readonly required: readonly string[];
    readonly properties: Readonly<Record<string, OwnType>>;
}

/** A field's own type: its JSON type (`null` added when it may be absent), an id's length, an array's item type. */
export interface OwnType {
    readonly type: string | readonly string[];
    readonly minLength?: number;
    readonly items?: { readonly type: string | readonly string[] };
}

const checks = new WeakMap<AnswerKind, { readonly projection: Projection; readonly validate: ValidateFunction }>();

/** `answer` itself when it passes the check of `kind`; else throws a malformed-answer `ModelArtsError`. */
export function checkedAnswer<K extends AnswerKind>(kind: K, answer: unknown, source: AnswerSource): AnswerOf<K> {
    const { projection, validate } = checkOf(kind);
    if (validate(answer)) return answer as AnswerOf<K>;
    throw malformedAnswer(source, problemsIn(answer, projection, validate.errors ?? []));
}

/** The fields the check of `kind` looks at, each with its own type only. */
export function projectionOf(kind: AnswerKind): Projection {
    const { properties, required = [] } = kind.schema;
    const ownTypeOf = (name: string, absentMayBeNull: boolean): [string, OwnType] => {
        const schema = properties[name];
        if (schema === undefined) throw new Error(`the answer schema declares no field "${name}" to check`);
        return [name, ownType(schema, absentMayBeNull)];
    };
    const fields = [
        ...required.map((name) => ownTypeOf(name, false)),
        ...(kind.readIfPresent ?? []).map((name) => ownTypeOf(name, true)),
    ];
    return { type: "object", required, properties: Object.fromEntries(fields) };
}

function checkOf(kind: AnswerKind): { readonly projection: Projection; readonly validate: ValidateFunction } {
    let check = checks.get(kind);
    if (check === undefined) {
        const projection = projectionOf(kind);
        check = { projection, validate: sharedAjv().compile(projection) };
        checks.set(kind, check);
    }
    return check;
}

function ownType(schema: AnswerSchema, absentMayBeNull: boolean): OwnType {
    const type = absentMayBeNull ? [schema.type, "null"].flat() : schema.type;
    if (schema.type === "array") return { type, items: { type: schema.items.type } };
    if (schema.type === "string" && schema.minLength !== undefined) return { type, minLength: schema.minLength };
    return { type };
}

/** A malformed-answer error; for a POST the outcome is unknown (the service may have created the task). */
function malformedAnswer(source: AnswerSource, what: string): ModelArtsError {
    return new ModelArtsError({
        ...source,
        status: 200,
        errorMsg: `the answer is malformed: ${what}`,
        outcomeUnknown: source.method === "POST",
        malformedAnswer: true,
    });
}

/** Each wrong field once, in the order the check lists them: `its "status" is a number, not a string`. */
function problemsIn(answer: unknown, projection: Projection, errors: readonly ErrorObject[]): string {
    const problems = new Map<string, string>();
    for (const error of errors) {
        const missing = error.keyword === "required" ? String(error.params.missingProperty) : undefined;
        const name = missing ?? error.instancePath.split("/")[1];
        const expected = name === undefined ? undefined : projection.properties[name];
        if (name === undefined || expected === undefined) {
            problems.set("", `it is ${found(answer)}, not an object`);
        } else if (!problems.has(name)) {
            const value = (answer as Record<string, unknown>)[name];
            problems.set(
                name,
                value === undefined
                    ? `its "${name}" is missing`
                    : `its "${name}" is ${found(value, expected)}, not ${words(expected)}`,
            );
        }
    }
    const order = ["", ...Object.keys(projection.properties)];
    return order.flatMap((name) => problems.get(name) ?? []).join("; ");
}

const ARTICLES: Readonly<Record<string, string>> = {
    array: "an array",
    boolean: "a boolean",
    number: "a number",
    object: "an object",
    string: "a string",
};

/** The JSON types `expected` allows, `null` (an absent optional field) left out. */
function typesOf(expected: { readonly type: string | readonly string[] }): string[] {
    return [expected.type].flat().filter((type) => type !== "null");
}

/** An array's items in words: "objects". */
function itemWords(expected: OwnType): string {
    return typesOf(expected.items ?? { type: [] })
        .map((type) => `${type}s`)
        .join(" or ");
}

/** What `expected` allows, in words: "a string", "an array of objects", "a non-empty string". */
function words(expected: OwnType): string {
    return typesOf(expected)
        .map((type) => {
            if (type === "array") return `an array of ${itemWords(expected)}`;
            if (type === "string" && (expected.minLength ?? 0) > 0) return "a non-empty string";
            return ARTICLES[type] ?? type;
        })
        .join(" or ");
}

/** What the answer holds, in words; never the value (it could echo a password). */
function found(value: unknown, expected?: OwnType): string {
    if (value === null) return "null";
    if (Array.isArray(value)) {
        const expectsArray = expected !== undefined && typesOf(expected).includes("array");
        return expectsArray ? `an array holding something other than ${itemWords(expected)}` : "an array";
    }
    if (typeof value === "number" && !Number.isFinite(value)) return "a non-finite number";
    if (value === "") return "an empty string";
    return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
