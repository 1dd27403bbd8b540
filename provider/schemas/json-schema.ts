/**
 * `Schema<T>`: the subset of JSON Schema (as ajv 8 reads it) that describes a value of TypeScript type `T`, so
 * that `tsc` checks each schema against its input interface: every field has a rule, enums list values of the
 * field's union type, required names are real fields.
 *
 * Why not ajv's `JSONSchemaType<T>`: it demands `nullable: true` on every optional field, which makes ajv accept
 * `null` there. And this type adds the hostile-input rule (`test/reliability/hostile-inputs.test.ts`) at compile
 * time: a free string must state its `maxLength`, an array its `maxItems`, a user map its `maxProperties` and key
 * length.
 */
import type { FormatName } from "./formats";

/** The schema of a value of type `T` (an optional field's schema describes the value when it is present). */
export type Schema<T> = SchemaOf<Exclude<T, undefined>>;

type SchemaOf<T> = unknown extends T
    ? AnyJsonSchema
    : [T] extends [boolean]
      ? { readonly type: "boolean" }
      : [T] extends [string]
        ? StringSchema<T>
        : [T] extends [number]
          ? NumberSchema<T>
          : [T] extends [string | number]
            ? StringOrNumberSchema
            : [T] extends [ReadonlyArray<infer E>]
              ? ArraySchema<E, "array">
              : [T] extends [ReadonlyArray<infer E> | null]
                ? ArraySchema<E, readonly ["array", "null"]>
                : string extends keyof T
                  ? MapSchema<T>
                  : ObjectSchema<T>;

interface FreeStringSchema {
    readonly type: "string";
    readonly maxLength: number;
    readonly minLength?: number;
    /** A named rule of `formats.ts`, each with its own failure reason. */
    readonly format?: FormatName;
}

type StringSchema<S extends string> = string extends S
    ? FreeStringSchema
    : { readonly type: "string"; readonly enum: readonly S[] };

type NumberSchema<N extends number> = number extends N
    ? { readonly type: "integer" | "number"; readonly minimum: number; readonly maximum: number }
    : { readonly type: "integer"; readonly enum: readonly N[] };

/** Any JSON value, bounded only in size (`triggers`: never sent to the API, so no API rule applies). */
interface AnyJsonSchema {
    readonly maxJsonLength: number;
}

/** A field the docs type as a string that users may also write as a number (`trainSampleRatio`). */
interface StringOrNumberSchema {
    readonly type: readonly ["string", "number"];
    readonly maxLength: number;
    readonly format: FormatName;
    readonly minimum: number;
    readonly maximum: number;
}

interface ArraySchema<E, Type> {
    readonly type: Type;
    readonly items: Schema<E>;
    readonly maxItems: number;
}

/** Keys a map type declares by name (documented keys) besides its index signature. */
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: 0 };

/** A user map (label `property`, operator `params`, search `props`): any key passes verbatim. */
interface MapSchema<T> {
    readonly type: "object";
    readonly properties?: { readonly [K in NamedKeys<T>]?: Schema<T[K]> };
    readonly additionalProperties: unknown extends T[keyof T] ? true : Schema<T[keyof T]>;
    readonly propertyNames: { readonly maxLength: number; readonly minLength?: number };
    readonly maxProperties: number;
    /** Limit on the map's JSON text, for maps whose values can be any JSON (custom keyword of `validate.ts`). */
    readonly maxJsonLength?: number;
}

/** Names of the fields of `T` that are not optional. */
type RequiredKey<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/**
 * Fields that stand in for each other (custom keyword of `validate.ts`): at least one must be set, and with
 * `exclusive` not both.
 */
export interface Alternatives<K extends string> {
    readonly fields: readonly [K, K];
    readonly exclusive: boolean;
}

/** A rule applied when a discriminating field has one of some values (e.g. a path's rule by its `type`). */
interface ConditionalRule<T> {
    readonly if: {
        readonly type: "object";
        readonly required: ReadonlyArray<keyof T & string>;
        readonly properties: { readonly [K in keyof T]?: { readonly enum: ReadonlyArray<T[K]> } };
    };
    readonly then: { readonly type: "object"; readonly properties: { readonly [K in keyof T]?: Schema<T[K]> } };
}

interface ObjectSchema<T> {
    readonly type: "object";
    readonly properties: { readonly [K in keyof T]-?: Schema<T[K]> };
    readonly required?: ReadonlyArray<RequiredKey<T>>;
    readonly additionalProperties: false;
    readonly alternatives?: Alternatives<keyof T & string>;
    readonly allOf?: ReadonlyArray<ConditionalRule<T>>;
}
