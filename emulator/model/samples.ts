/**
 * Which files are samples and which samples are labelled, for a directory import; and how a manifest is read.
 *
 * Sample files by dataset type (`dataset_type` of the create-dataset call):
 * - 0 image classification, 1 object detection, 3 image segmentation: `.jpg .jpeg .png .bmp`
 * - 100, 101, 102 text: `.txt` (except `*_result.txt`, which are label files)
 * - 200, 201, 202 audio: `.wav`;  400 table: `.csv`;  600 video: `.mp4`;  900 free format: any file
 *
 * A sample is labelled ("Creating an Import Task", `label_format`, and the console's import rules) when
 * - its first folder below the import path names the label, for the classification types 0, 100 and 200
 *   (`raw/cat/1.png` → `cat`), or
 * - a label file sits next to it: `1.txt` (image classification: one label per line or comma-separated),
 *   `1.xml` (detection, segmentation: every `<name>` of a VOC file), `1_result.txt` (text).
 */
import { createHash } from "crypto";
import { isObject } from "./fields";
import { ObsLocation, ObsStorage, StoredFile, obsUrl, parseObsPath } from "./storage";
import { SampleRecord } from "./state";

const EXTENSIONS: ReadonlyArray<[readonly number[], readonly string[] | "any"]> = [
    [
        [0, 1, 3],
        [".jpg", ".jpeg", ".png", ".bmp"],
    ],
    [[100, 101, 102], [".txt"]],
    [[200, 201, 202], [".wav"]],
    [[400], [".csv"]],
    [[600], [".mp4"]],
    [[900], "any"],
];

/** The dataset types the emulator knows (create-dataset `dataset_type`). */
export const DATASET_TYPES: readonly number[] = EXTENSIONS.flatMap(([types]) => types);

/**
 * `sample_state` ("Creating a Dataset Export Task", "Obtaining Dataset Statistics"); "" means any. Written from the
 * pages, not taken from the provider's schema: the emulator checks what the provider sends against the API.
 */
export const SAMPLE_STATES = [
    "",
    "__ALL__",
    "__NONE__",
    "__UNCHECK__",
    "__ACCEPTED__",
    "__REJECTED__",
    "__UNREVIEWED__",
    "__REVIEWED__",
    "__WORKFORCE_SAMPLED__",
    "__WORKFORCE_SAMPLED_UNCHECK__",
    "__WORKFORCE_SAMPLED_CHECKED__",
    "__WORKFORCE_SAMPLED_ACCEPTED__",
    "__WORKFORCE_SAMPLED_REJECTED__",
    "__AUTO_ANNOTATION__",
];

const CLASSIFICATION_TYPES = [0, 100, 200];
const TEXT_TYPES = [100, 101, 102];

/** The sample id of an OBS path: MD5 of the path, as the version results page describes. */
export function sampleId(source: string): string {
    return createHash("md5").update(source).digest("hex");
}

/** A sample record for the file at `location`. */
export function sampleAt(location: ObsLocation, labels: readonly string[], hard = false): SampleRecord {
    const source = obsUrl(location);
    return { id: sampleId(source), source, labels: [...new Set(labels)], hard };
}

/** True when `relativePath` is a sample file for the dataset type. */
export function isSampleFile(relativePath: string, datasetType: number): boolean {
    const name = relativePath.toLowerCase();
    const allowed = EXTENSIONS.find(([types]) => types.includes(datasetType))?.[1] ?? [];
    if (allowed === "any") return true;
    if (TEXT_TYPES.includes(datasetType) && name.endsWith("_result.txt")) return false;
    return allowed.some((extension) => name.endsWith(extension));
}

/** The samples of a directory, labelled by the rules above. */
export function scanDirectory(storage: ObsStorage, files: readonly StoredFile[], datasetType: number): SampleRecord[] {
    const byPath = new Map(files.map((file) => [file.relativePath, file]));
    return files
        .filter((file) => isSampleFile(file.relativePath, datasetType))
        .map((file) => {
            const folders = file.relativePath.split("/").slice(0, -1);
            const folderLabel = CLASSIFICATION_TYPES.includes(datasetType) ? folders.slice(0, 1) : [];
            const labelFile = byPath.get(labelFilePath(file.relativePath, datasetType));
            const fileLabels = labelFile ? parseLabelFile(storage.read(labelFile.location), datasetType) : [];
            return sampleAt(file.location, [...folderLabel, ...fileLabels]);
        });
}

function labelFilePath(relativePath: string, datasetType: number): string {
    const base = relativePath.replace(/\.[^./]*$/, "");
    if (TEXT_TYPES.includes(datasetType)) return `${base}_result.txt`;
    return datasetType === 0 ? `${base}.txt` : `${base}.xml`;
}

function parseLabelFile(content: Buffer | undefined, datasetType: number): string[] {
    const text = content?.toString("utf8") ?? "";
    if (datasetType === 1 || datasetType === 3) {
        return [...text.matchAll(/<name>\s*([^<]+?)\s*<\/name>/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
    }
    return text
        .split(/[\n,]/)
        .map((label) => label.trim())
        .filter((label) => label !== "");
}

/** What a manifest holds: lines with a `source`, and the samples among them whose file exists. */
export interface ManifestContent {
    readonly sourceCount: number;
    readonly samples: SampleRecord[];
}

/**
 * Reads a ModelArts manifest: JSON lines, each with `source` (an `obs://` or `s3://` path) and optional
 * `annotation` (an array of objects with `name`) and `hard`. Lines that are not JSON or have no `source` are
 * skipped; a line whose file does not exist counts as a source but not as a sample.
 */
export function readManifest(storage: ObsStorage, content: string): ManifestContent {
    let sourceCount = 0;
    const samples: SampleRecord[] = [];
    for (const line of content.split(/\r?\n/)) {
        const entry = parseLine(line);
        if (entry === undefined || typeof entry.source !== "string") continue;
        sourceCount++;
        const location = parseObsPath(entry.source);
        if (location === undefined || storage.kind(location) !== "file") continue;
        const annotations = Array.isArray(entry.annotation) ? entry.annotation : [];
        const labels = annotations.flatMap((a) => (typeof a?.name === "string" ? [a.name] : []));
        samples.push(sampleAt(location, labels, entry.hard === true || entry.hard === "true"));
    }
    return { sourceCount, samples };
}

interface ManifestLine {
    source?: unknown;
    annotation?: Array<{ name?: unknown } | null>;
    hard?: unknown;
}

function parseLine(line: string): ManifestLine | undefined {
    if (line.trim() === "") return undefined;
    try {
        const value: unknown = JSON.parse(line);
        return isObject(value) ? value : undefined;
    } catch {
        return undefined;
    }
}
