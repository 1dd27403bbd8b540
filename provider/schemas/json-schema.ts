/**
 * The subset of JSON Schema (as ajv 8 reads it) the input tables are written in, and {@link TypeOf}: the TypeScript
 * type of the values a schema accepts. The schema is the one declaration of a field: its TypeScript type is derived
 * from it, and the TSDoc written on a schema property is that field's documentation in editors and TypeDoc.
 *
 * {@link InputSchema} also states the hostile-input rule (`test/reliability/hostile-inputs.test.ts`) at compile
 * time: a free string must state its `maxLength`, an array its `maxItems`, a user map its `maxProperties` and key
 * length. Why not ajv's `JSONSchemaType<T>`: it demands `nullable: true` on every optional field, which makes ajv
 * accept `null` there.
 */
import type { Json } from "../client/types";
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
    | AnyJsonSchema;

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

/** Flattens an intersection into one object type; a homomorphic mapping, so each field keeps its TSDoc. */
type Flat<T> = { [K in keyof T]: T[K] };

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

type RequiredIn<S> = S extends { readonly required: ReadonlyArray<infer R extends PropertyKey> } ? R : never;

/** The TypeScript type of the values schema `S` accepts. */
export type TypeOf<S> = S extends { readonly enum: ReadonlyArray<infer E> }
    ? E
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
                      ? MapOf<S, V>
                      : S extends { readonly maxJsonLength: number }
                        ? Json
                        : unknown;
