/**
 * The demo's sample data (`examples/sample-data/`), written by code so that it can be re-created and checked:
 * bucket `my-bucket` with `raw/cats-dogs/` holding 12 small images (PNG and JPEG): 3 under `cat/`, 3 under `dog/`
 * (labelled by folder), 2 labelled `bird` by a `.txt` label file next to them, and 4 unlabelled; plus
 * `manifests/cats-dogs.manifest`, a ModelArts manifest of the same 12 images with the same 8 labels; and
 * `datasets.json`, which makes `modelarts-emulator --seed-data` create the `cats-dogs` dataset the examples use.
 *
 * Run `npx ts-node emulator/sample-data.ts [DIR]` to write it (default `examples/sample-data`).
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { jpegImage, pngImage } from "./sample-images";

/** The dataset the examples import into (`datasets.json`). */
export const SAMPLE_DATASET_ID = "gfghHSokody6AJigS5A";

/** Path of the sample images inside the data directory, as the demo imports them. */
export const SAMPLE_IMAGES_PATH = "obs://my-bucket/raw/cats-dogs/";
/** Path of the sample manifest. */
export const SAMPLE_MANIFEST_PATH = "obs://my-bucket/manifests/cats-dogs.manifest";

interface SampleImage {
    readonly file: string;
    readonly label?: string;
    /** Whether the label comes from a `.txt` label file (else from the folder). */
    readonly labelFile?: boolean;
}

const IMAGES: readonly SampleImage[] = [
    ...["cat", "dog"].flatMap((label) =>
        ["01.png", "02.jpg", "03.png"].map((suffix) => ({ file: `${label}/${label}-${suffix}`, label })),
    ),
    { file: "bird-01.jpg", label: "bird", labelFile: true },
    { file: "bird-02.png", label: "bird", labelFile: true },
    ...["01.png", "02.jpg", "03.png", "04.jpg"].map((suffix) => ({ file: `unsorted-${suffix}` })),
];

/** The files of the sample data, by path below the data directory. */
export function sampleDataFiles(): Map<string, Buffer> {
    const root = "obs/my-bucket/raw/cats-dogs";
    const files = new Map<string, Buffer>();
    IMAGES.forEach((image, n) => {
        files.set(`${root}/${image.file}`, imageBytes(image.file, n));
        if (image.labelFile) {
            files.set(`${root}/${image.file.replace(/\.\w+$/, ".txt")}`, Buffer.from(`${image.label}\n`));
        }
    });
    const manifest = IMAGES.map((image) => {
        const label = { name: image.label, type: "modelarts/image_classification", "annotated-by": "human" };
        const annotation = image.label ? [label] : [];
        return JSON.stringify({ source: SAMPLE_IMAGES_PATH + image.file, usage: "TRAIN", annotation });
    });
    files.set("obs/my-bucket/manifests/cats-dogs.manifest", Buffer.from(manifest.join("\n") + "\n"));
    files.set("datasets.json", Buffer.from(`[{ "id": "${SAMPLE_DATASET_ID}", "name": "cats-dogs", "type": 0 }]\n`));
    return files;
}

// Each image differs (colours vary with its index), so deduplication keeps all twelve.
function imageBytes(file: string, n: number): Buffer {
    if (file.endsWith(".jpg")) return jpegImage(2, 2, (i, j) => (37 * n + 60 * i + 90 * j) % 256);
    return pngImage(16, 16, (x, y) => [(n * 19 + x * 8) % 256, (y * 12 + n * 7) % 256, (n * 41) % 256]);
}

/** Writes the sample data below `dir`. */
export function writeSampleData(dir: string): void {
    for (const [path, bytes] of sampleDataFiles()) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), bytes);
    }
}

if (require.main === module) writeSampleData(process.argv[2] ?? join(__dirname, "..", "examples", "sample-data"));
