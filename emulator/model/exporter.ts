/**
 * What an export task does when it completes ("Querying the Dataset Export Task List", `export_format`):
 * - tile layout (`export_format` 2, the default): `<path>/<file>` and, for a labelled sample, `<path>/<name>.txt`
 *   with one label per line (the docs' "1.jpg, 1.txt");
 * - tree layout (1): `<path>/<first label>/<file>`, unlabelled samples at `<path>/<file>` (the docs'
 *   "rabbits/1.jpg, bees/2.jpg");
 * - always a manifest `<path>/<task_id>.manifest`: one JSON line per exported file with `source` (prefixed by
 *   `source_type_header`, `obs://` by default), `usage` and `annotation`.
 * Two samples with the same file name get the second one's sample id prefixed. Samples whose file has gone are
 * skipped (`finished_sample_count` counts the files written). `NEW_DATASET` exports also create a dataset of the
 * written files, named `export_new_dataset_name`.
 */
import { sampleAt } from "./samples";
import { ExportTaskRecord, SampleRecord } from "./state";
import { ObsLocation, ObsStorage, childOf, obsUrl, parseObsPath } from "./storage";

/** The samples as written: their new locations, with their labels. */
export function writeExport(
    storage: ObsStorage,
    task: ExportTaskRecord,
    samples: readonly SampleRecord[],
    datasetType: number,
): SampleRecord[] {
    const target = parseObsPath(task.path, true) as ObsLocation;
    const tree = task.echo.export_format === 1;
    const header = task.echo.source_type_header === "s3://" ? "s3://" : "obs://";
    const usedNames = new Set<string>();
    const written: SampleRecord[] = [];
    const manifest: string[] = [];
    for (const sample of samples.filter((s) => task.sampleIds.includes(s.id))) {
        const source = parseObsPath(sample.source);
        const bytes = source && storage.read(source);
        if (bytes === undefined) continue;
        const name = uniqueName(sample, usedNames);
        const folder = tree && sample.labels.length > 0 ? `${sample.labels[0]}/` : "";
        const location = childOf(target, folder + name);
        storage.write(location, bytes);
        if (!tree && sample.labels.length > 0) {
            storage.write(childOf(target, name.replace(/\.[^.]*$/, "") + ".txt"), sample.labels.join("\n") + "\n");
        }
        written.push(sampleAt(location, sample.labels, sample.hard));
        manifest.push(JSON.stringify(manifestLine(obsUrl(location, header), sample.labels, datasetType)));
    }
    storage.write(childOf(target, `${task.id}.manifest`), manifest.map((line) => line + "\n").join(""));
    return written;
}

function uniqueName(sample: SampleRecord, used: Set<string>): string {
    const base = sample.source.slice(sample.source.lastIndexOf("/") + 1);
    const name = used.has(base) ? `${sample.id.slice(0, 8)}-${base}` : base;
    used.add(name);
    return name;
}

const ANNOTATION_TYPES: Readonly<Record<number, string>> = {
    0: "modelarts/image_classification",
    1: "modelarts/object_detection",
    3: "modelarts/image_segmentation",
    100: "modelarts/text_classification",
    200: "modelarts/audio_classification",
};

/** One manifest line: `source`, `usage` and the labels as `annotation` objects. */
export function manifestLine(source: string, labels: readonly string[], datasetType: number, usage = "TRAIN") {
    const type = ANNOTATION_TYPES[datasetType];
    return {
        source,
        usage,
        annotation: labels.map((name) => ({ name, ...(type ? { type } : {}), "annotated-by": "human" })),
    };
}
