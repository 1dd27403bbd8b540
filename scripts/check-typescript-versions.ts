/**
 * `npm run check:typescript`: compiles a program against the package as installed from `npm pack`, with each
 * TypeScript version the README names and the tsconfig it gives for that version. Installs each compiler from the
 * npm registry into the consumer project (CI runs it; the test suite covers this repository's own compiler).
 */
import { execFileSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { installPackedPackage, PACKAGE_NAME } from "../testkit/installed-package";

/** What the README says works: each compiler line with its tsconfig `compilerOptions`. */
const SUPPORTED: ReadonlyArray<{ readonly typescript: string; readonly options: Record<string, unknown> }> = [
    // Pulumi's TypeScript template as it is.
    { typescript: "5.0", options: { module: "commonjs", moduleResolution: "node" } },
    { typescript: "5", options: { module: "commonjs", moduleResolution: "node" } },
    // TypeScript 6 deprecates `moduleResolution: "node"` (node10) and TypeScript 7 removed it: use node16.
    { typescript: "6", options: { module: "node16", moduleResolution: "node16" } },
    { typescript: "7", options: { module: "nodenext", moduleResolution: "nodenext" } },
];

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as modelarts from "${PACKAGE_NAME}";

const dataset = new modelarts.Dataset("animals", {
    datasetName: "animals",
    datasetType: 0,
    dataSources: [{ dataType: 0, dataPath: "/my-bucket/raw/" }],
    workPath: "/my-bucket/datasets/",
});
const raw = new modelarts.ImportTask("raw", { datasetId: dataset.datasetId, importPath: "obs://my-bucket/raw/" });
export const imported: pulumi.Output<number | undefined> = raw.importedSampleCount;
export const found = modelarts.getDatasetOutput({ datasetId: dataset.datasetId }).apply((d) => d.datasetName);
`;

const project = installPackedPackage();
writeFileSync(join(project.dir, "index.ts"), PROGRAM);
let failed = 0;
for (const { typescript, options } of SUPPORTED) {
    const dir = join(project.dir, `ts-${typescript}`);
    mkdirSync(dir, { recursive: true });
    execFileSync("npm", ["install", "--no-save", "--silent", "--prefix", dir, `typescript@${typescript}`]);
    const compilerOptions = { strict: true, target: "es2020", noEmit: true, ...options };
    writeFileSync(join(project.dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["index.ts"] }));
    const tsc = join(dir, "node_modules/typescript/bin/tsc");
    const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();
    try {
        execFileSync(process.execPath, [tsc, "-p", project.dir], { encoding: "utf8", stdio: "pipe" });
        process.stdout.write(`ok    ${version} with ${JSON.stringify(options)}\n`);
    } catch (e) {
        failed += 1;
        const out = (e as { stdout?: string }).stdout ?? String(e);
        process.stdout.write(`FAIL  ${version} with ${JSON.stringify(options)}\n${out}\n`);
    }
}
if (failed > 0) process.exitCode = 1;
