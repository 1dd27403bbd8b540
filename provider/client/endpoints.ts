/**
 * Where the ModelArts API lives: Huawei Cloud serves `https://modelarts.{region}.myhuaweicloud.com`, Open Telekom
 * Cloud `https://modelarts.{region}.otc.t-systems.com` (`eu-de`). A region of neither is refused before any
 * request, with the nearest known name; any other cloud is reached with an explicit endpoint.
 */
import { isIP } from "net";
import { nearestName } from "../nearest-name";
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
    return serviceEndpoint("modelarts", region, setting);
}

/**
 * `https://{service}.{region}.{domain}`, the domain that of the region's cloud: `myhuaweicloud.com` for Huawei Cloud,
 * `otc.t-systems.com` for Open Telekom Cloud. Both clouds name every service's endpoint this way (ModelArts, OBS);
 * a region of neither is refused with the nearest known name.
 */
export function serviceEndpoint(service: string, region: string, setting = "modelarts:region"): string {
    if (HUAWEI_CLOUD_REGIONS.includes(region)) return `https://${service}.${region}.myhuaweicloud.com`;
    if (OPEN_TELEKOM_CLOUD_REGIONS.includes(region)) return `https://${service}.${region}.otc.t-systems.com`;
    const printable = JSON.stringify(region.slice(0, 64));
    const closest = nearestName(region, [...HUAWEI_CLOUD_REGIONS, ...OPEN_TELEKOM_CLOUD_REGIONS], 2);
    // The suggestion first, the lists last: the lists are long, and the line that matters should be read first.
    throw new ConfigurationError(
        [
            `${setting} ${printable} is not a known region${closest ? `: did you mean ${closest}?` : "."}`,
            "For another cloud or a private gateway, set modelarts:endpoint (or MODELARTS_ENDPOINT) instead.",
            `Huawei Cloud regions: ${HUAWEI_CLOUD_REGIONS.join(", ")}.`,
            `Open Telekom Cloud regions: ${OPEN_TELEKOM_CLOUD_REGIONS.join(", ")}.`,
        ].join("\n"),
    );
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
