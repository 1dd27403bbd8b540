/**
 * `getObsObjects` in a program pointed at the emulator: the sample data's folder listed and fingerprinted, its
 * arguments checked before any request, OBS refusals as LookupErrors that say what to do.
 */
import assert from "node:assert/strict";
import { createHash } from "crypto";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { getObsObjects, LookupError } from "../../provider";
import { LookupEmulator, startLookupEmulator } from "./program-config";

const SAMPLE = join(__dirname, "..", "..", "examples", "sample-data", "obs", "my-bucket", "raw", "cats-dogs");

/** Every file below `dir`, as `/`-separated paths relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
    );
}

describe("getObsObjects", () => {
    let lookups: LookupEmulator;
    before(async () => {
        lookups = await startLookupEmulator();
    });
    after(() => lookups.close());

    it("lists a folder and fingerprints it from the files' names, MD5s and sizes", async () => {
        const result = await getObsObjects({ path: "obs://my-bucket/raw/cats-dogs" });
        const names = filesUnder(SAMPLE).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        const lines = names.map((name) => {
            const content = readFileSync(join(SAMPLE, name));
            return `${name}\t${createHash("md5").update(content).digest("hex")}\t${content.length}\n`;
        });
        assert.equal(result.path, "obs://my-bucket/raw/cats-dogs/");
        assert.equal(result.objectCount, names.length);
        assert.deepEqual(
            result.objects.map((o) => o.key),
            names.map((n) => `raw/cats-dogs/${n}`),
        );
        assert.equal(result.fingerprint, `sha256:${createHash("sha256").update(lines.join("")).digest("hex")}`);
        assert.deepEqual(lookups.takeRequests().slice(-1), ["GET /my-bucket/"]);
    });

    it("checks its arguments before any request", async () => {
        lookups.takeRequests();
        await assert.rejects(
            getObsObjects({ path: "obs://my-bucket/", maxObjects: 0 }),
            (e: Error) => e instanceof LookupError && /maxObjects/.test(e.message),
        );
        await assert.rejects(
            getObsObjects({ path: "obs://my-bucket/", maxObject: 5 } as never),
            /did you mean "maxObjects"/,
        );
        assert.deepEqual(lookups.takeRequests(), []);
    });

    it("fails with what to do when the bucket refuses listing or does not exist", async () => {
        const allow = lookups.emulator.denyObsListing("my-bucket");
        await assert.rejects(
            getObsObjects({ path: "obs://my-bucket/raw/" }),
            (e: Error) => e instanceof LookupError && /obs:bucket:ListBucket/.test(e.message),
        );
        allow();
        await assert.rejects(
            getObsObjects({ path: "obs://no-such-bucket/raw/" }),
            /getObsObjects: bucket "no-such-bucket"/,
        );
    });
});
