/**
 * The provider object that Pulumi serializes into every resource's `__provider` input (docs/architecture.md, fact 1).
 *
 * It is deliberately thin: each method `require`s the implementation from the installed package at run time
 * (resolved from the dynamic-provider host's working directory, the program directory), so the serialized text
 * stays within a few kilobytes (`bench/cost` holds it to 4 KiB), is the same whether the package is installed or
 * linked, and newer package versions fix behaviour for resources already in state. It captures nothing but the resource kind: credentials reach the
 * implementation through `configure` (stack config, decrypted by the engine) or the environment (fact 2), and are
 * kept on this object in the host's memory only.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as lifecycleModule from "../impl/lifecycle";
import type { ResourceKind } from "../kinds";

/** Inputs and outputs as the host passes them: plain JSON objects. */
type Props = Record<string, unknown>;

interface ThinProvider extends pulumi.dynamic.ResourceProvider {
    session?: lifecycleModule.Session;
}

/** Builds the serialized provider of one resource kind. */
export function thinProvider(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
    // Resolved at run time in the host, never captured: keep this a string literal of the package's export map.
    const impl = (): typeof lifecycleModule =>
        require("pulumi-modelarts-data/impl/lifecycle") as typeof lifecycleModule;
    const provider: ThinProvider = {
        configure(req) {
            this.session = impl().openSession(req.config);
            return Promise.resolve();
        },
        async check(olds: Props, news: Props) {
            return impl().lifecycle(kind).check(olds, news, impl().sessionOf(this));
        },
        async diff(id, olds: Props, news: Props) {
            return impl().lifecycle(kind).diff(id, olds, news);
        },
        async create(inputs: Props) {
            return impl().lifecycle(kind).create(impl().sessionOf(this), inputs);
        },
        async read(id, props: Props) {
            return impl().lifecycle(kind).read(impl().sessionOf(this), id, props);
        },
        async update(id, olds: Props, news: Props) {
            return impl().lifecycle(kind).update(impl().sessionOf(this), id, olds, news);
        },
        async delete(id, props: Props) {
            return impl().lifecycle(kind).delete(impl().sessionOf(this), id, props);
        },
    };
    return provider;
}
