/**
 * The package as a user installs it: `npm pack` of the build, unpacked into a fresh project's `node_modules`, beside
 * the project's own dependencies (linked from this repository's, so that no network is needed). What the consumer
 * tests check is what ships: only the files the tarball holds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { repoRoot } from "./emulated-stack";

export const PACKAGE_NAME = "pulumi-modelarts-data";

export interface ConsumerProject {
    /** The project's folder: write its program here. */
    readonly dir: string;
    /** The installed package, `node_modules/pulumi-modelarts-data`. */
    readonly packageDir: string;
}

/**
 * Packs the built package (`dist/` must be current: `npm test` builds first) and installs the tarball into a new
 * project folder.
 */
export function installPackedPackage(): ConsumerProject {
    const dir = mkdtempSync(join(tmpdir(), "modelarts-consumer-"));
    const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], {
        cwd: repoRoot,
        encoding: "utf8",
    });
    const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
    const modules = join(dir, "node_modules");
    const packageDir = join(modules, PACKAGE_NAME);
    mkdirSync(packageDir, { recursive: true });
    execFileSync("tar", ["-xzf", join(dir, filename), "-C", packageDir, "--strip-components=1"]);
    for (const entry of readdirSync(join(repoRoot, "node_modules"))) {
        if (entry === PACKAGE_NAME || entry.startsWith(".")) continue;
        symlinkSync(join(repoRoot, "node_modules", entry), join(modules, entry));
    }
    return { dir, packageDir };
}

/** Every file under `dir`, relative to it. */
export function filesUnder(dir: string, at = dir): string[] {
    return readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
        const path = join(at, entry.name);
        return entry.isDirectory() ? filesUnder(dir, path) : [relative(dir, path)];
    });
}

/**
 * The references in what ships that do not resolve inside the package: a Markdown link to a relative path (its
 * `#anchor` aside) that names no shipped file, and a file of the package (`docs/….md`, `bench/README.md`,
 * `CHANGELOG.md`) cited in a `.d.ts` that is not in the package.
 */
export function unresolvedReferences(packageDir: string): string[] {
    const files = filesUnder(packageDir);
    const missing: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".md"))) {
        const text = readFileSync(join(packageDir, file), "utf8");
        for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
            if (/^[a-z]+:/i.test(target!) || target!.startsWith("#")) continue;
            const path = resolve(dirname(join(packageDir, file)), target!.split("#")[0]!);
            if (!existsSync(path)) missing.push(`${file}: link to ${target}`);
        }
    }
    for (const file of files.filter((f) => f.endsWith(".d.ts"))) {
        const text = readFileSync(join(packageDir, file), "utf8");
        for (const [cited] of text.matchAll(/\b(?:docs\/[\w/.-]+\.md|bench\/README\.md|CHANGELOG\.md)/g)) {
            if (!existsSync(join(packageDir, cited))) missing.push(`${file}: cites ${cited}`);
        }
    }
    return [...new Set(missing)];
}
