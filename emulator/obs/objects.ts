/**
 * One object's operations ("Uploading an Object (PUT)", "Downloading an Object"), and creating a bucket:
 *
 * - `PUT /{key}` stores the body; its ETag is the quoted MD5 of the content. A key ending in `/` with an empty body
 *   is a folder marker. `PUT` on the bucket itself creates it (its directory).
 * - `GET` answers the content with `ETag`, `Last-Modified` and `Content-Length`; `HEAD` the same without the body;
 *   404 NoSuchKey for a key that holds nothing.
 * - `DELETE` answers 204 whether the key held something or not, as OBS does.
 *
 * Keys are mapped to files by the emulator's storage (`model/storage.ts`), which refuses any that would leave the
 * bucket's directory or cannot be a file (`..`, `//`, control characters): those get 400 InvalidArgument.
 */
import { createHash } from "crypto";
import { lstatSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { ObsStorage, parseObsPath } from "../model/storage";
import { FOLDER_MARKER } from "./bucket-index";
import { ObsApiError } from "./obs-errors";

/** An answer of the OBS routes. */
export interface ObsAnswer {
    readonly status: number;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: Buffer | string;
}

/** Creates the bucket (its directory); 200 also when it exists. */
export function createBucket(storage: ObsStorage, bucket: string): ObsAnswer {
    if (parseObsPath(`obs://${bucket}/`) === undefined) throw new ObsApiError("InvalidBucketName");
    mkdirSync(storage.pathOf({ bucket, key: "" }), { recursive: true });
    return { status: 200 };
}

/** Stores `body` under `key`. */
export function putObject(storage: ObsStorage, bucket: string, key: string, body: Buffer): ObsAnswer {
    const file = fileOf(storage, bucket, key);
    const isMarker = key.endsWith("/");
    if (isMarker && body.length > 0) throw new ObsApiError("InvalidArgument", "A key ending in / holds no content.");
    const target = isMarker ? join(file, FOLDER_MARKER) : file;
    try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, body);
    } catch {
        throw new ObsApiError("InvalidArgument", "The key conflicts with another key's folders.");
    }
    return { status: 200, headers: { ETag: `"${md5(body)}"` } };
}

/** The object's content (`withBody` false: its headers only, for HEAD). */
export function getObject(storage: ObsStorage, bucket: string, key: string, withBody: boolean): ObsAnswer {
    const file = fileOf(storage, bucket, key);
    const path = key.endsWith("/") ? join(file, FOLDER_MARKER) : file;
    let content: Buffer;
    let modified: Date;
    try {
        if (!lstatSync(path).isFile()) throw new Error("not a file");
        content = readFileSync(path);
        modified = statSync(path).mtime;
    } catch {
        throw new ObsApiError("NoSuchKey");
    }
    const headers = {
        ETag: `"${md5(content)}"`,
        "Last-Modified": modified.toUTCString(),
        "Content-Type": "application/octet-stream",
        "Content-Length": String(content.length),
    };
    return { status: 200, headers, ...(withBody ? { body: content } : {}) };
}

/** Removes the object; 204 either way. */
export function deleteObject(storage: ObsStorage, bucket: string, key: string): ObsAnswer {
    const file = fileOf(storage, bucket, key);
    const path = key.endsWith("/") ? join(file, FOLDER_MARKER) : file;
    if (isFile(path)) rmSync(path);
    return { status: 204 };
}

function fileOf(storage: ObsStorage, bucket: string, key: string): string {
    const location = parseObsPath(`obs://${bucket}/${key}`);
    const last = key.replace(/\/$/, "").split("/").pop();
    if (location === undefined || key === "" || last === FOLDER_MARKER) {
        throw new ObsApiError("InvalidArgument", "The emulator cannot store this key.");
    }
    return storage.pathOf(location);
}

function isFile(path: string): boolean {
    try {
        return lstatSync(path).isFile();
    } catch {
        return false;
    }
}

function md5(content: Buffer): string {
    return createHash("md5").update(content).digest("hex");
}
