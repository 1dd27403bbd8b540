import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative, sep } from "path";
import { inspectSample } from "../../emulator/model/image-check";
import { sampleDataFiles } from "../../emulator/sample-data";
import { ObsStorage, parseObsPath } from "../../emulator/model/storage";

const shipped = join(__dirname, "..", "..", "examples", "sample-data");

function listFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? listFiles(join(dir, e.name)) : [relative(shipped, join(dir, e.name)).split(sep).join("/")],
    );
}

describe("emulator sample data and storage", () => {
    it("ships exactly what emulator/sample-data.ts writes (README aside), under 100 KB", () => {
        const expected = sampleDataFiles();
        const files = listFiles(shipped).filter((f) => f !== "README.md");
        assert.deepEqual(files.sort(), [...expected.keys()].sort());
        for (const file of files) assert.deepEqual(readFileSync(join(shipped, file)), expected.get(file), file);
        const total = listFiles(shipped).reduce((sum, f) => sum + statSync(join(shipped, f)).size, 0);
        assert.ok(total < 100 * 1024, `${total} bytes`);
    });

    it("holds 12 real images: valid PNG and JPEG headers, a few hundred bytes each", () => {
        const images = [...sampleDataFiles()].filter(([path]) => /\.(png|jpg)$/.test(path));
        assert.equal(images.length, 12);
        for (const [path, bytes] of images) {
            const inspection = inspectSample(path, bytes);
            assert.equal(inspection.problem, undefined, path);
            assert.equal(inspection.width, 16, path);
            assert.ok(bytes.length >= 100 && bytes.length < 1000, `${path}: ${bytes.length} bytes`);
        }
        assert.match(inspectSample("x.png", Buffer.from("GIF89a")).problem ?? "", /not a PNG/);
        assert.match(inspectSample("x.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0])).problem ?? "", /not a JPEG/);
        assert.match(inspectSample("x.png", Buffer.alloc(0)).problem ?? "", /empty/);
    });

    it("maps obs://, s3:// and /bucket/ paths to the same place and refuses escapes", () => {
        assert.deepEqual(parseObsPath("obs://my-bucket/raw/a.png"), { bucket: "my-bucket", key: "raw/a.png" });
        assert.deepEqual(parseObsPath("s3://my-bucket/raw/"), { bucket: "my-bucket", key: "raw/" });
        assert.deepEqual(parseObsPath("/my-bucket/raw/", true), { bucket: "my-bucket", key: "raw/" });
        const bad = ["obs://my-bucket/../x", "obs://my-bucket/a/../../x", "obs://../etc/", "obs://my-bucket/a//b"];
        bad.push(
            "obs://my-bucket/a\\..\\b",
            "obs://My_Bucket/a",
            "http://my-bucket/a",
            "/my-bucket/a",
            "obs://my-bucket/a/..",
        );
        for (const path of bad) assert.equal(parseObsPath(path), undefined, path);
        const storage = new ObsStorage(shipped);
        assert.equal(storage.kind({ bucket: "my-bucket", key: "raw/cats-dogs/" }), "dir");
        assert.equal(storage.listFiles({ bucket: "my-bucket", key: "raw/cats-dogs/" }).length, 14);
    });
});
