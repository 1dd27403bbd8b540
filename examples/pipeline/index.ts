// A whole data-preparation pipeline in one stack, from an empty project:
// dataset → import → validate → publish a version → export that version to OBS.
// Each step starts when the previous one has finished (`dependsOn`), and its outputs feed the next.
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

const raw = new modelarts.ImportTask("raw", {
    datasetId,
    importPath: `obs://${bucket}/raw/cats-dogs/`,
    importType: "dir",
});

const validated = new modelarts.ProcessorTask(
    "validate",
    {
        name: "validate-raw",
        description: pulumi.interpolate`checks the ${raw.importedSampleCount} samples of import ${raw.taskId}`,
        inputs: [{ type: "DATASET", source: datasetId }],
        workPath: { type: "DATASET", path: datasetId, versionName: "V001" },
        createVersion: true,
        template: {
            id: "sys_data_validation",
            operatorParams: [{ name: "MetaValidation", params: { task_type: "image_classification" } }],
        },
    },
    { dependsOn: raw },
);

const release = new modelarts.DatasetVersion(
    "release",
    { datasetId, versionName: "release-1", description: "validated", trainEvaluateSampleRatio: "0.8" },
    { dependsOn: validated },
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

export const datasetStatus = dataset.statusName;
export const datasetSamples = finished.totalSampleCount;
export const importStatus = raw.status;
export const importedSamples = raw.importedSampleCount;
export const validationStatus = validated.statusName;
export const versionStatus = release.statusName;
export const versionSamples = release.totalSampleCount;
export const exportStatus = exported.status;
export const exportedSamples = exported.finishedSampleCount;
