/**
 * `check`'s validation: each resource's JSON Schema run by the process's one Ajv (`ajv-instance.ts`), failures
 * reported per Pulumi property path with reasons that never repeat a value (`failures.ts`).
 *
 * Each kind's schema is compiled on first use only, so `diff`, `read` and `delete` never pay for it and a host
 * serving only ImportTasks never compiles the others (`bench/cost/main.ts` measures the provider host's start-up).
 */
import type Ajv from "ajv";
import type { ErrorObject, SchemaValidateFunction, ValidateFunction } from "ajv";
import { withoutReservedInputs } from "../reserved-inputs";
import { sharedAjv } from "../ajv-instance";
import { UNKNOWN_INPUT } from "./common";
import { isAtOrUnderUnknown, toFailure } from "./failures";
import type { CheckFailure } from "./failures";
import { inputFormats } from "./formats";
import type { InputFields, InputTable } from "./input-table";
import type { Alternatives } from "./json-schema";

export type { CheckFailure } from "./failures";

const validators = new WeakMap<InputTable<InputFields>, ValidateFunction>();

/**
 * Validates a resource's inputs (the reserved `__provider` and `__urn` inputs are ignored). Values still unknown during preview (the
 * {@link UNKNOWN_INPUT} sentinel) are skipped: no failure is reported at or inside them, and a required field
 * that is present but unknown passes.
 * @returns the failures, empty when the inputs are valid.
 */
export function validateInputs(table: InputTable<InputFields>, inputs: Record<string, unknown>): CheckFailure[] {
    const userInputs = withoutReservedInputs(inputs);
    const validate = validatorFor(table);
    if (validate(userInputs)) return [];
    const failures = withoutOtherBranches(validate.errors ?? [])
        .filter((error) => !isAtOrUnderUnknown(userInputs, error.instancePath))
        .map((error) => toFailure(userInputs, error))
        .filter((failure) => failure !== undefined);
    // A value of the wrong type also breaks its `enum`: the type is the one thing to fix there.
    const wrongType = new Set(failures.filter((f) => f.keyword === "type").map((f) => f.property));
    const unique = new Map<string, CheckFailure>();
    for (const { property, reason, keyword } of failures) {
        if (keyword !== "type" && wrongType.has(property)) continue;
        unique.set(`${property}\n${reason}`, { property, reason });
    }
    return [...unique.values()];
}

/**
 * The errors of a `true`-or-options value (`anyOf` of a boolean and an object) that say what is wrong: when the value
 * is of one branch's type, the other branch's "must be a boolean" says nothing; when it is of neither, one error
 * names both types.
 */
function withoutOtherBranches(errors: readonly ErrorObject[]): ErrorObject[] {
    const branchType = (e: ErrorObject) => e.keyword === "type" && /\/anyOf\/\d+\/type$/.test(e.schemaPath);
    const deeper = (e: ErrorObject, path: string) => e.instancePath.startsWith(path) && !branchType(e);
    return errors.flatMap((error) => {
        if (!branchType(error)) return [error];
        const siblings = errors.filter((e) => branchType(e) && e.instancePath === error.instancePath);
        if (errors.some((e) => deeper(e, error.instancePath) && e.keyword !== "anyOf")) return [];
        if (siblings[0] !== error) return [];
        const types = siblings.map((e) => String((e.params as { type: unknown }).type));
        return [{ ...error, params: { type: types.join(",") } }];
    });
}

function validatorFor(table: InputTable<InputFields>): ValidateFunction {
    let validate = validators.get(table);
    if (validate === undefined) {
        validate = sharedAjv(withInputVocabulary).compile(table.schema);
        validators.set(table, validate);
    }
    return validate;
}

/** Adds the inputs' formats and keywords to `instance` (the schema tests use it on an instance with a meta-schema). */
export function withInputVocabulary(instance: Ajv): Ajv {
    for (const [name, format] of Object.entries(inputFormats)) {
        instance.addFormat(name, { type: "string", validate: format.test });
    }
    instance.addKeyword({ keyword: "alternatives", type: "object", schemaType: "object", validate: alternatives });
    instance.addKeyword({ keyword: "maxJsonLength", schemaType: "number", validate: jsonLength });
    // An annotation: what each value of an `enum` means, which failures name (`failures.ts`).
    instance.addKeyword({ keyword: "meanings", schemaType: "array" });
    return instance;
}

/**
 * Keyword `alternatives` (see `json-schema.ts`): one of two fields is required, and with `exclusive` not both.
 * "Both" is not reported while either value is unknown: it may yet resolve to undefined.
 */
const alternatives: SchemaValidateFunction = (rule: Alternatives<string>, data: Record<string, unknown>, _, cxt) => {
    const [first, second] = rule.fields;
    const failAt = (field: string, reason: string) => {
        const instancePath = `${cxt?.instancePath ?? ""}/${field}`;
        alternatives.errors = [{ keyword: "alternatives", instancePath, params: { reason } }];
        return false;
    };
    const has = (field: string) => data[field] !== undefined;
    if (!has(first) && !has(second)) return failAt(first, `is required: set ${first} or ${second}`);
    const unknown = data[first] === UNKNOWN_INPUT || data[second] === UNKNOWN_INPUT;
    if (rule.exclusive && has(first) && has(second) && !unknown) {
        return failAt(second, `set either ${first} or ${second}, not both`);
    }
    return true;
};

/**
 * Keyword `maxJsonLength`: bounds a value that may hold any JSON (operator `params`, `triggers`), and refuses numbers
 * JSON cannot hold (NaN, ±Infinity: RFC 8259 §6), which `JSON.stringify` would send to the API as `null`.
 */
const jsonLength: SchemaValidateFunction = (limit: number, data: unknown, _, cxt) => {
    const nonFinite = nonFiniteAt(data);
    if (nonFinite !== undefined) {
        const instancePath = `${cxt?.instancePath ?? ""}${nonFinite}`;
        jsonLength.errors = [
            {
                keyword: "finiteJson",
                instancePath,
                params: { reason: "must be a finite number (JSON has no NaN or Infinity)" },
            },
        ];
        return false;
    }
    jsonLength.errors = [{ keyword: "maxJsonLength", params: { limit } }];
    return JSON.stringify(data).length <= limit;
};

/** The JSON pointer (below `value`) of its first non-finite number, if any. */
function nonFiniteAt(value: unknown): string | undefined {
    if (typeof value === "number") return Number.isFinite(value) ? undefined : "";
    if (typeof value !== "object" || value === null) return undefined;
    for (const [key, inner] of Object.entries(value)) {
        const below = nonFiniteAt(inner);
        if (below !== undefined) return `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}${below}`;
    }
    return undefined;
}
