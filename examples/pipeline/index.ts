// A whole data-preparation pipeline in one stack: import → validate → export.
// Each step starts when the previous one has finished (`dependsOn`), and its outputs feed the next.
// The dataset is looked up by its name (`getDatasetOutput`): no id pasted from the console.
import * as pulumi from "@pulumi/pulumi";
import * as modelarts from "pulumi-modelarts-data";

const config = new pulumi.Config("pipeline");
const datasetId = modelarts.getDatasetOutput({ name: config.get("dataset") ?? "cats-dogs" }).datasetId;
const bucket = config.get("bucket") ?? "my-bucket";

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

const exported = new modelarts.ExportTask(
    "to-obs",
    {
        datasetId,
        path: `/${bucket}/export/`,
        exportType: 3,
        exportParams: { exportDest: "DIR", sampleState: "" },
    },
    { dependsOn: validated },
);

export const importStatus = raw.status;
export const importedSamples = raw.importedSampleCount;
export const validationStatus = validated.statusName;
export const exportStatus = exported.status;
export const exportedSamples = exported.finishedSampleCount;
