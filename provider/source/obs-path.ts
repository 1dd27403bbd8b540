/**
 * An `obs://bucket/prefix/` path as a listing reads it: the bucket, and the key prefix of everything under the path.
 * A path names a folder (an import path does: "Creating a Dataset Import Task"), so a prefix without its final `/`
 * gets one: `obs://b/cats` lists `cats/…`, never `cats2/…`. `obs://b/` (or `obs://b`) is the whole bucket.
 */

/** A bucket and a key prefix ("" or ending in `/`). */
export interface ObsPath {
    readonly bucket: string;
    readonly prefix: string;
}

// OBS bucket names ("Listing Objects in a Bucket", `Name`): 3-63 lowercase letters, digits, `-` and `.`.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The rule a path follows, in words, for messages. */
export const OBS_PATH_RULE = "an obs://bucket/folder/ path (a bucket of 3-63 lowercase letters, digits, '-' and '.')";

/** Parses `obs://bucket[/prefix]`; undefined when `text` is not such a path. */
export function parseObsPath(text: string): ObsPath | undefined {
    const match = /^obs:\/\/([^/]+)(?:\/(.*))?$/s.exec(text);
    const bucket = match?.[1];
    if (bucket === undefined || !BUCKET.test(bucket)) return undefined;
    const rest = match?.[2] ?? "";
    return { bucket, prefix: rest === "" || rest.endsWith("/") ? rest : `${rest}/` };
}

/** `obs://bucket/prefix`, as messages and results name the path. */
export function obsPathText(path: ObsPath): string {
    return `obs://${path.bucket}/${path.prefix}`;
}
