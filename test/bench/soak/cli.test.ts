import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repoRoot = join(__dirname, "..", "..", "..");
const soak = (...args: string[]) =>
    run(process.execPath, ["-r", "ts-node/register/transpile-only", "bench/soak/main.ts", ...args], { cwd: repoRoot });

describe("bench/soak/main.ts (command line)", function () {
    this.timeout(60_000);
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "soak-bench-"))));
    afterEach(() => {
        rmSync(dir, { recursive: true, force: true });
    });

    it("runs a small soak end to end, prints the table and a verdict, writes the same figures as JSON, and exits 0", async () => {
        const jsonPath = join(dir, "out.json");
        // One task of each kind, no faults: only the restarts and the kill disrupt it.
        const { stdout, stderr } = await soak(
            "--tasks",
            "3",
            "--task-duration",
            "3000",
            "--faults",
            "",
            "--max-ups",
            "3",
            "--json",
            jsonPath,
        );

        const report = JSON.parse(readFileSync(jsonPath, "utf8"));
        assert.deepEqual(report.tally.requested, { ImportTask: 1, ExportTask: 1, ProcessorTask: 1 });
        assert.equal(report.disruptions.filter((d: { action: string }) => d.action === "host killed").length, 1);
        assert.ok(report.ups.length >= 2 && report.ups.length <= 3);
        assert.match(stderr, /^up 1: .*\(.*host killed\)$/m);
        const created = report.tally.createdOnServer as Record<"ImportTask" | "ExportTask" | "ProcessorTask", number>;
        const total = created.ImportTask + created.ExportTask + created.ProcessorTask;
        assert.match(
            stdout,
            new RegExp(
                `^tasks created on the server +${created.ImportTask} +${created.ExportTask} +${created.ProcessorTask} +${total}$`,
                "m",
            ),
        );
        assert.match(stdout, new RegExp(`^requests +${report.traffic.requests} `, "m"));
        assert.match(stdout, /^verdict: (PASS|FAIL)/m);
    });

    it("rejects a bad option with a message and a non-zero exit", async () => {
        await assert.rejects(
            soak("--faults", "jitter=1"),
            (error: { code?: number; stderr?: string }) =>
                error.code === 1 && /unknown fault "jitter=1"/.test(error.stderr ?? ""),
        );
    });
});
