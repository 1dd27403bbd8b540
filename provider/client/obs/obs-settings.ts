/**
 * What the OBS client needs, read from the provider's configuration (`client/settings.ts`): the same credentials and
 * region as ModelArts, and an endpoint of its own.
 *
 * - Endpoint: `modelarts:obsEndpoint`, then `MODELARTS_OBS_ENDPOINT`, else the region's (`obs-endpoint.ts`). Checked
 *   as the ModelArts endpoint is: `https://`, plain `http://` for loopback hosts only (the emulator).
 * - Credentials: OBS accepts AK/SK only, never an IAM token ("User Signature Authentication"); a configuration that
 *   has only a token is refused with a message naming the AK/SK settings.
 */
import { assertSafeEndpoint } from "../endpoints";
import { ConfigurationError } from "../errors";
import { AkSkCredentials, ConfigSource, resolveSharedSettings } from "../settings";
import { obsEndpointForRegion } from "./obs-endpoint";

/** Everything the OBS client needs. */
export interface ObsSettings {
    /** Base URL without a trailing slash, checked by `assertSafeEndpoint`. */
    readonly endpoint: string;
    /** The region the endpoint was derived from; absent for an explicit one. */
    readonly region?: string;
    readonly credentials: AkSkCredentials;
}

/** The stack config key and the environment variable of the explicit OBS endpoint. */
export const OBS_ENDPOINT_SETTINGS = { config: "modelarts:obsEndpoint", env: "MODELARTS_OBS_ENDPOINT" } as const;

/** Resolves the OBS settings; throws a ConfigurationError naming what is missing and how to set it. Sends nothing. */
export function resolveObsSettings(config: ConfigSource, env: NodeJS.ProcessEnv): ObsSettings {
    const shared = resolveSharedSettings(config, env);
    if (shared.credentials.kind !== "aksk") {
        throw new ConfigurationError(
            "OBS accepts AK/SK credentials only, and only an IAM token (modelarts:authToken) is configured: run " +
                "`pulumi config set modelarts:accessKey <AK>` and `pulumi config set --secret modelarts:secretKey <SK>` " +
                "(or set HW_ACCESS_KEY and HW_SECRET_KEY).",
        );
    }
    const credentials = shared.credentials;
    const explicit = [
        [config.get(OBS_ENDPOINT_SETTINGS.config), OBS_ENDPOINT_SETTINGS.config],
        [env[OBS_ENDPOINT_SETTINGS.env], OBS_ENDPOINT_SETTINGS.env],
    ].find(([value]) => value !== undefined && value.trim() !== "");
    if (explicit?.[0] !== undefined && explicit[1] !== undefined) {
        return { endpoint: assertSafeEndpoint(explicit[0].trim(), explicit[1]), credentials };
    }
    if (shared.region !== undefined) {
        const endpoint = obsEndpointForRegion(shared.region.name, shared.region.setting);
        return { endpoint, region: shared.region.name, credentials };
    }
    throw new ConfigurationError(
        "the OBS endpoint is not configured: run `pulumi config set modelarts:region <region>` (e.g. cn-north-4, or " +
            `eu-de for Open Telekom Cloud) or \`pulumi config set ${OBS_ENDPOINT_SETTINGS.config} <url>\`, or set ` +
            `${OBS_ENDPOINT_SETTINGS.env}.`,
    );
}

/** The settings' secret values (secret key, security token), for redaction. */
export function obsSecretValues(settings: ObsSettings): string[] {
    const { secretKey, securityToken } = settings.credentials;
    return [secretKey, securityToken].filter((v): v is string => v !== undefined && v !== "");
}
