import assert from "node:assert/strict";
import { ChildProcess, spawn } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { createServer, type Server } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { createInterface } from "readline";
import { DEFAULT_PORT, parseCli, seedDatasets } from "../../emulator/cli-args";
import { DEFAULT_PROJECT_ID, DEMO_TOKEN } from "../../emulator/server";
import { until } from "../../testkit/until";

const repoRoot = join(__dirname, "..", "..");

describe("emulator command line", () => {
    it("parses every flag into startEmulator options", () => {
        const parsed = parseCli([
            "--port",
            "0",
            "--data-dir",
            "/tmp/d",
            "--seed-data",
            "examples/sample-data",
            "--project-id",
            "p1",
            "--access-key",
            "AK",
            "--secret-key",
            "SK",
            "--token",
            "t1",
            "--token",
            "t2",
            "--dataset",
            "ds1",
            "--dataset",
            "ds2:second:1",
            "--task-duration-ms",
            "50",
            "--version-interval-ms",
            "60000",
            "--faults",
            "5xx=0.1,drop=0.05",
            "--seed",
            "9",
            "--rate-limit",
            "20",
            "--verbose",
        ]);
        assert.equal(parsed.verbose, true);
        assert.equal(parsed.seedData, "examples/sample-data");
        assert.deepEqual(parsed.options, {
            dataDir: "/tmp/d",
            host: "127.0.0.1",
            port: 0,
            projectId: "p1",
            credentials: [{ accessKey: "AK", secretKey: "SK" }],
            tokens: ["t1", "t2"],
            datasets: [{ id: "ds1" }, { id: "ds2", name: "second", type: 1 }],
            taskDurationMs: 50,
            datasetVersionIntervalMs: 60000,
            faults: { serverErrorRate: 0.1, dropRate: 0.05 },
            seed: 9,
            rateLimitPerSecond: 20,
        });
        assert.equal(parseCli(["--help"]).help, true);
    });

    it("listens on a fixed port unless told otherwise, and takes --sample-data", () => {
        assert.equal(parseCli([]).options?.port, DEFAULT_PORT);
        assert.equal(parseCli(["--port", "0"]).options?.port, 0);
        assert.equal(parseCli(["--sample-data"]).sampleData, true);
        assert.equal(parseCli([]).sampleData, undefined);
    });

    it("makes a temporary data directory when none is given", () => {
        assert.equal(parseCli(["--port", "1"]).temporaryDataDir, true);
        assert.equal(parseCli(["--data-dir", "d"]).temporaryDataDir, undefined);
    });

    it("reads the datasets a seed folder lists, and refuses a malformed list", () => {
        assert.deepEqual(seedDatasets('[{"id":"ds1","name":"cats","type":1},{"id":"ds2"}]', "datasets.json"), [
            { id: "ds1", name: "cats", type: 1 },
            { id: "ds2" },
        ]);
        assert.deepEqual(seedDatasets(undefined, "datasets.json"), []);
        assert.throws(
            () => seedDatasets('[{"name":"no id"}]', "seed/datasets.json"),
            /seed\/datasets\.json must be an array/,
        );
    });

    it("refuses a non-loopback host, half a key pair and unknown flags", () => {
        assert.throws(() => parseCli(["--data-dir", "d", "--host", "0.0.0.0"]), /loopback/);
        assert.throws(() => parseCli(["--data-dir", "d", "--access-key", "AK"]), /go together/);
        assert.throws(() => parseCli(["--data-dir", "d", "--port", "x"]), /--port wants a whole number/);
        assert.throws(() => parseCli(["--data-dir", "d", "--listen"]), /unexpected argument "--listen"/);
    });

    describe("as a process", function () {
        this.timeout(30_000);
        let child: ChildProcess | undefined;
        let dataDir: string;
        beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), "emulator-cli-"))));
        afterEach(() => {
            if (child?.exitCode === null) child.kill("SIGKILL");
            rmSync(dataDir, { recursive: true, force: true });
        });

        it("starts empty in a temporary directory and prints how to configure a stack for it", async () => {
            child = spawn(
                process.execPath,
                ["-r", "ts-node/register/transpile-only", "emulator/cli.ts", "--port", "0"],
                {
                    cwd: repoRoot,
                    stdio: ["ignore", "pipe", "inherit"],
                },
            );
            const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
            const printed: string[] = [];
            for (
                let next = await lines.next();
                !next.done && !next.value.startsWith("  export ");
                next = await lines.next()
            ) {
                printed.push(next.value);
            }
            const [listening] = printed;
            assert.ok(listening, "the emulator printed where it listens");
            const url = listening.replace("ModelArts emulator listening on ", "");
            assert.ok(printed.includes(`  pulumi config set modelarts:endpoint ${url}`), printed.join("\n"));
            assert.ok(printed.includes(`  pulumi config set modelarts:projectId ${DEFAULT_PROJECT_ID}`));
            assert.ok(printed.some((l) => l.startsWith("  pulumi config set --secret modelarts:secretKey ")));
            assert.ok(printed.includes("  pulumi stack init local"), "a stack of its own");
            assert.ok(
                printed.some((l) => l.includes("--sample-data")),
                "how to seed the README's dataset",
            );
            const dir = /^data directory: (\S+) /.exec(printed[1] ?? "")?.[1];
            assert.ok(dir !== undefined && existsSync(dir));
            const sample = `${url}/v2/${DEFAULT_PROJECT_ID}/datasets/gfghHSokody6AJigS5A`;
            const answer = await fetch(sample, { headers: { "X-Auth-Token": DEMO_TOKEN } });
            assert.equal(
                ((await answer.json()) as { error_code: string }).error_code,
                "ModelArts.4352",
                "no dataset by default",
            );
            child.kill("SIGTERM");
            rmSync(dir, { recursive: true, force: true });
        });

        it("prints its URL first, serves requests, copies the seed data and exits 0 on SIGTERM", async () => {
            child = spawn(
                process.execPath,
                [
                    "-r",
                    "ts-node/register/transpile-only",
                    "emulator/cli.ts",
                    "--port",
                    "0",
                    "--data-dir",
                    dataDir,
                    "--seed-data",
                    "examples/sample-data",
                    "--token",
                    "cli-token",
                    "--dataset",
                    "ds1:first",
                ],
                { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] },
            );
            const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
            const first = (await lines.next()).value as string;
            assert.match(first, /^ModelArts emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
            const url = first.replace("ModelArts emulator listening on ", "");
            const headers = { "X-Auth-Token": "cli-token" };
            const answer = await fetch(`${url}/v2/${DEFAULT_PROJECT_ID}/datasets/ds1`, { headers });
            assert.equal(answer.status, 200);
            assert.equal(((await answer.json()) as { dataset_name: string }).dataset_name, "first");
            assert.ok(existsSync(join(dataDir, "obs/my-bucket/raw/cats-dogs/cat/cat-01.png")));
            const seeded = await fetch(`${url}/v2/${DEFAULT_PROJECT_ID}/datasets/gfghHSokody6AJigS5A`, { headers });
            assert.equal(
                ((await seeded.json()) as { dataset_name: string }).dataset_name,
                "cats-dogs",
                "from datasets.json",
            );
            const exited = new Promise((resolve) =>
                child?.once("exit", (code) => {
                    resolve(code);
                }),
            );
            child.kill("SIGTERM");
            assert.equal(await exited, 0);
        });
    });
});

// Started and stopped as a user does: `npx modelarts-emulator &`, then `kill %1`, which signals npx only. Nothing
// may be left running (the port free for the next start), and a busy port is an error that a script reading
// stdout sees. Needs `npm run build`: npx runs the package's bin, dist/emulator/cli.js.
/** npx may first link the package into its cache: bounded, but generous on a loaded machine. */
const START_MS = 90_000;
const STOP_MS = 10_000;

interface Started {
    readonly npx: ChildProcess;
    readonly url: string;
    readonly port: number;
    /** The emulator's own pid, from its banner. */
    readonly pid: number;
}

/** Runs `npx --no-install modelarts-emulator ARGS` in the repository; resolves once the banner is printed. */
async function startWithNpx(args: string[]): Promise<Started> {
    const npx = spawn("npx", ["--no-install", "modelarts-emulator", ...args], {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    npx.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    npx.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    await until(() => /^Stop: .* kill \d+/m.test(out) || npx.exitCode !== null, START_MS);
    const url = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(out);
    const pid = /^Stop: .* kill (\d+)/m.exec(out);
    assert.ok(url && pid, `the banner was printed:\n${out}`);
    return { npx, url: url[1]!, port: Number(url[2]), pid: Number(pid[1]) };
}

/** Whether `pid` runs (a zombie waiting for a reaper counts as ended). */
function running(pid: number): boolean {
    try {
        process.kill(pid, 0);
    } catch {
        return false;
    }
    const stat = `/proc/${pid}/stat`;
    return !(existsSync(stat) && / Z /.test(readFileSync(stat, "utf8")));
}

/** `kill %1`: SIGTERM to npx; then the emulator must end and free its port. */
async function stopAsAUserDoes({ npx, pid, port }: Started): Promise<void> {
    npx.kill("SIGTERM");
    await until(() => !running(pid), STOP_MS);
    await close(await listenOn(port)); // the port is free again
}

function listenOn(port: number): Promise<Server> {
    const server = createServer();
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
            resolve(server);
        });
    });
}

function close(server: Server): Promise<void> {
    return new Promise((resolve) => {
        server.close(() => {
            resolve();
        });
    });
}

describe("emulator command line: stopping", function () {
    this.timeout(4 * START_MS);
    const started: Started[] = [];
    afterEach(() => {
        for (const { npx, pid } of started.splice(0)) {
            if (npx.exitCode === null) npx.kill("SIGKILL");
            if (running(pid)) process.kill(pid, "SIGKILL");
        }
    });

    it("leaves nothing running when npx is sent SIGTERM (kill %1), twice in a row on the same port", async () => {
        const first = await startWithNpx(["--port", "0", "--sample-data"]);
        started.push(first);
        const headers = { "X-Auth-Token": DEMO_TOKEN };
        const answer = await fetch(`${first.url}/v2/${DEFAULT_PROJECT_ID}/datasets/gfghHSokody6AJigS5A`, { headers });
        assert.equal(((await answer.json()) as { dataset_name: string }).dataset_name, "cats-dogs", "--sample-data");

        await stopAsAUserDoes(first);
        const second = await startWithNpx(["--port", String(first.port)]);
        started.push(second);
        assert.equal(second.port, first.port, "the second start works on the same port");
        await stopAsAUserDoes(second);
    });

    it("says on stdout that the port is in use, and exits 1", async () => {
        const busy = await listenOn(0);
        const port = (busy.address() as { port: number }).port;
        try {
            const emulator = spawn(process.execPath, ["dist/emulator/cli.js", "--port", String(port)], {
                cwd: repoRoot,
                stdio: ["ignore", "pipe", "ignore"],
            });
            let out = "";
            emulator.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
            const code = await new Promise((resolve) => emulator.once("exit", resolve));
            assert.equal(code, 1);
            assert.match(out, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
        } finally {
            await close(busy);
        }
    });
});
