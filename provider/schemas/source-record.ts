/** What a resource that tracks its source records of it: the `source` output (`source/tracking.ts`). */
export interface SourceRecord {
    /** The path listed: `obs://bucket/folder/`, or the manifest's own path. */
    readonly path: string;
    /** Objects under the path, folder markers left out. */
    readonly objectCount: number;
    /** Their sizes added up. */
    readonly totalBytes: number;
    /** The latest `LastModified` among them (ISO 8601), null when the path is empty. */
    readonly newestModified: string | null;
    /** `sha256:` and the hex SHA-256 of the listing (docs/import-task.md, "Tracking the source"). */
    readonly fingerprint: string;
    /**
     * Each object's key relative to the path → `<ETag>/<size>`, while they fit a small budget (so that a preview
     * can count what was added, changed and removed); absent beyond it.
     */
    readonly digests?: Readonly<Record<string, string>>;
}
