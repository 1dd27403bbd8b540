/**
 * The few schemas the answers are built of, each named once: the pages type hundreds of fields as a plain string,
 * number or boolean, and every answer object is open (`AnswerObjectSchema`). The helpers keep their arguments'
 * literal types and TSDoc, so `TypeOf` derives the same types as from the schemas written out.
 */
import type { AnswerSchema, JsonTypes } from "../../schemas/json-schema";

export const STRING = { type: "string" } as const;
export const NUMBER = { type: "number" } as const;
export const BOOLEAN = { type: "boolean" } as const;

/** A list of strings: tags, ids, feature codes. */
export const STRINGS = { type: "array", items: STRING } as const;

/** Counts keyed by data (deletion reasons, sample states). */
export const COUNTS = { type: "object", additionalProperties: NUMBER } as const;

/** Any JSON value: an operator's `params` values, a processing task's `result`, a version's statistics. */
export const JSON_VALUE = {
    type: ["array", "boolean", "null", "number", "object", "string"],
} as const satisfies { readonly type: JsonTypes };

/** A map keyed by data whose values are any JSON (feature analysis, sample statistics, operator `params`). */
export const JSON_MAP = { type: "object", additionalProperties: JSON_VALUE } as const;

/** The error a failed task, or a create, reports: "Error code." and "Error message." on every page that has them. */
export const ERROR_FIELDS = {
    /** Error code. */
    error_code: STRING,
    /** Error message. */
    error_msg: STRING,
} as const;

type Fields = Readonly<Record<string, AnswerSchema>>;

/** A list whose items have schema `items`. */
export function arrayOf<const I extends AnswerSchema>(items: I): { readonly type: "array"; readonly items: I } {
    return { type: "array", items };
}

/** An answer object with these documented fields, each optional unless `required` names it. */
export function answerObject<const P extends Fields>(
    properties: P,
): { readonly type: "object"; readonly properties: P };
export function answerObject<const P extends Fields, const R extends readonly (keyof P & string)[]>(
    properties: P,
    required: R,
): { readonly type: "object"; readonly properties: P; readonly required: R };
export function answerObject(properties: Fields, required?: readonly string[]): AnswerSchema {
    return { type: "object", properties, ...(required ? { required } : {}) };
}
