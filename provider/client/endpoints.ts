/**
 * Where the ModelArts API lives: Huawei Cloud serves `https://modelarts.{region}.myhuaweicloud.com`, Open Telekom
 * Cloud `https://modelarts.{region}.otc.t-systems.com` (`eu-de`). A region of neither is refused before any
 * request, with the nearest known name; any other cloud is reached with an explicit endpoint.
 */
import { isIP } from "net";
import { ConfigurationError } from "./errors";

/**
 * Huawei Cloud regions (Huawei Cloud "Regions and Endpoints"): their ModelArts endpoint is
 * `https://modelarts.{region}.myhuaweicloud.com`. A region missing here is reached with an explicit endpoint.
 */
const HUAWEI_CLOUD_REGIONS: readonly string[] = [
    "cn-north-1",
    "cn-north-2",
    "cn-north-4",
    "cn-north-9",
    "cn-north-11",
    "cn-north-12",
    "cn-east-2",
    "cn-east-3",
    "cn-east-4",
    "cn-east-5",
    "cn-south-1",
    "cn-south-2",
    "cn-south-4",
    "cn-southwest-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "af-south-1",
    "af-north-1",
    "la-north-2",
    "la-south-2",
    "sa-brazil-1",
    "na-mexico-1",
    "tr-west-1",
    "me-east-1",
    "ru-northwest-2",
    "eu-west-0",
    "eu-west-101",
];

/** Open Telekom Cloud regions (Open Telekom Cloud "Regions and Endpoints"): `modelarts.{region}.otc.t-systems.com`. */
const OPEN_TELEKOM_CLOUD_REGIONS: readonly string[] = ["eu-de", "eu-nl"];

/** The ModelArts endpoint of a Huawei Cloud or Open Telekom Cloud region; any other name is refused. */
export function endpointForRegion(region: string, setting = "modelarts:region"): string {
    if (HUAWEI_CLOUD_REGIONS.includes(region)) return `https://modelarts.${region}.myhuaweicloud.com`;
    if (OPEN_TELEKOM_CLOUD_REGIONS.includes(region)) return `https://modelarts.${region}.otc.t-systems.com`;
    const printable = JSON.stringify(region.slice(0, 64));
    const closest = closestRegion(region);
    throw new ConfigurationError(
        `${setting} ${printable} is neither a Huawei Cloud region (${HUAWEI_CLOUD_REGIONS.join(", ")}) nor an Open ` +
            `Telekom Cloud region (${OPEN_TELEKOM_CLOUD_REGIONS.join(", ")})` +
            (closest ? `; did you mean ${closest}?` : "") +
            " For another cloud or a private gateway, set modelarts:endpoint (or MODELARTS_ENDPOINT) instead",
    );
}

/** The known region nearest to a mistyped one (at most two edits away), if any. */
function closestRegion(region: string): string | undefined {
    const known = [...HUAWEI_CLOUD_REGIONS, ...OPEN_TELEKOM_CLOUD_REGIONS];
    const ranked = known
        .map((name) => ({ name, distance: editDistance(region, name) }))
        .sort((a, b) => a.distance - b.distance);
    return ranked[0] !== undefined && ranked[0].distance <= 2 ? ranked[0].name : undefined;
}

/** Levenshtein distance, for names of a few dozen characters. */
function editDistance(a: string, b: string): number {
    if (a.length > 64) return Infinity;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length] ?? Infinity;
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

/** True for 127.0.0.0/8, `localhost` and `::1` (also in brackets, as a URL's host writes it). */
export function isLoopback(hostname: string): boolean {
    const host = hostname.replace(/^\[(.*)\]$/, "$1");
    if (host === "localhost" || host === "::1") return true;
    return isIP(host) === 4 && host.startsWith("127.");
}
