/**
 * The emulated OBS: `obs://bucket/key` and `s3://bucket/key` (and the export form `/bucket/key/`,
 * docs/api-notes.md) are files under `<dataDir>/obs/<bucket>/<key>`. Paths with `.`/`..` segments, `//`, backslashes or
 * control characters are refused before any file system call, and every resolved path is checked to stay under
 * the root, so no request can read or write outside it. Symbolic links are not followed.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join, relative, resolve, sep } from "path";

/** A bucket and a key (no leading `/`; a trailing `/` names a directory). */
export interface ObsLocation {
    readonly bucket: string;
    readonly key: string;
}

/** A file found under a directory. */
export interface StoredFile {
    /** Location of the file. */
    readonly location: ObsLocation;
    /** Path below the listed directory, `/`-separated. */
    readonly relativePath: string;
    readonly size: number;
}

// OBS bucket names: 3-63 lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\\u0000-\u001f]/;

/**
 * Parses `obs://bucket/key` or `s3://bucket/key`, and with `allowBare` also `/bucket/key`; undefined when the text
 * is not such a path or would escape its bucket.
 */
export function parseObsPath(text: string, allowBare = false): ObsLocation | undefined {
    const scheme = /^(obs|s3):\/\//.exec(text);
    const rest = scheme ? text.slice(scheme[0].length) : allowBare && text.startsWith("/") ? text.slice(1) : undefined;
    if (rest === undefined || FORBIDDEN.test(rest)) return undefined;
    const [bucket = "", ...segments] = rest.split("/");
    const inner = segments.slice(0, -1);
    if (!BUCKET.test(bucket) || inner.some((s) => s === "" || s === "." || s === "..")) return undefined;
    const last = segments[segments.length - 1];
    if (last === "." || last === "..") return undefined;
    return { bucket, key: segments.join("/") };
}

/** `obs://bucket/key` (or with `s3://`). */
export function obsUrl(location: ObsLocation, scheme: "obs://" | "s3://" = "obs://"): string {
    return `${scheme}${location.bucket}/${location.key}`;
}

/** The location of `name` inside the directory `location`. */
export function childOf(location: ObsLocation, name: string): ObsLocation {
    const base = location.key === "" || location.key.endsWith("/") ? location.key : `${location.key}/`;
    return { bucket: location.bucket, key: base + name };
}

/** Files of the emulated OBS under one root directory. */
export class ObsStorage {
    private readonly root: string;

    constructor(dataDir: string) {
        this.root = resolve(dataDir, "obs");
    }

    /** True when the bucket's directory exists. */
    bucketExists(bucket: string): boolean {
        return this.kindAt(join(this.root, bucket)) === "dir";
    }

    /** What is at `location`. */
    kind(location: ObsLocation): "file" | "dir" | "missing" {
        return this.kindAt(this.filePath(location));
    }

    /** Every regular file below the directory `location`, sorted by path; dot-files and links are skipped. */
    listFiles(location: ObsLocation): StoredFile[] {
        const base = this.filePath(location);
        const found: StoredFile[] = [];
        const walk = (dir: string): void => {
            for (const entry of readdirSync(dir, { withFileTypes: true })) {
                if (entry.name.startsWith(".")) continue;
                const full = join(dir, entry.name);
                if (entry.isDirectory()) walk(full);
                else if (entry.isFile()) {
                    const relativePath = relative(base, full).split(sep).join("/");
                    found.push({ location: childOf(location, relativePath), relativePath, size: lstatSync(full).size });
                }
            }
        };
        walk(base);
        return found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
    }

    /** The file's bytes, or undefined when it is missing or unreadable. */
    read(location: ObsLocation): Buffer | undefined {
        try {
            return this.kind(location) === "file" ? readFileSync(this.filePath(location)) : undefined;
        } catch {
            return undefined;
        }
    }

    /** Writes a file, creating its directories. */
    write(location: ObsLocation, data: Buffer | string): void {
        const file = this.filePath(location);
        mkdirSync(resolve(file, ".."), { recursive: true });
        writeFileSync(file, data);
    }

    /** The file or directory `location` maps to, checked to stay under the root (the OBS routes' own file calls). */
    pathOf(location: ObsLocation): string {
        return this.filePath(location);
    }

    private filePath(location: ObsLocation): string {
        const full = resolve(this.root, location.bucket, ...location.key.split("/").filter((s) => s !== ""));
        if (full !== this.root && !full.startsWith(this.root + sep)) {
            throw new Error(`OBS path escapes the storage root: ${obsUrl(location)}`);
        }
        return full;
    }

    private kindAt(path: string): "file" | "dir" | "missing" {
        try {
            const stat = lstatSync(path);
            return stat.isFile() ? "file" : stat.isDirectory() ? "dir" : "missing";
        } catch {
            return "missing";
        }
    }
}
