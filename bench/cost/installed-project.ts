/**
 * A temporary project with a build of the package copied (not linked) under `node_modules`, as `npm install`
 * leaves it: the way a user's program and the host started in its directory find the package. Every other
 * dependency is a link to this repository's `node_modules`, so programs run here share this process's Pulumi
 * runtime (the mocks live there) and hosts load the same SDK, Ajv and node-fetch.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository root: the host's working directory and the project of the captured programs. */
export const REPO_ROOT = join(__dirname, "..", "..");

const PACKAGE = "pulumi-modelarts-data";

/** A project directory, to be removed when done. */
export interface InstalledProject {
    readonly dir: string;
    /** The package's public module, required by name from the project. */
    load(): typeof import("../../provider");
    remove(): void;
}

/** A project with the build at `packageRoot` (its `package.json` and `dist/provider`) installed. */
export function installedProject(packageRoot: string): InstalledProject {
    const dir = mkdtempSync(join(tmpdir(), "cost-bench-project-"));
    const modules = join(dir, "node_modules");
    const packageDir = join(modules, PACKAGE);
    mkdirSync(join(packageDir, "dist"), { recursive: true });
    cpSync(join(packageRoot, "package.json"), join(packageDir, "package.json"));
    cpSync(join(packageRoot, "dist", "provider"), join(packageDir, "dist", "provider"), { recursive: true });
    for (const entry of readdirSync(join(REPO_ROOT, "node_modules"))) {
        if (entry !== PACKAGE) symlinkSync(join(REPO_ROOT, "node_modules", entry), join(modules, entry));
    }
    return {
        dir,
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the installed copy by its resolved path
        load: () => require(require.resolve(PACKAGE, { paths: [dir] })),
        remove: () => {
            rmSync(dir, { recursive: true, force: true });
        },
    };
}
