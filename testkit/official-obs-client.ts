/**
 * The official OBS Node client (`esdk-obs-nodejs`, a devDependency) as tests and the source benchmark use it: it has
 * no TypeScript types, so the few calls used are typed here. Its constructor finishes setting itself up a tick later
 * (an async step it does not await), so {@link officialObsClient} waits for that before handing it out.
 * Against `http://127.0.0.1:<port>` it addresses buckets path style and signs in the AWS V2 form.
 */

/** The answer shape of every call: `CommonMsg.Status` the HTTP status, `InterfaceResult` the fields. */
export interface OfficialAnswer<T = Record<string, unknown>> {
    readonly CommonMsg: { readonly Status: number; readonly Code: string; readonly Message: string };
    readonly InterfaceResult?: T;
}

/** One object of a `listObjects` answer. */
export interface OfficialListedObject {
    readonly Key: string;
    readonly ETag: string;
    readonly Size: string;
    readonly LastModified: string;
}

/** A `listObjects` answer's fields. */
export interface OfficialListResult {
    readonly IsTruncated: string;
    readonly NextMarker: string;
    readonly Contents: readonly OfficialListedObject[];
}

/** The calls of the client the tests make. */
export interface OfficialObsClient {
    createBucket(params: { Bucket: string }): Promise<OfficialAnswer>;
    /** `Body` the content, or `SourceFile` a local file to upload. */
    putObject(params: { Bucket: string; Key: string; Body?: string; SourceFile?: string }): Promise<OfficialAnswer>;
    getObject(params: { Bucket: string; Key: string }): Promise<OfficialAnswer<{ Content: string; ETag: string }>>;
    deleteObject(params: { Bucket: string; Key: string }): Promise<OfficialAnswer>;
    listObjects(params: {
        Bucket: string;
        Prefix?: string;
        Marker?: string;
        MaxKeys?: number;
    }): Promise<OfficialAnswer<OfficialListResult>>;
    close(): void;
}

/** A client of `server` with the given keys, ready to use. */
export async function officialObsClient(
    server: string,
    keys: { readonly accessKey: string; readonly secretKey: string },
): Promise<OfficialObsClient> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped CommonJS module
    const ObsClient = require("esdk-obs-nodejs") as new (params: Record<string, unknown>) => OfficialObsClient;
    const client = new ObsClient({
        access_key_id: keys.accessKey,
        secret_access_key: keys.secretKey,
        server,
        max_retry_count: 0,
    });
    await new Promise((resolve) => setImmediate(resolve));
    return client;
}
