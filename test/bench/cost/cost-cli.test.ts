import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repoRoot = join(__dirname, "..", "..", "..");

// A whole run starts dozens of provider hosts (minutes): only the option checks run here. See bench/README.md.
describe("bench/cost/main.ts (command line)", () => {
    const rejects = (args: string[], message: RegExp) =>
        assert.rejects(
            run(process.execPath, ["-r", "ts-node/register/transpile-only", "bench/cost/main.ts", ...args], {
                cwd: repoRoot,
            }),
            (error: { code?: number; stderr?: string }) => error.code === 1 && message.test(error.stderr ?? ""),
        );

    it("rejects a bad option with a message and a non-zero exit, before measuring anything", async () => {
        await Promise.all([
            rejects(["--labels", "1001"], /--labels must be an integer from 1 to 1000, got "1001"/),
            rejects(["--baseline", "/nonexistent"], /--baseline must be the root of a built copy of the package/),
        ]);
    });
});
