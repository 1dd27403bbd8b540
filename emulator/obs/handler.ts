/**
 * One OBS request, from bytes to answer: the address (`addressing.ts`), the signature (`obs-auth.ts`), the bucket,
 * then the operation: ListObjects on the bucket (`list-objects.ts`), PUT of the bucket, and PUT, GET, HEAD and
 * DELETE of an object (`objects.ts`). Errors are OBS's XML (`obs-errors.ts`) with `x-obs-request-id`.
 *
 * A bucket can be made to refuse listing (403 AccessDenied, as for credentials without `obs:bucket:ListBucket`),
 * for the tests of that case (`RunningEmulator.denyObsListing`). The ModelArts fault injection does not apply here.
 */
import { IncomingMessage, ServerResponse } from "http";
import type { EmulatorClock } from "../clock";
import type { EmulatorCredential } from "../http/auth";
import type { EmulatorRequest } from "../http/pipeline";
import { ObsStorage } from "../model/storage";
import { requestId } from "../random";
import { ObsAddress } from "./addressing";
import { BucketIndex } from "./bucket-index";
import { listObjectsXml } from "./list-objects";
import { authenticateObs } from "./obs-auth";
import { flatHeaders, logInternalError, readBody } from "../http/incoming";
import { ObsApiError } from "./obs-errors";
import { createBucket, deleteObject, getObject, ObsAnswer, putObject } from "./objects";

/** The largest body a PUT takes (a real single PUT takes up to 5 GB; the emulator's tests need far less). */
const MAX_OBJECT_BYTES = 64 * 1024 * 1024;

/** What the OBS routes work with; `storage` and `credentials` are read per request (they change on restart). */
export interface ObsContext {
    readonly clock: EmulatorClock;
    storage(): ObsStorage;
    credentials(): readonly EmulatorCredential[];
    /** Buckets that refuse listing. */
    readonly listingDenied: ReadonlySet<string>;
    /** The key index of each bucket, kept across requests. */
    readonly indexes: Map<string, BucketIndex>;
    record(request: EmulatorRequest): void;
    log?(line: string): void;
}

/** Handles one OBS request addressed at `address`. */
export async function handleObsRequest(
    context: ObsContext,
    address: ObsAddress | undefined,
    req: IncomingMessage,
    res: ServerResponse,
): Promise<void> {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const queryAt = url.includes("?") ? url.indexOf("?") : url.length;
    const path = url.slice(0, queryAt);
    const query = new URLSearchParams(url.slice(queryAt + 1));
    const id = requestId();
    let answer: ObsAnswer;
    let operation = "OBS";
    try {
        const body = await readBody(req, MAX_OBJECT_BYTES, () => new ObsApiError("EntityTooLarge"));
        if (address === undefined) throw new ObsApiError("InvalidArgument", "The path does not decode.");
        operation = operationOf(method, address);
        const headers = flatHeaders(req, ",");
        const verifiable = { method, headers, canonicalResource: address.canonicalResource, query: [...query] };
        authenticateObs(verifiable, context.credentials(), context.clock.now());
        answer = serve(context, method, address, query, body);
    } catch (error) {
        const obsError = error instanceof ObsApiError ? error : internalError(context, error);
        const xml = obsError.xml(address?.canonicalResource ?? path, id);
        answer = {
            status: obsError.status,
            headers: { "Content-Type": "application/xml" },
            ...(method === "HEAD" ? {} : { body: xml }),
        };
    }
    context.record({ method, path, status: answer.status, atMs: context.clock.now(), route: operation });
    context.log?.(`${method} ${path} ${answer.status} (${operation})`);
    res.sendDate = false;
    const bodyLength = answer.body === undefined ? undefined : Buffer.byteLength(answer.body);
    res.writeHead(answer.status, {
        Date: new Date(context.clock.now()).toUTCString(),
        "x-obs-request-id": id,
        ...(bodyLength === undefined ? {} : { "Content-Length": String(bodyLength) }),
        ...answer.headers,
    });
    res.end(method === "HEAD" ? undefined : answer.body);
}

/** The operation's name, as recorded (`OBS ListObjects`, `OBS PutObject`…). */
function operationOf(method: string, address: ObsAddress): string {
    const names: Record<string, string> =
        address.key === ""
            ? { GET: "ListObjects", PUT: "CreateBucket" }
            : { GET: "GetObject", HEAD: "HeadObject", PUT: "PutObject", DELETE: "DeleteObject" };
    return `OBS ${names[method] ?? method}`;
}

function serve(
    context: ObsContext,
    method: string,
    address: ObsAddress,
    query: URLSearchParams,
    body: Buffer,
): ObsAnswer {
    const storage = context.storage();
    const { bucket, key } = address;
    if (key === "" && method === "PUT") return createBucket(storage, bucket);
    if (!storage.bucketExists(bucket)) throw new ObsApiError("NoSuchBucket");
    if (key === "") {
        if (method !== "GET") throw new ObsApiError("MethodNotAllowed");
        if (context.listingDenied.has(bucket)) throw new ObsApiError("AccessDenied");
        const index = indexOf(context, storage, bucket);
        return {
            status: 200,
            headers: { "Content-Type": "application/xml" },
            body: listObjectsXml(bucket, index, query),
        };
    }
    if (method === "PUT") return putObject(storage, bucket, key, body);
    if (method === "GET" || method === "HEAD") return getObject(storage, bucket, key, method === "GET");
    if (method === "DELETE") return deleteObject(storage, bucket, key);
    throw new ObsApiError("MethodNotAllowed");
}

function indexOf(context: ObsContext, storage: ObsStorage, bucket: string): BucketIndex {
    const root = storage.pathOf({ bucket, key: "" });
    let index = context.indexes.get(root);
    if (index === undefined) {
        index = new BucketIndex(root);
        context.indexes.set(root, index);
    }
    return index;
}

function internalError(context: ObsContext, error: unknown): ObsApiError {
    logInternalError(context, error);
    return new ObsApiError("InternalError");
}
