/** The command line of `modelarts-emulator`, parsed into `startEmulator` options (no side effects). */
import { parseFaultSpec } from "./faults";
import { isLoopback } from "./http/listen";
import { EmulatorOptions, PresetDataset } from "./server";

/** What the command line asks for. */
export interface CliRequest {
    readonly help: boolean;
    readonly verbose: boolean;
    /** True when no `--data-dir` was given: the CLI makes a temporary one. */
    readonly temporaryDataDir?: boolean;
    /** A directory whose content is copied into the data directory before starting (existing files are kept). */
    readonly seedData?: string;
    /** `--sample-data`: the package's own sample data (bucket `my-bucket`, dataset `cats-dogs`) is seeded too. */
    readonly sampleData?: boolean;
    readonly options?: EmulatorOptions;
}

/**
 * The port when none is given: fixed, so that a stack's `modelarts:endpoint` stays right across restarts.
 * Chosen outside the usual development ports (3000, 8000, 8080, 8888).
 */
export const DEFAULT_PORT = 8777;

/** The `--help` text. */
export const USAGE = `Usage: modelarts-emulator [--data-dir DIR] [options]

A local ModelArts data-management API (datasets, import/export/processor tasks) to test Pulumi programs against.
Prints "ModelArts emulator listening on http://127.0.0.1:PORT" first, then the project id, the credentials and
the \`pulumi config set\` and environment lines to use. Stops cleanly on SIGINT, SIGTERM or SIGHUP, and when the
process that started it (e.g. npx) exits. Starts empty (no dataset) unless told otherwise: --sample-data gives
the dataset "cats-dogs" and the images the README's examples use.

  --data-dir DIR            state.json and the emulated OBS (DIR/obs/<bucket>/<key>); created if missing;
                            default: a new temporary directory
  --port N                  ${DEFAULT_PORT} by default; 0 picks a free port. A port in use is an error (exit 1)
  --host H                  loopback only: 127.0.0.1 (default), localhost, ::1
  --sample-data             seed the package's sample data: dataset "cats-dogs" (id gfghHSokody6AJigS5A) and
                            obs://my-bucket/raw/cats-dogs/ (12 images); existing files are kept
  --seed-data DIR           copy DIR into the data directory first (existing files are kept); a datasets.json
                            there ([{"id", "name"?, "type"?}]) lists datasets that exist from the start
  --project-id P            project id served (default: the emulator's demo project id)
  --access-key AK --secret-key SK [--security-token T]
                            the accepted AK/SK pair (default: the demo pair, see emulator/README.md)
  --token T                 an accepted IAM token (X-Auth-Token); repeatable (default: the demo token)
  --dataset ID[:NAME[:TYPE]] a dataset that exists from the start; repeatable
  --task-duration-ms N      creation to end state of every task, dataset and dataset version (default 2000)
  --version-interval-ms N   least time between two versions of one dataset (ModelArts.4370; default 0: off)
  --faults SPEC             e.g. latency=20-200,5xx=0.1,429=0.1,retryAfter=1,drop=0.05,fail=0.1
                            hostile network: date=P redirect=P stall=P truncate=P garble=P echo=P trace=N
  --seed N                  seed of the fault decisions (same seed, same faults)
  --rate-limit N            requests per second above which the gateway answers 429
  --verbose                 one line per request on stdout
  --help                    this text
`;

const VALUE_FLAGS = [
    "--data-dir",
    "--port",
    "--host",
    "--seed-data",
    "--project-id",
    "--access-key",
    "--secret-key",
    "--security-token",
    "--token",
    "--dataset",
    "--task-duration-ms",
    "--version-interval-ms",
    "--faults",
    "--seed",
    "--rate-limit",
];

/** Parses `argv` (without `node` and the script); throws an Error whose message says what is wrong. */
export function parseCli(argv: readonly string[]): CliRequest {
    const values = new Map<string, string[]>();
    const flags = new Set<string>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? "";
        const value = argv[i + 1];
        if (arg === "--help" || arg === "--verbose" || arg === "--sample-data") flags.add(arg);
        else if (!VALUE_FLAGS.includes(arg) || value === undefined) throw new Error(`unexpected argument "${arg}"`);
        else {
            values.set(arg, [...(values.get(arg) ?? []), value]);
            i++;
        }
    }
    const one = (flag: string) => values.get(flag)?.at(-1);
    if (flags.has("--help")) return { help: true, verbose: false };
    const dataDir = one("--data-dir") ?? "";
    const host = one("--host") ?? "127.0.0.1";
    if (!isLoopback(host)) throw new Error(`--host must be a loopback address, not "${host}"`);
    const [accessKey, secretKey, securityToken] = ["--access-key", "--secret-key", "--security-token"].map(one);
    if ((accessKey === undefined) !== (secretKey === undefined)) {
        throw new Error("--access-key and --secret-key go together");
    }
    const token = securityToken === undefined ? {} : { securityToken };
    const credential = accessKey && secretKey ? { accessKey, secretKey, ...token } : undefined;
    const faults = one("--faults");
    const options: EmulatorOptions = {
        dataDir,
        host,
        port: integer(one("--port") ?? String(DEFAULT_PORT), "--port"),
        projectId: one("--project-id"),
        credentials: credential && [credential],
        tokens: values.get("--token"),
        datasets: values.get("--dataset")?.map(presetDataset),
        taskDurationMs: optionalInteger(one("--task-duration-ms"), "--task-duration-ms"),
        datasetVersionIntervalMs: optionalInteger(one("--version-interval-ms"), "--version-interval-ms"),
        faults: faults === undefined ? undefined : parseFaultSpec(faults),
        seed: optionalInteger(one("--seed"), "--seed"),
        rateLimitPerSecond: optionalInteger(one("--rate-limit"), "--rate-limit"),
    };
    const temporary = dataDir === "" ? { temporaryDataDir: true } : {};
    const sampleData = flags.has("--sample-data") ? { sampleData: true } : {};
    const seedData = one("--seed-data");
    return {
        help: false,
        verbose: flags.has("--verbose"),
        ...(seedData === undefined ? {} : { seedData }),
        ...sampleData,
        options,
        ...temporary,
    };
}

/** The datasets a seed folder's `datasets.json` lists (`[{ "id", "name"?, "type"? }]`); none when absent. */
export function seedDatasets(json: string | undefined, file: string): PresetDataset[] {
    if (json === undefined) return [];
    const parsed: unknown = JSON.parse(json);
    const valid = (d: unknown): d is PresetDataset =>
        typeof d === "object" &&
        d !== null &&
        typeof (d as PresetDataset).id === "string" &&
        /^[\w-]+$/.test((d as PresetDataset).id);
    if (!Array.isArray(parsed) || !parsed.every(valid))
        throw new Error(`${file} must be an array of { "id", "name"?, "type"? }`);
    return parsed.map(({ id, name, type }) => ({
        id,
        ...(name ? { name } : {}),
        ...(type !== undefined ? { type } : {}),
    }));
}

function presetDataset(text: string): PresetDataset {
    const [id = "", name, type] = text.split(":");
    if (!/^[\w-]+$/.test(id)) throw new Error(`--dataset wants ID[:NAME[:TYPE]], got "${text}"`);
    return { id, ...(name ? { name } : {}), ...(type ? { type: integer(type, "--dataset TYPE") } : {}) };
}

function optionalInteger(text: string | undefined, flag: string): number | undefined {
    return text === undefined ? undefined : integer(text, flag);
}

function integer(text: string, flag: string): number {
    if (!/^\d+$/.test(text)) throw new Error(`${flag} wants a whole number, got "${text}"`);
    return Number(text);
}
