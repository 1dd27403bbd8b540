/**
 * What the end of a dataset's run does: a new dataset takes the samples of its data source; a published version
 * becomes the dataset's current version and writes its manifest to `<inner_annotation_path><name>/<name>.manifest`
 * ("Querying Details About a Dataset Version", `manifest_path`): one JSON line per sample with `source`, `usage`
 * (the first `train_evaluate_sample_ratio` of the samples TRAIN, the rest EVAL) and `annotation`, as an export's.
 */
import { Backend, mergeSamples } from "./backend";
import { versionPaths } from "./dataset-views";
import { manifestLine } from "./exporter";
import { DatasetRecord, DatasetVersionRecord } from "./state";
import { parseObsPath } from "./storage";

/** A new dataset's samples join it. */
export function finishDataset(dataset: DatasetRecord, now: number): void {
    dataset.samples = mergeSamples(dataset.samples, dataset.scan ?? []);
    dataset.updateTime = now;
}

/** The version becomes current and its manifest is written (a dataset without a work path has none). */
export function publishVersion(backend: Backend, version: DatasetVersionRecord): void {
    const dataset = backend.store.state.datasets.find((d) => d.id === version.datasetId);
    if (dataset === undefined) return;
    dataset.currentVersionId = version.id;
    const manifestPath = versionPaths(dataset, version.name).manifest_path;
    const location = manifestPath === undefined ? undefined : parseObsPath(manifestPath, true);
    if (location === undefined) return;
    const training = Math.round(version.samples.length * Number(version.echo.train_evaluate_sample_ratio));
    const lines = version.samples.map((sample, i) => {
        const usage = i < training ? "TRAIN" : "EVAL";
        return `${JSON.stringify(manifestLine(sample.source, sample.labels, dataset.type, usage))}\n`;
    });
    backend.storage.write(location, lines.join(""));
}
