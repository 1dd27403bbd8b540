import * as pulumi from "@pulumi/pulumi";

/**
 * A plain input type made Pulumi-friendly at every depth: any field, array element or nested object may be an
 * `Output` or a promise (the SDK resolves nested inputs before `check`). Mapped types keep each field's TSDoc,
 * so the schema's interface stays the single source of truth for names and docs.
 */
export type DeepInput<T> = pulumi.Input<
    // ReadonlyArray: a mutable array is one too, and args written `as const` must type-check.
    T extends ReadonlyArray<infer E> ? ReadonlyArray<DeepInput<E>> : T extends object ? DeepInputs<T> : T
>;

/** {@link DeepInput} applied to each field of an object type. */
export type DeepInputs<T> = { [K in keyof T]: DeepInput<T[K]> };
