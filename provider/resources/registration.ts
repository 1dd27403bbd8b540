/**
 * What constructing any resource of this package does, once for all classes: it registers the kind's thin dynamic
 * provider (`thin-provider.ts`, one per kind and process), seeds the output names of the kind's output table
 * (`outputs.ts`), adds the reserved `__urn` input (`urn-input.ts`), checks `triggers` (`json-triggers.ts`) and makes
 * secret the inputs that hold a password (`secret-inputs.ts`). The type token is
 * `pulumi-nodejs:dynamic/modelarts:<kind>` (docs/architecture.md, fact 9). A function, not a base class: each public
 * class extends the SDK's `dynamic.Resource` itself, so its documented hierarchy holds no name of ours.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../kinds";
import type { InputFields, InputTable } from "../schemas/input-table";
import { outputSeed } from "./outputs";
import { checkedTriggers } from "./json-triggers";
import { protectPasswords } from "./secret-inputs";
import { thinProvider } from "./thin-provider";
import { urnInput } from "./urn-input";

const providers: Partial<Record<ResourceKind, pulumi.dynamic.ResourceProvider>> = {};

/** The arguments of `dynamic.Resource`'s constructor for a resource of `kind`: a class passes them to `super`. */
export function registration(
    kind: ResourceKind,
    tables: { readonly inputs: InputTable<InputFields>; readonly outputs: object },
    name: string,
    args: object,
    opts?: pulumi.CustomResourceOptions,
): ConstructorParameters<typeof pulumi.dynamic.Resource> {
    const props = { ...outputSeed(tables.outputs), ...args, ...urnInput(kind, name, opts) };
    if ("triggers" in props) props.triggers = checkedTriggers(kind, name, props.triggers);
    const registered = protectPasswords(tables.inputs, props, opts);
    return [(providers[kind] ??= thinProvider(kind)), name, registered.props, registered.opts, "modelarts", kind];
}
