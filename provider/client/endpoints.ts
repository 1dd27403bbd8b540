/**
 * Where the ModelArts API lives (docs/api-notes.md, "Endpoints"): Huawei Cloud serves
 * `https://modelarts.{region}.myhuaweicloud.com`; Open Telekom Cloud serves `eu-de` at
 * `https://modelarts.eu-de.otc.t-systems.com`. Any other cloud is reached with an explicit endpoint.
 */
import { isIP } from "net";
import { ConfigurationError } from "./errors";

/** Regions whose endpoint is not on Huawei Cloud's domain. */
const KNOWN_ENDPOINTS: Readonly<Record<string, string>> = {
    "eu-de": "https://modelarts.eu-de.otc.t-systems.com",
};

/** Region names as both clouds spell them (`cn-north-4`, `ap-southeast-1`, `eu-de`); the name becomes a host label. */
const REGION_PATTERN = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/** The ModelArts endpoint of a region: Open Telekom Cloud for `eu-de`, Huawei Cloud otherwise. */
export function endpointForRegion(region: string): string {
    if (!REGION_PATTERN.test(region)) {
        throw new ConfigurationError(
            `modelarts:region "${region}" is not a region name (e.g. cn-north-4, ap-southeast-1, eu-de); ` +
                "set modelarts:endpoint for a cloud not listed here",
        );
    }
    return KNOWN_ENDPOINTS[region] ?? `https://modelarts.${region}.myhuaweicloud.com`;
}

/**
 * Checks an endpoint URL and returns it without a trailing slash. HTTPS is required: AK/SK signatures and
 * tokens must not cross a network in clear text. Plain `http://` is allowed only for loopback hosts
 * (127.0.0.0/8, `localhost`, `[::1]`), which is where the emulator runs. Credentials, a query or a fragment
 * in the URL are refused: they would end up in logs and error messages.
 * @param setting how the user set the value, named in the error (e.g. `modelarts:endpoint`).
 */
export function assertSafeEndpoint(url: string, setting = "modelarts:endpoint"): string {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        const example = "https://modelarts.cn-north-4.myhuaweicloud.com";
        throw new ConfigurationError(`${setting} is not a URL: expected e.g. ${example}`);
    }
    if (parsed.username !== "" || parsed.password !== "" || parsed.search !== "" || parsed.hash !== "") {
        throw new ConfigurationError(`${setting} must not contain credentials, a query or a fragment`);
    }
    if (parsed.protocol === "http:" && !isLoopback(parsed.hostname)) {
        throw new ConfigurationError(
            `${setting} uses http:// for ${parsed.host}: only https:// is allowed, except for loopback hosts ` +
                "(127.0.0.1, localhost, [::1])",
        );
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
        throw new ConfigurationError(`${setting} must be an https:// URL, not ${parsed.protocol}//`);
    }
    return parsed.toString().replace(/\/+$/, "");
}

function isLoopback(hostname: string): boolean {
    const host = hostname.replace(/^\[(.*)\]$/, "$1");
    if (host === "localhost" || host === "::1") return true;
    return isIP(host) === 4 && host.startsWith("127.");
}
