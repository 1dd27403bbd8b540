/**
 * The `__urn` input of every task resource: its URN as the engine will assign it, computed in the program, so that
 * the provider can tag its progress messages with it (the dynamic-provider host passes no URN to provider methods;
 * docs/design/progress.md). The diff ignores it, so renaming the stack or the project changes nothing.
 */
import * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../kinds";
import { URN_KEY } from "../reserved-inputs";

/** The type token `pulumi.dynamic.Resource` builds from its module and type (docs/architecture.md, fact 9). */
function typeToken(kind: ResourceKind): string {
    return `pulumi-nodejs:dynamic/modelarts:${kind}`;
}

/**
 * `{ __urn }` for a resource of `kind` named `name`. The SDK's `createUrn` follows the engine's rule (the parent's
 * type chain, the stack root left out); the URN is then re-wrapped from a plain promise, because an output derived
 * from the parent's `urn` would make the resource depend on the parent, and on a component parent's other children.
 */
export function urnInput(
    kind: ResourceKind,
    name: string,
    opts: pulumi.CustomResourceOptions | undefined,
): { [URN_KEY]: pulumi.Output<string> } {
    const urn = pulumi.createUrn(name, typeToken(kind), opts?.parent);
    return { [URN_KEY]: pulumi.output(new Promise<string>((resolve) => urn.apply(resolve))) };
}
