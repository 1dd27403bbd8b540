// A whole data-preparation pipeline in one stack, from an empty project:
// dataset → import → validate → publish a version → export that version to OBS.
// Each step takes the previous one's outputs: it starts when that one has finished, and a new run of that one
// (a new `taskId` in its `triggers`, a new `versionId`) replaces it, so a change goes down the whole chain.
import * as pulumi from "@pulumi/pulumi";
import * as modelarts from "pulumi-modelarts-data";

const config = new pulumi.Config("pipeline");
const bucket = config.get("bucket") ?? "my-bucket";

// The dataset starts from the cat pictures; the import below adds the rest of the folder.
const dataset = new modelarts.Dataset("animals", {
    datasetName: config.get("datasetName") ?? "animals",
    datasetType: 0,
    description: "cats, dogs and birds",
    dataSources: [{ dataType: 0, dataPath: `/${bucket}/raw/cats-dogs/cat/` }],
    workPath: `/${bucket}/datasets/`,
    labels: ["cat", "dog", "bird"].map((name) => ({ name, type: 0 as const })),
});
const datasetId = dataset.datasetId;

// `trackSource`: each preview lists the folder, and when files landed, changed or went since the last import, the
// import runs again (and with it the chain below). Set `pipeline:batch` to a new value to import again regardless.
const raw = new modelarts.ImportTask("raw", {
    datasetId,
    importPath: `obs://${bucket}/raw/cats-dogs/`,
    importType: "dir",
    trackSource: true,
    triggers: config.get("batch"),
});

const validated = new modelarts.ProcessorTask("validate", {
    name: "validate-raw",
    description: pulumi.interpolate`checks the ${raw.importedSampleCount} samples of import ${raw.taskId}`,
    inputs: [{ type: "DATASET", source: datasetId }],
    workPath: { type: "DATASET", path: datasetId, versionName: "V001" },
    createVersion: true,
    template: {
        id: "sys_data_validation",
        operatorParams: [{ name: "MetaValidation", params: { task_type: "image_classification" } }],
    },
    triggers: [raw.taskId],
});

// No `versionName`: the service numbers the versions (V001, V002, …), so a replacement publishes a new version beside
// the old one instead of deleting the old one to reuse its name. `retainOnDelete` then leaves the old version in
// ModelArts, out of the stack: earlier releases stay readable (`releases` below lists them).
const release = new modelarts.DatasetVersion(
    "release",
    { datasetId, description: "validated", trainEvaluateSampleRatio: "0.8", triggers: [validated.taskId] },
    { retainOnDelete: true },
);

const exported = new modelarts.ExportTask("to-obs", {
    datasetId,
    versionId: release.versionId,
    path: `/${bucket}/export/`,
    exportParams: { exportDest: "DIR" },
});

// The dataset as ModelArts reports it once the pipeline has run: a lookup, read after the export (the Dataset's own
// outputs are those of its creation, before the import added to it).
const finished = modelarts.getDatasetOutput({ datasetId }, { dependsOn: exported });
// Every version of the dataset, the releases that a new import run replaced included.
const versions = modelarts.getDatasetVersionsOutput({ datasetId }, { dependsOn: exported }).versions;

export const datasetStatus = dataset.statusName;
export const datasetSamples = finished.totalSampleCount;
export const importStatus = raw.status;
export const importedSamples = raw.importedSampleCount;
export const validationStatus = validated.statusName;
export const versionName = release.versionName;
export const versionStatus = release.statusName;
export const versionSamples = release.totalSampleCount;
export const releases = versions.apply((list) => list.map((v) => v.versionName));
export const exportStatus = exported.status;
export const exportedSamples = exported.finishedSampleCount;
