/**
 * Loading a program from its entry module, as the Node language host does, but repeatably in one process:
 * TypeScript through ts-node (transpile only), and the program's own modules dropped from the require cache
 * before each run so that they declare their resources again. Packages under `node_modules` stay loaded.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join, resolve, sep } from "path";

/** Requires the program's entry module (or directory) afresh; returns its exports. */
export function loadProgramModule(programPath: string): unknown {
    const entry = resolve(programPath);
    useTypeScript();
    forgetModulesUnder(statSync(entry).isDirectory() ? entry : dirname(entry));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the program is loaded by path, afresh, as the language host does
    return require(entry);
}

/** The `name:` of the project's Pulumi.yaml, or `project` (the SDK's default) without one. */
export function projectName(projectDir: string): string {
    const file = join(projectDir, "Pulumi.yaml");
    const name = existsSync(file) ? /^name:\s*["']?([^"'\s#]+)/m.exec(readFileSync(file, "utf8"))?.[1] : undefined;
    return name ?? "project";
}

/** Registers ts-node (transpile only, as Pulumi's own TypeScript support does) unless `.ts` already loads. */
function useTypeScript(): void {
    // eslint-disable-next-line @typescript-eslint/no-deprecated, @typescript-eslint/no-require-imports -- the way to ask whether `.ts` loads; ts-node only when it does not
    if (!require.extensions[".ts"]) require("ts-node").register({ transpileOnly: true });
}

/** Drops the program's own modules from the require cache so that the next `require` runs them again. */
function forgetModulesUnder(dir: string): void {
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const file of Object.keys(require.cache)) {
        if (file.startsWith(prefix) && !file.includes(`${sep}node_modules${sep}`))
            // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- deleting its entry is how a module is dropped from the cache
            delete require.cache[file];
    }
}
