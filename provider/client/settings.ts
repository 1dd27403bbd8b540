/**
 * Provider settings: stack config (namespace `modelarts`, delivered to the provider's `configure`) first, then the
 * conventional environment variables in the order docs/api-notes.md gives: Huawei Terraform `HW_*`,
 * Huawei SDKs `HUAWEICLOUD_SDK_*`, Open Telekom Cloud `OS_*`; plus `MODELARTS_ENDPOINT`.
 *
 * Credentials are taken as a set from the first source that has any: a security token belongs to the AK/SK pair
 * it was issued with, so an `HW_SECURITY_TOKEN` is never paired with an `OS_ACCESS_KEY`.
 * Error messages name settings, never their values.
 */
import { assertSafeEndpoint, endpointForRegion } from "./endpoints";
import { ConfigurationError } from "./errors";

/** Read access to the stack config, by full key such as `modelarts:endpoint`. */
export interface ConfigSource {
    get(key: string): string | undefined;
}

/** AK/SK signing, optionally with the security token of temporary credentials. */
export interface AkSkCredentials {
    readonly kind: "aksk";
    readonly accessKey: string;
    readonly secretKey: string;
    readonly securityToken?: string;
}

/** An IAM token, sent as `X-Auth-Token`. */
export interface TokenCredentials {
    readonly kind: "token";
    readonly authToken: string;
}

/** Everything the client needs to reach ModelArts. */
export interface ClientSettings {
    /** Base URL without a trailing slash, checked by `assertSafeEndpoint`. */
    readonly endpoint: string;
    /** The region the endpoint was derived from (named when its host does not resolve); absent for an explicit one. */
    readonly region?: string;
    readonly projectId: string;
    readonly credentials: AkSkCredentials | TokenCredentials;
}

type Setting = "endpoint" | "region" | "projectId" | "accessKey" | "secretKey" | "securityToken" | "authToken";

/** Environment variable names, one record per source, in precedence order (docs/api-notes.md). No token variable. */
const ENV_SOURCES: ReadonlyArray<Partial<Record<Setting, string>>> = [
    {
        accessKey: "HW_ACCESS_KEY",
        secretKey: "HW_SECRET_KEY",
        securityToken: "HW_SECURITY_TOKEN",
        projectId: "HW_PROJECT_ID",
        region: "HW_REGION_NAME",
    },
    {
        accessKey: "HUAWEICLOUD_SDK_AK",
        secretKey: "HUAWEICLOUD_SDK_SK",
        securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
        projectId: "HUAWEICLOUD_SDK_PROJECT_ID",
    },
    {
        accessKey: "OS_ACCESS_KEY",
        secretKey: "OS_SECRET_KEY",
        securityToken: "OS_SECURITY_TOKEN",
        projectId: "OS_PROJECT_ID",
        region: "OS_REGION_NAME",
    },
];

/** One place settings come from: the name a setting has there (for messages) and its value. */
interface Source {
    nameOf(setting: Setting): string | undefined;
    get(setting: Setting): string | undefined;
}

const nonEmpty = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());

const stackConfigSource = (config: ConfigSource): Source => ({
    nameOf: (setting) => `modelarts:${setting}`,
    get: (setting) => nonEmpty(config.get(`modelarts:${setting}`)),
});

const envSource = (names: Partial<Record<Setting, string>>, env: NodeJS.ProcessEnv): Source => ({
    nameOf: (setting) => names[setting],
    get: (setting) => {
        const name = names[setting];
        return name === undefined ? undefined : nonEmpty(env[name]);
    },
});

const envNames = (setting: Setting) => ENV_SOURCES.flatMap((names) => names[setting] ?? []);

/**
 * Resolves the settings; throws one {@link ConfigurationError} naming every missing or wrong setting, each with
 * both ways (stack config and environment) to provide it. Makes no request: `check` calls it at preview.
 */
export function resolveSettings(config: ConfigSource, env: NodeJS.ProcessEnv): ClientSettings {
    const all = [stackConfigSource(config), ...ENV_SOURCES.map((names) => envSource(names, env))];
    const problems: string[] = [];
    const attempt = <T>(resolve: () => T): T | undefined => {
        try {
            return resolve();
        } catch (error) {
            if (!ConfigurationError.isInstance(error)) throw error;
            problems.push(error.message);
            return undefined;
        }
    };
    const location = attempt(() => resolveEndpoint(all, stackConfigSource(config), env));
    const projectId = attempt(() => resolveProjectId(all));
    const credentials = attempt(() => resolveCredentials(all));
    if (location === undefined || projectId === undefined || credentials === undefined) {
        // One problem to a paragraph: each names its settings and environment variables.
        const listed = problems.length === 1 ? problems[0] : problems.map((p, i) => `(${i + 1}) ${p}`).join("\n");
        throw new ConfigurationError(`the ModelArts provider is not configured:\n${listed}`);
    }
    return { ...location, projectId, credentials };
}

/** The settings another service of the same cloud shares with ModelArts (OBS: `client/obs/obs-settings.ts`). */
export interface SharedSettings {
    readonly credentials: AkSkCredentials | TokenCredentials;
    /** The region and where it was set (`modelarts:region`, `HW_REGION_NAME`…), when it was. */
    readonly region?: { readonly name: string; readonly setting: string };
}

/**
 * The credentials and the region, read from the same places in the same order as {@link resolveSettings} reads them
 * (one configuration serves every service of the stack); throws the ConfigurationError it would for the credentials.
 */
export function resolveSharedSettings(config: ConfigSource, env: NodeJS.ProcessEnv): SharedSettings {
    const all = [stackConfigSource(config), ...ENV_SOURCES.map((names) => envSource(names, env))];
    const credentials = resolveCredentials(all);
    const regionSource = all.find((s) => s.get("region") !== undefined);
    const name = regionSource?.get("region");
    const setting = regionSource?.nameOf("region");
    return { credentials, ...(name === undefined || setting === undefined ? {} : { region: { name, setting } }) };
}

/**
 * An explicit endpoint (`modelarts:endpoint`, then `MODELARTS_ENDPOINT`) overrides the one derived from a region
 * wherever that was set: the endpoint is the more specific choice (e.g. the emulator, or a private gateway).
 */
function resolveEndpoint(
    all: Source[],
    stack: Source,
    env: NodeJS.ProcessEnv,
): Pick<ClientSettings, "endpoint" | "region"> {
    for (const source of [stack, envSource({ endpoint: "MODELARTS_ENDPOINT" }, env)]) {
        const endpoint = source.get("endpoint");
        if (endpoint !== undefined) return { endpoint: assertSafeEndpoint(endpoint, source.nameOf("endpoint")) };
    }
    const regionSource = all.find((s) => s.get("region") !== undefined);
    const region = regionSource?.get("region");
    if (regionSource !== undefined && region !== undefined) {
        return { endpoint: endpointForRegion(region, regionSource.nameOf("region")), region };
    }
    throw new ConfigurationError(
        "the ModelArts endpoint is not configured: run `pulumi config set modelarts:region <region>` (e.g. " +
            "cn-north-4, or eu-de for Open Telekom Cloud) or `pulumi config set modelarts:endpoint <url>`, " +
            `or set one of the environment variables ${[...envNames("region"), "MODELARTS_ENDPOINT"].join(", ")}.`,
    );
}

function resolveProjectId(all: Source[]): string {
    const projectId = all.map((s) => s.get("projectId")).find((v) => v !== undefined);
    if (projectId !== undefined) return projectId;
    throw new ConfigurationError(
        "the ModelArts project id is not configured: run `pulumi config set modelarts:projectId <id>` " +
            `or set one of the environment variables ${envNames("projectId").join(", ")}.`,
    );
}

function resolveCredentials(all: Source[]): ClientSettings["credentials"] {
    for (const source of all) {
        const accessKey = source.get("accessKey");
        const secretKey = source.get("secretKey");
        if (accessKey !== undefined && secretKey !== undefined) {
            const securityToken = source.get("securityToken");
            return { kind: "aksk", accessKey, secretKey, ...(securityToken === undefined ? {} : { securityToken }) };
        }
        if (accessKey !== undefined || secretKey !== undefined) {
            const [present, missing]: [Setting, Setting] =
                accessKey === undefined ? ["secretKey", "accessKey"] : ["accessKey", "secretKey"];
            throw new ConfigurationError(
                `${source.nameOf(present)} is set but ${source.nameOf(missing)} is not: ` +
                    `set both in the same place. ${HOW_TO_SET_CREDENTIALS}`,
            );
        }
        const authToken = source.get("authToken");
        if (authToken !== undefined) return { kind: "token", authToken };
    }
    throw new ConfigurationError(`no ModelArts credentials are configured. ${HOW_TO_SET_CREDENTIALS}`);
}

const HOW_TO_SET_CREDENTIALS =
    "Either run `pulumi config set modelarts:accessKey <AK>` and " +
    "`pulumi config set --secret modelarts:secretKey <SK>` " +
    "(plus `pulumi config set --secret modelarts:securityToken <token>` for temporary credentials), or " +
    "`pulumi config set --secret modelarts:authToken <IAM token>`; or set the environment variables " +
    ENV_SOURCES.map(
        (n) => `${n.accessKey} and ${n.secretKey} (plus ${n.securityToken} for temporary credentials)`,
    ).join(", or ") +
    ".";

/** The settings' secret values (secret key, security token, auth token), for redaction. */
export function secretValues(settings: ClientSettings): string[] {
    const c = settings.credentials;
    const values = c.kind === "aksk" ? [c.secretKey, c.securityToken] : [c.authToken];
    return values.filter((v): v is string => v !== undefined && v !== "");
}
