/**
 * The OBS calls the provider makes, over one {@link ObsTransport}: a page of a bucket's listing. Loaded only by what
 * reads OBS (source tracking, `getObsObjects`), never by the ModelArts calls.
 */
import { listQuery, ListPage, MAX_KEYS, parseListPage } from "./list-objects";
import { ObsError } from "./obs-error";
import { ObsSettings } from "./obs-settings";
import type { TransportOptions } from "../layer";
import { ObsTransport } from "./obs-transport";

/** One page's request. */
export interface ListPageRequest {
    readonly bucket: string;
    /** Keys that start with it; "" for the whole bucket. */
    readonly prefix: string;
    /** The key after which the page starts; absent for the first page. */
    readonly marker?: string;
    /** 1 to {@link MAX_KEYS} (default). */
    readonly maxKeys?: number;
    /** The caller's deadline: aborts the call. */
    readonly signal?: AbortSignal;
}

/** Reads OBS with the provider's credentials. */
export class ObsClient {
    private readonly transport: ObsTransport;

    constructor(settings: ObsSettings, options: TransportOptions = {}) {
        this.transport = new ObsTransport(settings, options);
    }

    /** One page of the bucket's objects under `prefix`, after `marker` ("Listing Objects in a Bucket"). */
    async listPage(request: ListPageRequest): Promise<ListPage> {
        const maxKeys = Math.min(Math.max(1, request.maxKeys ?? MAX_KEYS), MAX_KEYS);
        const answer = await this.transport.send({
            method: "GET",
            bucket: request.bucket,
            query: listQuery(request.prefix, request.marker, maxKeys),
            ...(request.signal === undefined ? {} : { signal: request.signal }),
        });
        const malformed = (reason: string) =>
            new ObsError({
                method: "GET",
                resource: `/${request.bucket}/`,
                status: answer.status,
                message: reason,
                malformedAnswer: true,
            });
        return parseListPage(answer.body, malformed);
    }

    /** Requests sent so far, retries included. */
    requests(): number {
        return this.transport.requests();
    }
}
