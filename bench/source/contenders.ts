/**
 * The two contenders, each listing every object under the path once against the same emulator:
 *
 * - `ours`: `summarizeObsPath` (the fingerprint and totals, page by page, nothing kept), through the provider's OBS
 *   client (signer, retry, pace, deadline layers).
 * - `esdk-obs-nodejs`: the official client's `listObjects` loop (MaxKeys 1000, Marker from NextMarker), keeping
 *   nothing either.
 *
 * Each run: a garbage collection first (when it can be asked for), then the process's RSS sampled after every page;
 * the growth is the peak over the RSS before the run. State bytes: for ours the JSON of the summary (what tracking
 * would store); for the official loop the JSON of `{Key, ETag, Size}` per object (storing the listing itself).
 */
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import { ObsClient } from "../../provider/client/obs/obs-client";
import { summarizeObsPath } from "../../provider/source/list-path";
import { DEMO_CREDENTIALS } from "../../emulator/server";
import { officialObsClient } from "../../testkit/official-obs-client";

/** One measurement. */
export interface Row {
    readonly contender: "ours" | "esdk-obs-nodejs";
    readonly objects: number;
    readonly requests: number;
    readonly wallMs: number;
    readonly rssMb: number;
    readonly stateBytes: number;
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (() => void) | undefined;

/** Tracks the peak RSS over the value at its start. */
class RssPeak {
    private readonly start: number;
    private peak: number;
    constructor() {
        gc?.();
        this.start = this.peak = process.memoryUsage.rss();
    }
    sample(): void {
        this.peak = Math.max(this.peak, process.memoryUsage.rss());
    }
    growthMb(): number {
        return (this.peak - this.start) / (1024 * 1024);
    }
}

/** Ours: the summary of `path`. */
export async function runOurs(url: string, path: string, objects: number): Promise<Row> {
    const client = new ObsClient({ endpoint: url, credentials: { kind: "aksk", ...DEMO_CREDENTIALS } });
    const rss = new RssPeak();
    const reader = {
        listPage: async (request: Parameters<ObsClient["listPage"]>[0]) => {
            const page = await client.listPage(request);
            rss.sample();
            return page;
        },
    };
    const started = performance.now();
    const summary = await summarizeObsPath(reader, { path, maxObjects: 1_000_000 });
    const wallMs = performance.now() - started;
    rss.sample();
    if (summary.objectCount !== objects) throw new Error(`ours counted ${summary.objectCount} of ${objects} objects`);
    const stateBytes = Buffer.byteLength(JSON.stringify(summary));
    return { contender: "ours", objects, requests: client.requests(), wallMs, rssMb: rss.growthMb(), stateBytes };
}

/** The official client's listing loop over `path`. */
export async function runOfficial(url: string, path: string, objects: number): Promise<Row> {
    const [, bucket = "", prefix = ""] = /^obs:\/\/([^/]+)\/(.*)$/.exec(path) ?? [];
    const client = await officialObsClient(url, DEMO_CREDENTIALS);
    const rss = new RssPeak();
    let requests = 0;
    let listed = 0;
    let stateBytes = 2;
    let marker: string | undefined;
    const started = performance.now();
    for (;;) {
        const answer = await client.listObjects({
            Bucket: bucket,
            Prefix: prefix,
            MaxKeys: 1000,
            ...(marker === undefined ? {} : { Marker: marker }),
        });
        requests++;
        rss.sample();
        const result = answer.InterfaceResult;
        if (answer.CommonMsg.Status !== 200 || result === undefined)
            throw new Error(`listObjects: HTTP ${answer.CommonMsg.Status}`);
        listed += result.Contents.length;
        for (const o of result.Contents)
            stateBytes += Buffer.byteLength(JSON.stringify({ Key: o.Key, ETag: o.ETag, Size: o.Size })) + 1;
        if (result.IsTruncated !== "true") break;
        marker = result.NextMarker;
    }
    const wallMs = performance.now() - started;
    client.close();
    if (listed !== objects) throw new Error(`the official loop listed ${listed} of ${objects} objects`);
    return { contender: "esdk-obs-nodejs", objects, requests, wallMs, rssMb: rss.growthMb(), stateBytes };
}
