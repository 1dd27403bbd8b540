/**
 * Source tracking: what a resource's OBS source holds now, what the stack keeps of it, and how the two compare.
 *
 * - What is kept (the `source` output): the totals and the fingerprint (`fingerprint.ts`), and, while they fit a
 *   budget, one short digest per object (its ETag and size), so that the next preview can count what was added,
 *   changed and removed. Beyond the budget only the totals are kept, and the comparison says what it knows
 *   (`12345 → 12465 objects`). The state stays small whatever the path holds.
 * - A manifest import follows the manifest object itself: its fingerprint is that of a listing holding it alone.
 */
import type { ListedObject } from "../client/obs/list-objects";
import { MAX_KEYS } from "../client/obs/list-objects";
import { bareEtag, totalsOf } from "./fingerprint";
import type { PageReader } from "./list-path";
import { DEFAULT_MAX_OBJECTS, explained, walkObsPath } from "./list-path";
import { OBS_PATH_RULE, parseObsPath } from "./obs-path";
import { SourceError } from "./source-error";
import { parseDurationMs } from "../schemas/duration";
import type { SourceRecord } from "../schemas/source-record";

/** How much JSON of per-object digests a resource keeps at most (the whole state stays under 16 KiB). */
export const DIGEST_BUDGET_BYTES = 8 * 1024;

/** The `trackSource` input, read: undefined when tracking is off. */
export interface Tracking {
    readonly maxObjects: number;
    readonly settleMs: number;
}

/** `trackSource` as given (`true`, `false`, an options object, or nothing). */
export function trackingOf(value: unknown): Tracking | undefined {
    if (value === undefined || value === false) return undefined;
    const options =
        typeof value === "object" && value !== null ? (value as { maxObjects?: number; settle?: string }) : {};
    return {
        maxObjects: options.maxObjects ?? DEFAULT_MAX_OBJECTS,
        settleMs: options.settle === undefined ? 0 : parseDurationMs(options.settle),
    };
}

/** What the stack records of a source (the `source` output). */
export type RecordedSource = SourceRecord;

/** Where a resource's source is: an OBS folder, or one manifest object. */
export interface SourceLocation {
    readonly path: string;
    readonly manifest: boolean;
}

/** Lists the source and summarizes it as the stack records it. */
export async function observeSource(
    reader: PageReader,
    location: SourceLocation,
    tracking: Tracking,
    signal?: AbortSignal,
): Promise<RecordedSource> {
    if (location.manifest) return observeManifest(reader, location.path, signal);
    const digests = new DigestKeeper(parseObsPath(location.path)?.prefix ?? "");
    const summary = await walkObsPath(
        reader,
        { path: location.path, maxObjects: tracking.maxObjects, ...(signal ? { signal } : {}) },
        (object) => {
            digests.add(object);
        },
    );
    return { ...summary, ...digests.kept() };
}

async function observeManifest(reader: PageReader, path: string, signal?: AbortSignal): Promise<RecordedSource> {
    const parsed = parseObsPath(path);
    const key = /^obs:\/\/[^/]+\/(.+[^/])$/s.exec(path)?.[1];
    if (key === undefined || parsed === undefined) {
        throw new SourceError(`${JSON.stringify(path.slice(0, 200))} is not a manifest file in ${OBS_PATH_RULE}`);
    }
    const folder = key.slice(0, key.lastIndexOf("/") + 1);
    let found: ListedObject | undefined;
    try {
        const page = await reader.listPage({
            bucket: parsed.bucket,
            prefix: key,
            maxKeys: MAX_KEYS,
            ...(signal ? { signal } : {}),
        });
        found = page.objects.find((o) => o.key === key);
    } catch (error) {
        throw explained(error, { bucket: parsed.bucket, prefix: folder });
    }
    if (found === undefined) throw new SourceError(`the manifest ${path} does not exist in OBS`);
    const digests = new DigestKeeper(folder);
    digests.add(found);
    return { path, ...totalsOf(folder, [found]), ...digests.kept() };
}

/** Collects per-object digests while they fit {@link DIGEST_BUDGET_BYTES}. */
class DigestKeeper {
    private digests: Record<string, string> | undefined = {};
    private bytes = 2;

    constructor(private readonly prefix: string) {}

    add(object: ListedObject): void {
        if (this.digests === undefined) return;
        const key = object.key.slice(this.prefix.length);
        const digest = `${bareEtag(object.etag)}/${object.size}`;
        this.bytes += JSON.stringify(key).length + JSON.stringify(digest).length + 2;
        if (this.bytes > DIGEST_BUDGET_BYTES) this.digests = undefined;
        else this.digests[key] = digest;
    }

    kept(): { digests?: Record<string, string> } {
        return this.digests === undefined ? {} : { digests: this.digests };
    }
}

/** How the source changed since `previous`, in one line for the preview; undefined when it did not. */
export function sourceChange(previous: RecordedSource | undefined, current: RecordedSource): string | undefined {
    const totals = `(${current.objectCount} objects, ${bytesText(current.totalBytes)})`;
    if (previous === undefined) return `${current.path}: ${totals.slice(1, -1)}, first listing recorded`;
    if (previous.fingerprint === current.fingerprint) return undefined;
    if (previous.digests !== undefined && current.digests !== undefined) {
        const [before, after] = [previous.digests, current.digests];
        const added = Object.keys(after).filter((k) => !(k in before)).length;
        const removed = Object.keys(before).filter((k) => !(k in after)).length;
        const changed = Object.keys(after).filter((k) => k in before && before[k] !== after[k]).length;
        return `${current.path}: +${added} new, ${changed} changed, ${removed} removed since the last import ${totals}`;
    }
    return (
        `${current.path}: changed since the last import: ${previous.objectCount} → ${current.objectCount} objects, ` +
        `${bytesText(previous.totalBytes)} → ${bytesText(current.totalBytes)} (too many objects to count them one by one)`
    );
}

/** Bytes in the unit a reader expects (`4.2 GB`). */
export function bytesText(bytes: number): string {
    const units = ["B", "kB", "MB", "GB", "TB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
