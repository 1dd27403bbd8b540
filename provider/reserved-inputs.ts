/**
 * The inputs every resource carries besides the user's: never validated, diffed, sent to ModelArts or kept in
 * outputs by the provider itself. Imports nothing, so any layer may import it.
 *
 * - `__provider`: the serialized provider, added by `pulumi.dynamic.Resource` (docs/architecture.md, fact 1).
 * - `__urn`: the resource's URN as the program computed it, so that progress messages land in the resource's own
 *   row of `pulumi up`; the dynamic-provider host passes no URN to provider methods (docs/design/progress.md).
 */

/** The input holding the serialized provider. */
export const PROVIDER_KEY = "__provider";

/** The input holding the resource's URN (docs/design/progress.md). */
export const URN_KEY = "__urn";

/** The inputs without the reserved ones: what the user wrote. */
export function withoutReservedInputs(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const { [PROVIDER_KEY]: _provider, [URN_KEY]: _urn, ...inputs } = props;
    return inputs;
}

/** The URN in a resource's inputs (absent when a test drives the lifecycle without a program). */
export function urnOf(props: Readonly<Record<string, unknown>>): string | undefined {
    const urn = props[URN_KEY];
    return typeof urn === "string" && urn.startsWith("urn:pulumi:") ? urn : undefined;
}
