/**
 * The objects listed: `count` small files written straight into the emulator's storage folder
 * (`<dataDir>/obs/<bucket>/data/dNNN/fNNNNNNN.bin`, a thousand to a folder), which the emulated OBS serves as keys
 * `data/dNNN/…` (`emulator/obs/bucket-index.ts`). Writing files is far faster than 100 000 PUTs.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";

/** Writes the bucket's objects; returns the listing path of them. */
export function writeObjects(dataDir: string, bucket: string, count: number): string {
    for (let i = 0; i < count; i++) {
        const folder = join(dataDir, "obs", bucket, "data", `d${String(Math.floor(i / 1000)).padStart(3, "0")}`);
        if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `f${String(i).padStart(7, "0")}.bin`), `object ${i}\n`);
    }
    return `obs://${bucket}/data/`;
}
