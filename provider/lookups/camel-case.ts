/**
 * Lookup results are the service's answers with camelCase keys, derived from the raw answer types of
 * `client/types.ts` (each field declared once, in its answer's schema in `client/modelarts/`). Maps whose keys are data
 * (operator `params`, label `property` such as `@modelarts:color`, search `props`, sample `tags`, statistics, a
 * processing task's `result`) keep their keys as served (docs/architecture.md, "Data flow"). A data source's
 * `user_password`, which the response tables echo, is dropped, and its value redacted wherever else it appears
 * (an error message that quotes the create request). The transport has already redacted the credentials.
 */
import { cleanAnswer } from "../client/service-text";

/** Fields whose value is a map keyed by data: copied as served. */
const VERBATIM = [
    "params",
    "property",
    "props",
    "tags",
    "data_statistics",
    "deletion_stats",
    "data_analysis",
    "result",
] as const;
type Verbatim = (typeof VERBATIM)[number];
const verbatim = new Set<string>(VERBATIM);

/** The field every answer may echo that is a secret (SourceInfo, in the import-task and dataset pages). */
const PASSWORD = "user_password";

/** `snake_case` (or the page's `file_Name`) as `camelCase`. */
export type CamelName<S extends string> = S extends `${infer Head}_${infer Tail}`
    ? `${Head}${Capitalize<CamelName<Tail>>}`
    : S;

/** A raw answer type with camelCase keys at every depth, its verbatim maps as served, without the password. */
export type Camel<T> = T extends readonly (infer E)[] ? readonly Camel<E>[] : T extends object ? CamelFields<T> : T;

/** The documented fields of `T` (its index signature for undocumented extras left out), camelCased. */
export type CamelFields<T> = {
    readonly [
        K in keyof T as K extends string
            ? string extends K
                ? never
                : K extends typeof PASSWORD
                  ? never
                  : CamelName<K>
            : never
    ]: K extends Verbatim ? T[K] : Camel<T[K]>;
};

/** The runtime counterpart of {@link CamelName}. */
export function camelName(name: string): string {
    return name.replace(/_([A-Za-z0-9])/g, (_match, next: string) => next.toUpperCase());
}

/**
 * `raw` as a lookup result (see the module comment). Undocumented fields the service adds are kept, camelCased
 * too, though the result type does not list them.
 */
export function camelCased<T>(raw: T): Camel<T> {
    return camelKeys(cleanAnswer(raw, passwordsIn(raw))) as Camel<T>;
}

function camelKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(camelKeys);
    if (typeof value !== "object" || value === null) return value;
    const entries = Object.entries(value).filter(([key]) => key !== PASSWORD);
    return Object.fromEntries(
        entries.map(([key, v]) => [camelName(key), verbatim.has(key) ? v : camelKeys(v)] as const),
    );
}

function passwordsIn(value: unknown): string[] {
    if (Array.isArray(value)) return value.flatMap(passwordsIn);
    if (typeof value !== "object" || value === null) return [];
    return Object.entries(value).flatMap(([key, v]) =>
        key === PASSWORD && typeof v === "string" ? [v] : passwordsIn(v),
    );
}
