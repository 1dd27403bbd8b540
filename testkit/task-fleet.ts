/**
 * Many task resources in one stack, each with its own target, so that none waits on another (imports into one
 * dataset run one at a time: ModelArts.4356). Used by the reliability tests and the fan-out and soak benchmarks.
 *
 * Task `i` of a fleet: an ImportTask of `obs://fleet/raw-i/` (two PNGs) into dataset `fleet-i`; an ExportTask of
 * dataset `fleet-i` to `/fleet/export-i/`; a ProcessorTask `analyse-i` (sys_data_analyse) over dataset `fleet-i`.
 */
import type { EmulatorOptions, PresetDataset } from "../emulator/server";
import { pngImage } from "../emulator/sample-images";
import { TASK_KINDS as KINDS, type TaskResourceKind } from "../provider/kinds";
import { type EmulatedStack, modelarts, startEmulatedStack } from "./emulated-stack";

export type TaskKindName = TaskResourceKind;
export const TASK_KINDS: readonly TaskKindName[] = KINDS;

/** One resource of a fleet program. */
export interface FleetTask {
    readonly kind: TaskKindName;
    /** Resource name, unique in the stack. */
    readonly name: string;
    readonly args: Record<string, unknown>;
}

const BUCKET = "fleet";
const IMAGE = pngImage(2, 2, (x, y) => [x * 200, y * 200, 90]);

/** The datasets a fleet of `size` tasks needs, to pass as the emulator's `datasets`. */
export function fleetDatasets(size: number): PresetDataset[] {
    return Array.from({ length: size }, (_, i) => ({ id: datasetOf(i), name: `fleet-dataset-${i}` }));
}

/** The files the imports of a fleet read, as `putObject(bucket, key, content)` calls. */
export function fleetObjects(size: number): Array<[string, string, Buffer]> {
    return Array.from({ length: size }, (_, i) =>
        [0, 1].map((n): [string, string, Buffer] => [BUCKET, `raw-${i}/cat/${n}.png`, IMAGE]),
    ).flat();
}

/** Task `i` of a fleet of `kind`; `extra` args (e.g. `timeout`) are added to each. */
export function fleetTask(kind: TaskKindName, i: number, extra: Record<string, unknown> = {}): FleetTask {
    const datasetId = datasetOf(i);
    switch (kind) {
        case "ImportTask":
            return {
                kind,
                name: `import-${i}`,
                args: { datasetId, importPath: `obs://${BUCKET}/raw-${i}/`, importType: "dir", ...extra },
            };
        case "ExportTask":
            return {
                kind,
                name: `export-${i}`,
                args: { datasetId, path: `/${BUCKET}/export-${i}/`, exportType: 2, ...extra },
            };
        case "ProcessorTask":
            return {
                kind,
                name: `processor-${i}`,
                args: {
                    name: `analyse-${i}`,
                    dataSource: { type: "DATASET", source: datasetId },
                    template: {
                        id: "sys_data_analyse",
                        operatorParams: [{ id: "sys_data_analyse", params: { op_list: [] } }],
                    },
                    ...extra,
                },
            };
    }
}

/** A program declaring `tasks()` (read at each run, so a test can change them); exports each task's id and status. */
export function fleetProgram(tasks: () => readonly FleetTask[]): () => Record<string, unknown> {
    return () => {
        const exports: Record<string, unknown> = {};
        for (const task of tasks()) {
            const resource = new (modelarts()[task.kind])(task.name, task.args as never);
            exports[task.name] = { taskId: resource.taskId, status: resource.status };
        }
        return exports;
    };
}

function datasetOf(i: number): string {
    return `fleet${String(i).padStart(4, "0")}Dataset`;
}

/** Options of {@link startFleetStack}. */
export interface FleetStackOptions {
    /** How many fleet tasks the datasets and files are for (default 1). */
    readonly size?: number;
    readonly emulator?: Partial<EmulatorOptions>;
    readonly config?: Record<string, string>;
}

/**
 * A stack whose program declares `tasks()` (read at each run, so a test can change them), against an emulator
 * holding the datasets and files a fleet of `size` tasks needs.
 */
export async function startFleetStack(
    tasks: () => readonly FleetTask[],
    options: FleetStackOptions = {},
): Promise<EmulatedStack> {
    const size = options.size ?? 1;
    const stack = await startEmulatedStack({
        program: fleetProgram(tasks),
        emulator: { datasets: fleetDatasets(size), ...options.emulator },
        ...(options.config ? { config: options.config } : {}),
    });
    for (const [bucket, key, content] of fleetObjects(size)) stack.putObject(bucket, key, content);
    return stack;
}
