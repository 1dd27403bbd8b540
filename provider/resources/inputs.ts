import * as pulumi from "@pulumi/pulumi";

/**
 * A plain input type made Pulumi-friendly at every depth: any field, array element or nested object may be an
 * `Output` or a promise (the SDK resolves nested inputs before `check`). Mapped types keep each field's TSDoc,
 * so the schema's interface stays the single source of truth for names and docs.
 */
export type DeepInput<T> = pulumi.Input<
    T extends ReadonlyArray<infer E> ? DeepInput<E>[] : T extends object ? DeepInputs<T> : T
>;

/** {@link DeepInput} applied to each field of an object type. */
export type DeepInputs<T> = { [K in keyof T]: DeepInput<T[K]> };
