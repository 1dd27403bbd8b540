/**
 * The sorted keys of one bucket, for listings. OBS lists keys in the order of their UTF-8 bytes ("Listing Objects in
 * a Bucket"), which a directory walk does not give (`a-b` sorts before `a/b` by bytes, after it by folders), so the
 * keys are sorted once and kept; the index is rebuilt when any directory of the bucket changed (its mtime), which is
 * also the case when a test or a benchmark writes files straight into the data directory.
 *
 * A folder marker (key ending in `/`, written by a PUT of such a key) is a directory holding {@link FOLDER_MARKER};
 * other directories are not objects: OBS has no folders, only keys with `/` ("Uploading an Object (PUT)").
 */
import { readdirSync, statSync } from "fs";
import { join } from "path";

/** The file that makes its directory a folder-marker object (hidden from imports: dot-files are skipped there). */
export const FOLDER_MARKER = ".obs-folder-marker";

/** One key of the index, with its bytes for comparisons and the file it is read from. */
export interface IndexedKey {
    readonly key: string;
    readonly bytes: Buffer;
    readonly file: string;
}

/** The keys of one bucket directory, sorted by bytes, rebuilt when a directory changed. */
export class BucketIndex {
    private keys: IndexedKey[] = [];
    private directories = new Map<string, number>();

    constructor(private readonly root: string) {}

    /** The sorted keys, fresh. */
    sorted(): readonly IndexedKey[] {
        if (this.directories.size === 0 || this.changed()) this.rebuild();
        return this.keys;
    }

    /** The index of the first key that is ≥ `bytes` (binary search). */
    lowerBound(bytes: Buffer): number {
        const keys = this.sorted();
        let [low, high] = [0, keys.length];
        while (low < high) {
            const middle = (low + high) >>> 1;
            const key = keys[middle];
            if (key !== undefined && Buffer.compare(key.bytes, bytes) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private changed(): boolean {
        for (const [dir, mtimeMs] of this.directories) {
            try {
                if (statSync(dir).mtimeMs !== mtimeMs) return true;
            } catch {
                return true;
            }
        }
        return false;
    }

    private rebuild(): void {
        const keys: IndexedKey[] = [];
        const directories = new Map<string, number>();
        const walk = (dir: string, prefix: string): void => {
            directories.set(dir, statSync(dir).mtimeMs);
            for (const entry of readdirSync(dir, { withFileTypes: true })) {
                const full = join(dir, entry.name);
                if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`);
                else if (entry.isFile() && entry.name === FOLDER_MARKER) keys.push(indexed(prefix, full));
                else if (entry.isFile()) keys.push(indexed(prefix + entry.name, full));
            }
        };
        walk(this.root, "");
        this.keys = keys.filter((k) => k.key !== "").sort((a, b) => Buffer.compare(a.bytes, b.bytes));
        this.directories = directories;
    }
}

function indexed(key: string, file: string): IndexedKey {
    return { key, bytes: Buffer.from(key, "utf8"), file };
}
