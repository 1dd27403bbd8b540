/**
 * Lists everything under an `obs://bucket/prefix/` path, page after page of 1000 ("Listing Objects in a Bucket"):
 * each page starts after `NextMarker`, or after the page's last `Key` when the answer has none, until `IsTruncated`
 * is false. The objects go through the {@link FingerprintBuilder} as they come; only {@link listObsPath} keeps them.
 *
 * - The bound: once more than `maxObjects` objects (folder markers counted: each costs a line of a page) have been
 *   listed, the listing stops with an error naming the count and both ways out, never a partial fingerprint.
 * - OBS errors are never read as an empty path: 403 names the bucket, the `obs:bucket:ListBucket` right and how to
 *   turn tracking off; 404 `NoSuchBucket` names the bucket; anything else says which path failed, with the OBS error.
 * - The caller's `signal` (its deadline) stops the listing between pages and cuts a page under way.
 */
import type { ListedObject, ListPage } from "../client/obs/list-objects";
import { MAX_KEYS } from "../client/obs/list-objects";
import type { ListPageRequest } from "../client/obs/obs-client";
import { ObsError } from "../client/obs/obs-error";
import { FingerprintBuilder, isFolderMarker, PathTotals } from "./fingerprint";
import { obsPathText, ObsPath, OBS_PATH_RULE, parseObsPath } from "./obs-path";
import { SourceError } from "./source-error";

/** How many objects a listing reads by default before it stops. */
export const DEFAULT_MAX_OBJECTS = 10_000;

/** The most `maxObjects` may be. */
export const MAX_MAX_OBJECTS = 1_000_000;

/** What reads a page (an `ObsClient`; a test double in unit tests). */
export interface PageReader {
    listPage(request: ListPageRequest): Promise<ListPage>;
}

/** What to list. */
export interface ObsPathRequest {
    /** `obs://bucket/folder/` (see `obs-path.ts`). */
    readonly path: string;
    /** Default {@link DEFAULT_MAX_OBJECTS}, at most {@link MAX_MAX_OBJECTS}. */
    readonly maxObjects?: number;
    /** The caller's deadline. */
    readonly signal?: AbortSignal;
}

/** What a path holds, without the objects: what source tracking stores. */
export interface ObsPathSummary extends PathTotals {
    /** The path listed, `obs://bucket/prefix/` (a final `/` added). */
    readonly path: string;
}

/** One object of a listing. */
export interface ObsObject {
    /** The full OBS key. */
    readonly key: string;
    /** The ETag without quotes. */
    readonly etag: string;
    /** Its size in bytes. */
    readonly size: number;
    /** ISO 8601. */
    readonly lastModified: string;
}

/** What a path holds, with its objects (folder markers left out) in key order. */
export interface ObsPathListing extends ObsPathSummary {
    /** Every object under the path, in key order. */
    readonly objects: readonly ObsObject[];
}

/** The summary of `request.path`; keeps no object in memory. */
export async function summarizeObsPath(reader: PageReader, request: ObsPathRequest): Promise<ObsPathSummary> {
    return walkObsPath(reader, request, () => undefined);
}

/** The summary of `request.path` and its objects. */
export async function listObsPath(reader: PageReader, request: ObsPathRequest): Promise<ObsPathListing> {
    const objects: ObsObject[] = [];
    const summary = await walkObsPath(reader, request, (o) => {
        objects.push({
            key: o.key,
            etag: o.etag.replace(/^"(.*)"$/s, "$1"),
            size: o.size,
            lastModified: o.lastModified,
        });
    });
    return { ...summary, objects };
}

/** The summary of `request.path`, each object (folder markers left out) passed to `keep` in key order. */
export async function walkObsPath(
    reader: PageReader,
    request: ObsPathRequest,
    keep: (object: ListedObject) => void,
): Promise<ObsPathSummary> {
    const path = parseObsPath(request.path);
    if (path === undefined)
        throw new SourceError(`${JSON.stringify(request.path.slice(0, 200))} is not ${OBS_PATH_RULE}`);
    const maxObjects = request.maxObjects ?? DEFAULT_MAX_OBJECTS;
    if (!Number.isInteger(maxObjects) || maxObjects < 1 || maxObjects > MAX_MAX_OBJECTS) {
        throw new SourceError(`maxObjects must be an integer from 1 to ${MAX_MAX_OBJECTS}`);
    }
    const builder = new FingerprintBuilder(path.prefix);
    let listed = 0;
    let marker: string | undefined;
    for (;;) {
        if (request.signal?.aborted) throw stoppedAtDeadline(path, listed);
        const page = await readPage(reader, path, marker, request.signal, listed);
        for (const object of page.objects) {
            try {
                if (builder.add(object) && !isFolderMarker(object)) keep(object);
            } catch (error) {
                throw new SourceError(`listing ${obsPathText(path)} failed: ${(error as Error).message}`);
            }
        }
        listed += page.objects.length;
        if (listed > maxObjects) throw tooMany(path, maxObjects, listed);
        if (!page.isTruncated) break;
        const last = page.objects[page.objects.length - 1]?.key;
        marker = page.nextMarker ?? last;
        if (marker === undefined) {
            throw new SourceError(
                `listing ${obsPathText(path)} failed: OBS said the list goes on but gave no marker and no key`,
            );
        }
    }
    return { path: obsPathText(path), ...builder.totals() };
}

async function readPage(
    reader: PageReader,
    path: ObsPath,
    marker: string | undefined,
    signal: AbortSignal | undefined,
    listed: number,
): Promise<ListPage> {
    try {
        return await reader.listPage({
            bucket: path.bucket,
            prefix: path.prefix,
            maxKeys: MAX_KEYS,
            ...(marker === undefined ? {} : { marker }),
            ...(signal === undefined ? {} : { signal }),
        });
    } catch (error) {
        if (signal?.aborted) throw stoppedAtDeadline(path, listed, error);
        throw explained(error, path);
    }
}

/** The OBS error in the user's terms (see the module comment). */
export function explained(error: unknown, path: ObsPath): unknown {
    if (!ObsError.isInstance(error)) return error;
    const where = obsPathText(path);
    if (error.status === 403 && (error.code === "AccessDenied" || error.code === undefined)) {
        return new SourceError(
            `OBS refused to list bucket "${path.bucket}" (${error.code ?? "HTTP 403"}) for ${where}: the credentials ` +
                `the deployment runs with need the obs:bucket:ListBucket permission on bucket "${path.bucket}" (ModelArts ` +
                "reads it through its own agency, which does not list it for you); or turn source tracking off with " +
                "`trackSource: false`",
            error.code,
            error,
        );
    }
    if (error.status === 404 && error.code === "NoSuchBucket") {
        return new SourceError(
            `bucket "${path.bucket}" of ${where} does not exist (OBS NoSuchBucket)`,
            error.code,
            error,
        );
    }
    return new SourceError(`listing ${where} failed: ${error.message}`, error.code, error);
}

function tooMany(path: ObsPath, maxObjects: number, listed: number): SourceError {
    return new SourceError(
        `${obsPathText(path)} holds more than ${maxObjects} objects (stopped after listing ${listed}): raise ` +
            `maxObjects (at most ${MAX_MAX_OBJECTS}), or leave tracking off and name what should re-run the import ` +
            "with `triggers` instead",
    );
}

function stoppedAtDeadline(path: ObsPath, listed: number, cause?: unknown): SourceError {
    return new SourceError(
        `listing ${obsPathText(path)} stopped at the deadline after ${listed} objects: nothing was concluded about the path`,
        undefined,
        cause,
    );
}
