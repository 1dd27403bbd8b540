/**
 * The subset of JSON Schema (as ajv 8 reads it) every boundary is written in: the input tables, the lookups'
 * arguments and the API's answers (`client/modelarts/`); and {@link TypeOf}: the TypeScript type of the values a
 * schema accepts. The schema is the one declaration of a field: its TypeScript type is derived from it, and the TSDoc
 * written on a schema property is that field's documentation in editors and TypeDoc. The client imports only types
 * from here (nothing at run time: `test/provider/layers.test.ts`); Ajv is shared through `ajv-instance.ts`.
 *
 * {@link InputSchema} also states the hostile-input rule (`test/reliability/hostile-inputs.test.ts`) at compile
 * time: a free string must state its `maxLength`, an array its `maxItems`, a user map its `maxProperties` and key
 * length. Why not ajv's `JSONSchemaType<T>`: it demands `nullable: true` on every optional field, which makes ajv
 * accept `null` there.
 */
import type { FormatName } from "./formats";

/** A schema of one input value. */
export type InputSchema =
    | { readonly type: "boolean" }
    | FreeStringSchema
    | { readonly type: "string"; readonly enum: readonly string[] }
    | {
          readonly type: "integer";
          readonly enum: readonly number[];
          /** What each value means, in the order of `enum`: failures name them (annotation of `validate.ts`). */
          readonly meanings?: readonly string[];
      }
    | { readonly type: "integer" | "number"; readonly minimum: number; readonly maximum: number }
    | StringOrNumberSchema
    | ArraySchema
    | MapSchema
    | ObjectSchema
    | SwitchOrOptionsSchema
    | AnyJsonSchema;

/** `true`/`false`, or an object of options that means `true` (`trackSource: { maxObjects: 50_000 }`). */
interface SwitchOrOptionsSchema {
    readonly anyOf: readonly [{ readonly type: "boolean" }, ObjectSchema];
}

/** Named fields, each with its schema (and its TSDoc). */
export type Properties = Readonly<Record<string, InputSchema>>;

interface FreeStringSchema {
    readonly type: "string";
    readonly maxLength: number;
    readonly minLength?: number;
    /** A named rule of `formats.ts`, each with its own failure reason. */
    readonly format?: FormatName;
    /** Well-known values offered by editors; any other string passes too (a template id the docs do not list). */
    readonly examples?: readonly string[];
}

/** A field the docs type as a string that users may also write as a number (`trainSampleRatio`). */
interface StringOrNumberSchema {
    readonly type: readonly ["string", "number"];
    readonly maxLength: number;
    readonly format: FormatName;
    readonly minimum: number;
    readonly maximum: number;
}

interface ArraySchema {
    /** `["array", "null"]` where the docs allow `null` for "no values" (a search label's attribute values). */
    readonly type: "array" | readonly ["array", "null"];
    readonly items: InputSchema;
    readonly maxItems: number;
    readonly minItems?: number;
}

/** A user map (label `property`, operator `params`, search `props`): any key passes verbatim. */
interface MapSchema {
    readonly type: "object";
    /** Documented keys, with their own rules and TSDoc. */
    readonly properties?: Properties;
    /** `true`: any JSON value (bounded by `maxJsonLength`). */
    readonly additionalProperties: true | InputSchema;
    readonly propertyNames: { readonly maxLength: number; readonly minLength?: number };
    readonly maxProperties: number;
    /** Limit on the map's JSON text, for maps whose values can be any JSON (custom keyword of `validate.ts`). */
    readonly maxJsonLength?: number;
}

/** An object with a fixed set of fields. */
export interface ObjectSchema {
    readonly type: "object";
    readonly properties: Properties;
    readonly required?: readonly string[];
    readonly additionalProperties: false;
    readonly alternatives?: Alternatives<string>;
    readonly allOf?: readonly ConditionalRule<string>[];
}

/** Any JSON value, bounded only in size (`triggers`: never sent to the API, so no API rule applies). */
interface AnyJsonSchema {
    readonly maxJsonLength: number;
}

/**
 * Fields that stand in for each other (custom keyword of `validate.ts`): at least one must be set, and with
 * `exclusive` not both.
 */
export interface Alternatives<K extends string> {
    readonly fields: readonly [K, K];
    readonly exclusive: boolean;
}

/** A rule applied when a discriminating field has one of some values (e.g. a path's rule by its `type`). */
export interface ConditionalRule<K extends string> {
    readonly if: {
        readonly type: "object";
        readonly required: readonly K[];
        readonly properties: { readonly [F in K]?: { readonly enum: readonly unknown[] } };
    };
    readonly then: { readonly type: "object"; readonly properties: { readonly [F in K]?: InputSchema } };
}

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The JSON types, in the order a schema of any JSON value lists them (an operator's `params`, a task's `result`). */
export type JsonTypes = readonly ["array", "boolean", "null", "number", "object", "string"];

/**
 * A schema of one value of an API answer. Unlike an input, an answer is not bounded (the service is trusted with
 * sizes) and its objects are open: the service adds undocumented fields (`clear_difficult` in the export examples).
 * Numbers are `number` whatever the page says (Integer, Long, Float): the check never tells them apart.
 */
export type AnswerSchema =
    | { readonly type: "string"; readonly minLength?: number }
    | { readonly type: "number" }
    | { readonly type: "boolean" }
    /** A field the pages type one way and the examples another (docs/api-notes.md). */
    | { readonly type: readonly ["string", "number"] }
    | { readonly type: JsonTypes }
    | { readonly type: "array"; readonly items: AnswerSchema }
    /** `null` for "no values" (a search label's attribute values, "Querying the Dataset Export Task List"). */
    | { readonly type: readonly ["array", "null"]; readonly items: AnswerSchema }
    /** A map keyed by data (`property`, `tags`, statistics): `true` for any values. */
    | { readonly type: "object"; readonly additionalProperties: AnswerSchema | true }
    | AnswerObjectSchema;

/**
 * An answer object: its documented fields, each optional unless `required` names it. No `additionalProperties`:
 * fields the pages do not list pass (and are typed `unknown`).
 */
export interface AnswerObjectSchema {
    readonly type: "object";
    readonly properties: Readonly<Record<string, AnswerSchema>>;
    /** Fields a provider decision rests on: an answer without them, or with another type, is malformed. */
    readonly required?: readonly string[];
}

declare const NAMED: unique symbol;

/**
 * A schema whose values are the interface `T` (itself `interface T extends TypeOf<typeof schema> {}`): where it is a
 * field of another schema, {@link TypeOf} gives `T` by its name, so hovers and docs show `SourceInfoResponse`
 * rather than its fields. A type only: the schema object is the same.
 */
export type Named<S, T> = S & { readonly [NAMED]: T };

/**
 * An object schema with these fields; `allOf` holds rules that depend on a field's value. The properties' literal
 * types (enums) and TSDoc are kept, so {@link TypeOf} can derive the object's type.
 */
export function objectSchema<const P extends Properties>(
    properties: P,
    allOf?: readonly ConditionalRule<keyof P & string>[],
): { readonly type: "object"; readonly properties: P; readonly additionalProperties: false } {
    return { type: "object", properties, additionalProperties: false, ...(allOf ? { allOf } : {}) };
}

/**
 * Flattens an intersection into one object type; a homomorphic mapping, so each field keeps its TSDoc. The `& {}`
 * makes hovers list the fields rather than show `Flat<…>` of the parts.
 */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The object a schema with fields `P` accepts, the names in `R` required. */
export type ObjectOf<P, R extends PropertyKey> = Flat<
    { readonly [K in keyof P as K extends R ? K : never]: TypeOf<P[K]> } & {
        readonly [K in keyof P as K extends R ? never : K]?: TypeOf<P[K]>;
    }
>;

type MapOf<S, Values> = Flat<
    (S extends { readonly properties: infer P } ? { readonly [K in keyof P]?: TypeOf<P[K]> } : unknown) & {
        readonly [key: string]: (Values extends true ? unknown : TypeOf<Values>) | undefined;
    }
>;

/** An answer object: its documented fields, and any other the service adds. */
type OpenObjectOf<P, R extends PropertyKey> = Flat<
    { readonly [K in keyof P as K extends R ? K : never]: TypeOf<P[K]> } & {
        readonly [K in keyof P as K extends R ? never : K]?: TypeOf<P[K]>;
    } & { readonly [extra: string]: unknown }
>;

type RequiredIn<S> = S extends { readonly required: ReadonlyArray<infer R extends PropertyKey> } ? R : never;

/** The TypeScript type of the values schema `S` accepts. */
export type TypeOf<S> = S extends { readonly [NAMED]: infer T }
    ? T
    : S extends { readonly anyOf: readonly [infer A, infer B] }
      ? TypeOf<A> | TypeOf<B>
      : S extends { readonly enum: ReadonlyArray<infer E> }
        ? E
        : S extends { readonly type: JsonTypes }
          ? Json
          : S extends { readonly type: "boolean" }
            ? boolean
            : S extends { readonly type: "string"; readonly examples: ReadonlyArray<infer E> }
              ? // `string & {}` keeps the examples as editor suggestions instead of collapsing the union to `string`.
                E | (string & {})
              : S extends { readonly type: "string" }
                ? string
                : S extends { readonly type: "integer" | "number" }
                  ? number
                  : S extends { readonly type: readonly ["string", "number"] }
                    ? string | number
                    : S extends { readonly type: "array"; readonly items: infer I }
                      ? ReadonlyArray<TypeOf<I>>
                      : S extends { readonly type: readonly ["array", "null"]; readonly items: infer I }
                        ? ReadonlyArray<TypeOf<I>> | null
                        : S extends { readonly additionalProperties: false; readonly properties: infer P }
                          ? ObjectOf<P, RequiredIn<S>>
                          : S extends { readonly type: "object"; readonly additionalProperties: infer V }
                            ? S extends { readonly propertyNames: unknown }
                                ? MapOf<S, V>
                                : // An answer's map: its values as served.
                                  { readonly [key: string]: V extends true ? unknown : TypeOf<V> }
                            : S extends { readonly type: "object"; readonly properties: infer P }
                              ? OpenObjectOf<P, RequiredIn<S>>
                              : S extends { readonly maxJsonLength: number }
                                ? Json
                                : unknown;
