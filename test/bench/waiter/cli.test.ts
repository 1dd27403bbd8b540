import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repoRoot = join(__dirname, "..", "..", "..");

describe("bench/waiter/main.ts (command line)", () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "waiter-bench-"))));
    afterEach(() => {
        rmSync(dir, { recursive: true, force: true });
    });

    it("prints the table and the comparison lines, writes the same numbers as JSON, and exits 0", async () => {
        const jsonPath = join(dir, "out.json");
        const { stdout } = await run(
            process.execPath,
            [
                "-r",
                "ts-node/register/transpile-only",
                "bench/waiter/main.ts",
                "--runs",
                "30",
                "--seed",
                "3",
                "--json",
                jsonPath,
            ],
            { cwd: repoRoot },
        );
        const report = JSON.parse(readFileSync(jsonPath, "utf8"));
        assert.deepEqual(report.settings, { runs: 30, seed: 3, spread: 0.05 });
        assert.equal(report.measurements.length, 20);
        assert.equal(report.targets.length, 4);
        assert.equal(stdout.match(/ours \(waitForTask\).*(PASS|FAIL)/g)?.length, 4);
        assert.equal(stdout.match(/^T = \d+ s: fewer GETs than fixed 5 s (yes|NO)/gm)?.length, 4);
        const oursAt600 = report.measurements.find(
            (m: { contender: string; durationS: number }) => m.contender === "ours" && m.durationS === 600,
        );
        assert.ok(stdout.includes(`${oursAt600.summary.getsMean.toFixed(1)}`), "the table shows the JSON's numbers");
    });

    it("rejects a bad option with a message and a non-zero exit", async () => {
        await assert.rejects(
            run(process.execPath, ["-r", "ts-node/register/transpile-only", "bench/waiter/main.ts", "--runs", "0"], {
                cwd: repoRoot,
            }),
            (error: { code?: number; stderr?: string }) =>
                error.code === 1 && /--runs must be a positive integer/.test(error.stderr ?? ""),
        );
    });
});
