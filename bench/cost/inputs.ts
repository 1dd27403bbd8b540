/**
 * Inputs the cost benchmark sends to `check`: a small valid one per resource kind (what most resources look
 * like: start-up is about loading code, not about the input) and a large valid ImportTask and ProcessorTask
 * (the check-latency figure: hundreds of labels, a hundred operators with big parameter maps). The large ones
 * grow the fixture that sets every field (`testkit/all-fields.ts`), so every field is validated.
 */
import type { ExportTaskArgs, ImportTaskArgs, ProcessorTaskArgs } from "../../provider";
import type { ImportTaskInputs, Label } from "../../provider/import-task/inputs";
import type { ProcessorTaskInputs } from "../../provider/processor-task/inputs";
import { allImportFields, allProcessorFields } from "../../testkit/all-fields";

const DATASET_ID = "gfghHSokody6AJigS5A";

/** One small valid input per kind, as in the README's examples (typed as the resources' arguments). */
export const smallInputs: { ImportTask: ImportTaskArgs; ExportTask: ExportTaskArgs; ProcessorTask: ProcessorTaskArgs } =
    {
        ImportTask: { datasetId: DATASET_ID, importPath: "obs://my-bucket/raw/cats-dogs/", importType: "dir" },
        ExportTask: {
            datasetId: DATASET_ID,
            path: "/my-bucket/export/",
            exportType: 3,
            exportParams: { exportDest: "DIR", sampleState: "" },
        },
        ProcessorTask: {
            name: "validate-raw",
            inputs: [{ type: "DATASET", source: DATASET_ID }],
            template: {
                id: "sys_data_validation",
                operatorParams: [{ name: "MetaValidation", params: { task_type: "image_classification" } }],
            },
        },
    };

/** How big the large inputs are. */
export interface LargeInputSize {
    /** ImportTask `includedLabels` (a tenth as many `excludedLabels`); at most 1000. */
    readonly labels: number;
    /** ProcessorTask `template.operatorParams` (at most 100), each with `paramsPerOperator` parameters. */
    readonly operators: number;
    readonly paramsPerOperator: number;
}

export const DEFAULT_LARGE_INPUT: LargeInputSize = { labels: 300, operators: 100, paramsPerOperator: 20 };

/** A label as a detection project declares it: colour, shape, shortcut; one in ten also has two attributes. */
function label(index: number): Label {
    const values = Array.from({ length: 5 }, (_, v) => ({
        id: `v${index}_${v}`,
        value: `value ${v} of label ${index}`,
    }));
    return {
        name: `label-${index}`,
        type: 1,
        property: {
            "@modelarts:color": `#${(index * 2_654_435).toString(16).padStart(6, "0").slice(-6)}`,
            "@modelarts:default_shape": "bndbox",
            "@modelarts:shortcut": String.fromCharCode(65 + (index % 26)),
        },
        ...(index % 10 === 0
            ? {
                  attributes: [
                      { id: `a${index}`, name: "style", type: "select", defaultValue: values[0]!.value, values },
                      { id: `b${index}`, name: "note", type: "text", defaultValue: "" },
                  ],
              }
            : {}),
    };
}

/** Every ImportTask field set: `size.labels` included labels, a tenth as many excluded, a third as many column maps. */
export function largeImportInputs(size: LargeInputSize): ImportTaskInputs {
    const labels = Array.from({ length: size.labels }, (_, index) => label(index));
    const { args } = allImportFields;
    return {
        ...args,
        includedLabels: labels,
        excludedLabels: labels.slice(0, Math.ceil(size.labels / 10)).map((l) => ({ ...l, name: `not-${l.name}` })),
        dataSource: {
            ...args.dataSource,
            schemaMaps: Array.from({ length: Math.ceil(size.labels / 3) }, (_, i) => ({
                srcName: `column_${i}`,
                destName: `field_${i}`,
            })),
        },
    };
}

/** Every ProcessorTask field set, with `size.operators` operators of `size.paramsPerOperator` parameters each. */
export function largeProcessorInputs(size: LargeInputSize): ProcessorTaskInputs {
    const { args } = allProcessorFields;
    const operatorParams = Array.from({ length: size.operators }, (_, op) => ({
        id: `op${op}`,
        name: `Operator${op}`,
        advancedParamsSwitch: op % 2 === 0,
        params: Object.fromEntries(
            Array.from({ length: size.paramsPerOperator }, (_, p) => [
                `param_${p}`,
                p % 3 === 0 ? p / 10 : p % 3 === 1 ? `value-${op}-${p}` : { enabled: true, weights: [p, op] },
            ]),
        ),
    }));
    return { ...args, template: { ...args.template, operatorParams } };
}

/** The kinds whose check latency is measured, each with its large input. */
export function largeInputs(size: LargeInputSize): Record<"ImportTask" | "ProcessorTask", Record<string, unknown>> {
    return {
        ImportTask: largeImportInputs(size),
        ProcessorTask: largeProcessorInputs(size),
    };
}

/**
 * A complete provider configuration, as a configured stack has: `check` resolves it (no request is ever sent; the
 * endpoint is a loopback port nothing listens on), so the measured Check is the one a real `pulumi preview` makes.
 */
export const BENCH_CONFIG: Readonly<Record<string, string>> = {
    "modelarts:endpoint": "http://127.0.0.1:9",
    "modelarts:projectId": "0e5d2cfa1c4a4a5e9b3f6d7c8a9b0c1d",
    "modelarts:accessKey": "BENCHACCESSKEY",
    "modelarts:secretKey": "bench-secret-key",
};
