/**
 * A lookup's arguments, checked before any request against a JSON Schema run by the process's one Ajv
 * (`ajv-instance.ts`): the ids of the URL path (required) and the query parameters of its API page, camelCased from the
 * query's schema (`client/modelarts/`), so a parameter is declared once, with its TSDoc and bounds. Every wrong
 * argument is named with what it may be (an unknown one with the arguments there are, and the one meant when the name
 * is close), in one `LookupError`; a value is never repeated. The query sent keeps the API's snake_case names.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { ID_PARAM } from "../client/modelarts/queries";
import type { InputSchema, ObjectSchema, TypeOf } from "../schemas/json-schema";
import { sharedAjv } from "../ajv-instance";
import { camelName } from "./camel-case";
import { closestName } from "./did-you-mean";
import { LookupError } from "./errors";

/** How a lookup's arguments are checked; `Query` is the query they make, in the API's names. */
export interface LookupArgs<Query> {
    readonly lookup: string;
    /** The arguments' schema: the path ids first, then the query parameters, camelCased. */
    readonly schema: ObjectSchema;
    /** The API name of each query argument. */
    readonly apiNames: ReadonlyMap<string, string>;
    /** Type only: what {@link checkedQuery} returns. */
    readonly query?: Query;
}

/**
 * The arguments of `lookup`: `pathIds` (camelCase, each a required id) and the parameters of `query` (the API's
 * snake_case schema), each optional.
 */
export function lookupArgs<const S extends ObjectSchema>(
    lookup: string,
    query: S,
    pathIds: readonly string[] = [],
): LookupArgs<TypeOf<S>> {
    const params = Object.entries(query.properties);
    const properties = Object.fromEntries<InputSchema>([
        ...pathIds.map((name): [string, InputSchema] => [name, ID_PARAM]),
        ...params.map(([apiName, schema]): [string, InputSchema] => [camelName(apiName), schema]),
    ]);
    return {
        lookup,
        schema: { type: "object", properties, required: pathIds, additionalProperties: false },
        apiNames: new Map(params.map(([apiName]) => [camelName(apiName), apiName])),
    };
}

/** The query parameters of "Querying Details About …" pages: none. */
export const NO_QUERY = { type: "object", properties: {}, additionalProperties: false } as const;

const validators = new WeakMap<LookupArgs<unknown>, ValidateFunction>();

/**
 * Checks `args` (see the file comment); returns the query they make, in the API's names.
 * @throws LookupError naming every wrong argument.
 */
export function checkedQuery<Query>(spec: LookupArgs<Query>, args: unknown): Query {
    let validate = validators.get(spec);
    if (validate === undefined) {
        validate = sharedAjv().compile(spec.schema);
        validators.set(spec, validate);
    }
    if (!validate(args)) throw new LookupError(spec.lookup, problemsIn(spec.schema, validate.errors ?? []));
    const given = Object.entries(args as Record<string, unknown>);
    const query = given.flatMap(([name, value]) => {
        const apiName = spec.apiNames.get(name);
        return apiName === undefined || value === undefined ? [] : [[apiName, value] as const];
    });
    return Object.fromEntries(query) as Query;
}

/** One problem per wrong argument: the unknown ones in the order given, then the others in the schema's order. */
function problemsIn(schema: ObjectSchema, errors: readonly ErrorObject[]): string {
    const known = Object.keys(schema.properties);
    const unknown = new Map<string, string>();
    const wrong = new Map<string, string>();
    for (const error of errors) {
        const params = error.params as Record<string, unknown>;
        if (error.instancePath === "" && error.keyword === "type") return "its arguments must be an object";
        if (error.keyword === "additionalProperties") {
            const name = String(params.additionalProperty);
            unknown.set(name, unknownArgument(name, known));
            continue;
        }
        const name = error.keyword === "required" ? String(params.missingProperty) : error.instancePath.split("/")[1];
        const rule = name === undefined ? undefined : schema.properties[name];
        if (name === undefined || rule === undefined || wrong.has(name)) continue;
        const verb = error.keyword === "required" ? "is required:" : "must be";
        wrong.set(name, `"${name}" ${verb} ${allowed(rule)}`);
    }
    const inOrder = known.flatMap((name) => wrong.get(name) ?? []);
    return [...unknown.values(), ...inOrder].join("; ");
}

function unknownArgument(name: string, known: readonly string[]): string {
    const meant = closestName(name, known);
    const hint = meant === undefined ? "" : `: did you mean "${meant}"?`;
    return `unknown argument "${name}" (the arguments are ${known.join(", ")})${hint}`;
}

const ARTICLES: Readonly<Record<string, string>> = {
    array: "an array",
    boolean: "a boolean",
    integer: "an integer",
    null: "null",
    number: "a number",
    object: "an object",
    string: "a string",
};

/** What `rule` allows, in words; never the value given. */
function allowed(rule: InputSchema): string {
    if ("enum" in rule) return `one of ${rule.enum.map((v) => JSON.stringify(v)).join(", ")}`;
    if (!("type" in rule)) return "any JSON value";
    if (rule.type === "boolean") return "true or false";
    if ((rule.type === "integer" || rule.type === "number") && "minimum" in rule) {
        return `${ARTICLES[rule.type] ?? rule.type} from ${rule.minimum} to ${rule.maximum}`;
    }
    if (rule.type === "string" && "maxLength" in rule) {
        const kind = (rule.minLength ?? 0) > 0 ? "a non-empty string" : "a string";
        return `${kind} of at most ${rule.maxLength} characters`;
    }
    if (rule.type === "array") return `an array of at most ${rule.maxItems} items, each ${allowed(rule.items)}`;
    return [rule.type]
        .flat()
        .map((type) => ARTICLES[type] ?? type)
        .join(" or ");
}
