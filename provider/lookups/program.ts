/**
 * How a lookup reaches ModelArts from the program: the settings are resolved as the resources' provider resolves
 * them (the stack's `modelarts` config namespace, then the environment: `client/settings.ts`), through the same
 * session and client, so lookups share the process's retry budget and pacing, and are signed and redacted alike.
 * Lookups run in the program itself, under `pulumi preview` as under `pulumi up`.
 *
 * Each lookup has a Promise form and an Output form (`getX` / `getXOutput`), as the functions of Pulumi's
 * providers have. The Output form waits for its arguments and for the resources in `dependsOn`.
 */
import * as pulumi from "@pulumi/pulumi";
import type { ModelArtsClient } from "../client/api";
import type * as obsClientModule from "../client/obs/obs-client";
import type * as obsSettingsModule from "../client/obs/obs-settings";
import type { ConfigSource } from "../client/settings";
import { openSession } from "../impl/session";
import type { DeepInputs } from "../resources/inputs";

/** The stack config as the program sees it, by full key (`modelarts:region`); secrets come decrypted. */
const programConfig: ConfigSource = { get: (key) => pulumi.runtime.getConfig(key) };

/** A client configured from the program's stack config and environment, as the resources' provider is. */
export function programClient(): ModelArtsClient {
    return openSession(programConfig).client();
}

let obsClient: { readonly key: string; readonly client: obsClientModule.ObsClient } | undefined;

/**
 * An OBS client configured from the program's stack config and environment (`client/obs/obs-settings.ts`), loaded on
 * first use (a program that reads no OBS path never loads it) and kept while the settings stay the same.
 */
export function programObsClient(): obsClientModule.ObsClient {
    const { resolveObsSettings } = require("../client/obs/obs-settings") as typeof obsSettingsModule;
    const settings = resolveObsSettings(programConfig, process.env);
    // Held in this process's memory only, never logged (docs/architecture.md, fact 2).
    const { accessKey, secretKey, securityToken } = settings.credentials;
    const key = JSON.stringify([settings.endpoint, accessKey, secretKey, securityToken ?? ""]);
    if (obsClient?.key !== key) {
        const { ObsClient } = require("../client/obs/obs-client") as typeof obsClientModule;
        obsClient = { key, client: new ObsClient(settings) };
    }
    return obsClient.client;
}

/** Options of an Output form. */
export interface LookupOutputOptions {
    /**
     * Resources to wait for before the lookup runs (a resource's creation, or its update): for example the
     * ImportTask whose task the lookup should find. While one of them is still to be created in a preview, the
     * result is unknown.
     */
    readonly dependsOn?: pulumi.Resource | readonly pulumi.Resource[];
}

/** The Output form of `lookup`: runs it once its arguments, and the resources it depends on, are known. */
export function outputForm<Args, Result>(
    lookup: (args: Args) => Promise<Result>,
    args: DeepInputs<Args>,
    opts: LookupOutputOptions = {},
): pulumi.Output<Result> {
    const resources = opts.dependsOn === undefined ? [] : [opts.dependsOn].flat();
    const settled = resources.map((r) => (pulumi.CustomResource.isInstance(r) ? r.id : r.urn));
    const plainArgs = pulumi.output(args) as pulumi.Output<unknown>;
    return pulumi.all([plainArgs, pulumi.all(settled)]).apply(([plain]) => lookup(plain as Args));
}
