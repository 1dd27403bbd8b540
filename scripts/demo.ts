/**
 * `npm run demo`: starts the ModelArts emulator with the shipped sample data, runs the quickstart program (an import
 * into a dataset it finds by name) and then the pipeline program (a dataset, an import, a validation, a version and
 * an export of it, from nothing), prints what `pulumi up` shows while each resource waits (its id, status and
 * progress) and their status and counts. Then the pipeline's second act: new pictures land in OBS (through the
 * official OBS client), the preview shows the chain it replaces and what changed in the folder, and an `up` publishes
 * the second release beside the first. Destroys each stack, and exits non-zero on any failure.
 * With a `pulumi` CLI on PATH the programs run under `pulumi up` (local file backend in a temp dir); without
 * one they run through the engine-side harness, which drives the SDK's real dynamic-provider host over gRPC.
 */
import { execFileSync, spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { DEMO_CREDENTIALS } from "../emulator/defaults";
import { stackConfig, startEmulator } from "../emulator/server";
import { officialObsClient } from "../testkit/official-obs-client";
import { MockEngine } from "../harness/engine";
import type { RecordedLog } from "../harness/engine-service";

const root = join(__dirname, "..");
const DATASET_ID = "gfghHSokody6AJigS5A";

interface Program {
    readonly title: string;
    readonly dir: string;
    readonly config: Record<string, string>;
    /** What happens between the first `up` and the destroy: files landing in OBS. */
    readonly secondAct?: () => Promise<void>;
}

async function main(): Promise<void> {
    const dataDir = mkdtempSync(join(tmpdir(), "modelarts-demo-"));
    cpSync(join(root, "examples", "sample-data"), dataDir, { recursive: true });
    const emulator = await startEmulator({
        dataDir,
        datasets: [{ id: DATASET_ID, name: "cats-dogs" }],
        taskDurationMs: 1_500,
    });
    console.log(`ModelArts emulator: ${emulator.url} (data in ${dataDir})`);
    const providerConfig = stackConfig(emulator.url);
    const programs: Program[] = [
        { title: "quickstart", dir: root, config: providerConfig },
        {
            title: "pipeline",
            dir: join(root, "examples", "pipeline"),
            config: providerConfig,
            secondAct: () => newPicturesLand(emulator.url),
        },
    ];
    try {
        for (const program of programs) {
            const outputs = hasPulumiCli() ? await runWithPulumi(program) : await runWithHarness(program);
            printOutputs(program.title, outputs);
        }
        const exported = join(dataDir, "obs", "my-bucket", "export");
        if (!existsSync(exported)) throw new Error(`the pipeline's export wrote nothing under ${exported}`);
        // The emulator's data is temporary and goes with it below: say what the export wrote while it is there.
        const files = readdirSync(exported, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
        const names = files.slice(0, 5).map((f) => relative(exported, join(f.parentPath, f.name)));
        console.log(
            `\nThe pipeline's export wrote ${files.length} files to obs://my-bucket/export/ ` +
                `(${names.join(", ")}${files.length > names.length ? ", …" : ""}); the emulator's data is removed now.`,
        );
    } finally {
        await emulator.close();
        rmSync(dataDir, { recursive: true, force: true });
    }
}

function hasPulumiCli(): boolean {
    return spawnSync("pulumi", ["version"], { stdio: "ignore" }).status === 0;
}

async function runWithHarness(program: Program): Promise<Record<string, unknown>> {
    console.log(`\n[${program.title}] no Pulumi CLI on PATH: running through the engine-side harness`);
    const mainFile = join(program.dir === root ? join(root, "examples", "quickstart") : program.dir, "index.ts");
    const engine = new MockEngine({ programPath: mainFile, projectDir: program.dir, config: program.config });
    try {
        let result = await engine.up();
        printProgress(engine.logs());
        for (const step of result.steps) console.log(`  ${step.op.padEnd(7)} ${step.type} ${step.name}`);
        if (!result.ok)
            throw new Error(
                `[${program.title}] up failed: ${JSON.stringify(result.steps.filter((s) => s.op === "failed"))}`,
            );
        if (program.secondAct) {
            printOutputs(`${program.title}, first up`, result.outputs);
            await program.secondAct();
            const seen = engine.logs().length;
            const preview = await engine.preview();
            console.log(`\n[${program.title}] pulumi preview after the new pictures landed:`);
            printProgress(
                engine
                    .logs()
                    .slice(seen)
                    .filter((log) => !log.ephemeral),
            );
            for (const step of preview.steps) console.log(`  ${step.op.padEnd(7)} ${step.type} ${step.name}`);
            const shown = engine.logs().length;
            result = await engine.up();
            console.log(`\n[${program.title}] pulumi up: the second release`);
            printProgress(
                engine
                    .logs()
                    .slice(shown)
                    .filter((log) => !log.ephemeral),
            );
            if (!result.ok) throw new Error(`[${program.title}] second up failed: ${result.errors.join("; ")}`);
            const releases = result.outputs.releases as string[];
            if (releases.length < 2)
                throw new Error(`[${program.title}] the first release is gone: ${releases.join()}`);
            console.log(`  releases listed by getDatasetVersions: ${releases.join(", ")} (the first one kept)`);
        }
        const destroyed = await engine.destroy();
        for (const step of destroyed.steps) {
            // A resource with `retainOnDelete` leaves the stack; its object stays (the pipeline's release).
            const retained = step.retained ? " (retained: no delete sent)" : "";
            console.log(`  ${step.op.padEnd(7)} ${step.type} ${step.name}${retained}`);
        }
        if (!destroyed.ok) throw new Error(`[${program.title}] destroy failed: ${destroyed.errors.join("; ")}`);
        return result.outputs;
    } finally {
        await engine.close();
    }
}

async function runWithPulumi(program: Program): Promise<Record<string, unknown>> {
    console.log(`\n[${program.title}] running with the Pulumi CLI`);
    const backend = mkdtempSync(join(tmpdir(), "pulumi-backend-"));
    const env = { ...process.env, PULUMI_BACKEND_URL: `file://${backend}`, PULUMI_CONFIG_PASSPHRASE: "demo" };
    const pulumi = (...args: string[]) =>
        execFileSync("pulumi", [...args, "--non-interactive"], { cwd: program.dir, env, encoding: "utf8" });
    try {
        pulumi("stack", "init", "demo");
        for (const [key, value] of Object.entries(program.config)) {
            pulumi("config", "set", ...(key.endsWith("secretKey") ? ["--secret"] : []), key, value);
        }
        process.stdout.write(pulumi("up", "--yes", "--skip-preview"));
        if (program.secondAct) {
            await program.secondAct();
            process.stdout.write(pulumi("preview", "--diff"));
            process.stdout.write(pulumi("up", "--yes", "--skip-preview"));
        }
        const outputs = JSON.parse(pulumi("stack", "output", "--json"));
        pulumi("destroy", "--yes");
        return outputs;
    } finally {
        rmSync(backend, { recursive: true, force: true });
    }
}

/**
 * The provider's messages as `pulumi up` shows them: the resource's name, then the message (a status in its row,
 * replaced by the next one; a lasting line also among its diagnostics).
 */
function printProgress(logs: readonly RecordedLog[]): void {
    const names = logs.map((log) => log.urn.split("::").pop() ?? "");
    const width = Math.max(0, ...names.map((name) => name.length));
    logs.forEach((log, i) => {
        console.log(`  ${(names[i] ?? "").padEnd(width)}  ${log.ephemeral ? "" : "[info] "}${log.message}`);
    });
}

/** Three new pictures land in the pipeline's folder, uploaded as a user would: with the official OBS client. */
async function newPicturesLand(endpoint: string): Promise<void> {
    const client = await officialObsClient(endpoint, DEMO_CREDENTIALS);
    try {
        const picture = join(root, "examples", "sample-data", "obs", "my-bucket", "raw", "cats-dogs", "bird-02.png");
        for (const name of ["bird-04.png", "bird-05.png", "bird-06.png"]) {
            const key = `raw/cats-dogs/${name}`;
            const answer = await client.putObject({ Bucket: "my-bucket", Key: key, SourceFile: picture });
            if (answer.CommonMsg.Status >= 300)
                throw new Error(`uploading ${name} failed: HTTP ${answer.CommonMsg.Status}`);
        }
        console.log(
            "\n[pipeline] three new pictures landed in obs://my-bucket/raw/cats-dogs/ (esdk-obs-nodejs putObject)",
        );
    } finally {
        client.close();
    }
}

function printOutputs(title: string, outputs: Record<string, unknown>): void {
    console.log(`[${title}] outputs:`);
    for (const [name, value] of Object.entries(outputs)) console.log(`  ${name} = ${JSON.stringify(value)}`);
}

main().catch((error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
});
