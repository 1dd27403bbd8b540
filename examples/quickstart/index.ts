// The README's quickstart: import a folder of images into a ModelArts dataset, found by its name, and export the
// counts. Configure the provider with `pulumi config set modelarts:region …` and credentials (see README.md).
import * as pulumi from "@pulumi/pulumi";
import * as modelarts from "pulumi-modelarts-data";

const config = new pulumi.Config("quickstart");

// A lookup: the dataset's id from its exact name, read under `pulumi preview` too.
const dataset = modelarts.getDatasetOutput({ name: config.get("dataset") ?? "cats-dogs" });

const raw = new modelarts.ImportTask("raw-images", {
    datasetId: dataset.datasetId,
    importPath: config.get("importPath") ?? "obs://my-bucket/raw/cats-dogs/",
    importType: "dir",
});

export const taskId = raw.taskId;
export const status = raw.status;
export const imported = raw.importedSampleCount;
export const annotated = raw.annotatedSampleCount;
