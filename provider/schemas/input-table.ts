/**
 * One table per resource kind declares each input once: its schema (type and rules), its TSDoc, where it is sent
 * and what a change does. The rest is derived from the table: the TypeScript args type ({@link InputsOf}), the JSON
 * Schema `check` validates against, the create request's body, the diff's replacing and in-place inputs, and the
 * args tables of the reference pages (`scripts/reference-tables.ts`).
 */
import type { Alternatives, InputSchema, ObjectOf, ObjectSchema } from "./json-schema";
import { apiNameOf, requestBody } from "./request-body";

/** One input of a resource. */
export interface InputField {
    readonly schema: InputSchema;
    /** The input must be set. */
    readonly required?: true;
    /**
     * Where the value goes: by default into the create request's body, under the snake_case of its name; `path`:
     * into the URL (`datasetId` → `{dataset_id}`); `never`: nowhere, it steers the provider (`timeout`).
     */
    readonly sent?: "path" | "never";
    /** What a change does: by default it replaces the resource; `in place` updates it. */
    readonly change?: "in place";
    /**
     * The service fills the input in when it is left out and reports its value back (Terraform's optional+computed):
     * the output shows the service's value, and leaving the input out is never a change.
     */
    readonly serverDefault?: true;
    /**
     * Where in the input's value a password may be (`["sourceInfo", "userPassword"]`, arrays traversed): whenever the
     * value holds one, the whole input is stored as a secret, even when the program did not wrap it in
     * `pulumi.secret`, and the password is redacted wherever the service echoes it (`secret-paths.ts`).
     */
    readonly secretPath?: readonly string[];
}

/** The inputs of one resource kind, by name. */
export type InputFields = Readonly<Record<string, InputField>>;

/** The derived forms of an input table. */
export interface InputTable<F extends InputFields> {
    readonly fields: F;
    /** The JSON Schema `check` validates the inputs against. */
    readonly schema: ObjectSchema;
    /** Inputs whose change is applied in place. */
    readonly inPlace: readonly string[];
    /** Inputs the service fills in when they are left out. */
    readonly serverDefaulted: readonly string[];
    /** Inputs stored as secrets when they hold a password, with where in their value it is. */
    readonly secretPaths: Readonly<Record<string, readonly string[]>>;
    /** Each input sent to the API, with where: its body field, or `(path) <parameter>`. */
    readonly apiNames: Readonly<Record<string, string>>;
    /** The create request's body: API names for every defined body input, user maps verbatim, no defaults. */
    requestBody(inputs: object): Record<string, unknown>;
}

type RequiredNames<F> = { [K in keyof F]: F[K] extends { readonly required: true } ? K : never }[keyof F];
type SchemasOf<F> = { [K in keyof F]: F[K] extends { readonly schema: infer S } ? S : never };

/** The inputs a table declares: the TypeScript type of the resource's args (each field with its TSDoc). */
export type InputsOf<T extends InputTable<InputFields>> = ObjectOf<SchemasOf<T["fields"]>, RequiredNames<T["fields"]>>;

/**
 * The table of `fields`; `alternatives` names two inputs of which one must be set (and, if exclusive, not both).
 */
export function inputTable<const F extends InputFields>(
    fields: F,
    alternatives?: Alternatives<keyof F & string>,
): InputTable<F> {
    const entries = Object.entries(fields);
    const names = (keep: (field: InputField) => boolean) => entries.filter(([, f]) => keep(f)).map(([name]) => name);
    const notSent = names((f) => f.sent !== undefined);
    const schema: ObjectSchema = {
        type: "object",
        properties: Object.fromEntries(entries.map(([name, f]) => [name, f.schema])),
        required: names((f) => f.required === true),
        ...(alternatives ? { alternatives } : {}),
        additionalProperties: false,
    };
    const apiNames = entries
        .filter(([, f]) => f.sent !== "never")
        .map(([name, f]): [string, string] => [
            name,
            f.sent === "path" ? `(path) ${apiNameOf(name)}` : apiNameOf(name),
        ]);
    return {
        fields,
        schema,
        inPlace: names((f) => f.change === "in place"),
        serverDefaulted: names((f) => f.serverDefault === true),
        secretPaths: Object.fromEntries(
            entries.flatMap(([name, f]) => (f.secretPath === undefined ? [] : [[name, f.secretPath]])),
        ),
        apiNames: Object.fromEntries(apiNames),
        requestBody: (inputs) => requestBody(schema, inputs, notSent),
    };
}
