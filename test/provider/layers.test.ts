/**
 * The provider's module graph: no import cycles, and lower layers never import upper ones (resources → impl →
 * client and schemas → the shared leaves; the registry between the lifecycle and the kinds' drivers). A kind's
 * folder holds modules of several layers, each known by its name. `require(...)` inside functions (lazy loading)
 * counts as an import; `import type` does not (it leaves nothing at run time).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import { KIND_FOLDERS } from "../../provider/kinds";

const providerDir = join(__dirname, "..", "..", "provider");

/** Every `.ts` file under `dir`, as paths relative to the provider folder without the extension. */
function modules(dir = providerDir): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return modules(path);
        return name.endsWith(".ts") ? [relative(providerDir, path).replace(/\.ts$/, "")] : [];
    });
}

/** The provider modules `module` imports or requires (relative specifiers only). */
function importsOf(module: string): string[] {
    const text = readFileSync(join(providerDir, `${module}.ts`), "utf8");
    // A type-only import has no run-time effect: a kind's output table may name its answer type from the client.
    const runtime = text.replace(/^import type [^;]*;$/gms, "");
    const specifiers = [...runtime.matchAll(/(?:from\s+|require\()\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
    return specifiers.map((s) => relative(providerDir, resolve(dirname(join(providerDir, module)), s)));
}

const graph = new Map(modules().map((m) => [m, importsOf(m)]));

/** The folders of the resource kinds: one per kind, holding its modules of every layer. */
const KIND_FOLDER_NAMES = new Set<string>(Object.values(KIND_FOLDERS));

/** The layer of each module of a kind's folder, by its name: its declarations, its driver, its class, its lookups. */
const KIND_PARTS: Readonly<Record<string, string>> = {
    inputs: "schemas",
    statuses: "schemas",
    outputs: "schemas",
    driver: "impl",
    labels: "impl",
    args: "resources",
    "own-run": "impl",
    resource: "resources",
    lookups: "lookups",
};

/** A module's layer: its top folder, or, in a kind's folder, the layer its name says. */
const layerOf = (module: string) => {
    const [folder, name] = module.split("/");
    if (folder !== undefined && KIND_FOLDER_NAMES.has(folder)) {
        const layer = KIND_PARTS[name ?? ""];
        if (layer === undefined)
            throw new Error(`${module}: a kind's module is one of ${Object.keys(KIND_PARTS).join(", ")}`);
        return layer;
    }
    return folder ?? module;
};

/** Which layers each layer may import (a layer may always import itself and the shared top-level leaves). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
    index: ["resources", "lookups", "schemas", "client", "source"],
    resources: ["schemas", "impl", "client"],
    lookups: ["impl", "client", "resources", "schemas", "source"],
    registry: ["impl", "schemas"],
    impl: ["client", "schemas", "registry", "source"],
    // What an OBS path holds (listing, fingerprint, what is recorded of it): over the client's OBS calls and the
    // schemas (durations, the recorded source), under what tracks a source.
    source: ["client", "schemas"],
    client: [],
    schemas: [],
};
// `ajv-instance`: the one Ajv that the inputs (schemas), the lookups' arguments and the answers (client) are checked
// with; a leaf, since the client and the schemas may import no other layer.
const LEAVES = new Set([
    "kinds",
    "clock",
    "nearest-name",
    "wait",
    "wait-schedule",
    "wait-progress",
    "reserved-inputs",
    "ajv-instance",
]);

describe("provider module layers", () => {
    it("has no import cycle", () => {
        const state = new Map<string, "visiting" | "done">();
        const visit = (module: string, path: string[]): void => {
            if (state.get(module) === "done") return;
            assert.notEqual(state.get(module), "visiting", `import cycle: ${[...path, module].join(" → ")}`);
            state.set(module, "visiting");
            for (const next of graph.get(module) ?? []) visit(next, [...path, module]);
            state.set(module, "done");
        };
        for (const module of graph.keys()) visit(module, []);
    });

    it("imports only downwards: client and schemas import no other layer, impl no resource", () => {
        const wrong = [...graph].flatMap(([module, imports]) =>
            imports
                .filter((target) => {
                    const [from, to] = [layerOf(module), layerOf(target)];
                    if (from === to || LEAVES.has(target)) return false;
                    return LEAVES.has(module) ? true : !(MAY_IMPORT[from] ?? []).includes(to);
                })
                .map((target) => `${module} → ${target}`),
        );
        assert.deepEqual(wrong, []);
    });

    it("finds the modules it checks (the scan is not empty)", () => {
        assert.ok(graph.size > 30, `${graph.size} modules`);
        assert.ok(graph.get("impl/task-lifecycle")?.includes("impl/obtain-task"));
        assert.ok(graph.get("registry")?.includes("import-task/driver"), "the registry's lazy requires are imports");
    });
});
