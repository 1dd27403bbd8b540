/**
 * The emulator's module graph, as emulator/README.md ("Layout") describes it: the model knows nothing of HTTP or of
 * the routes, the HTTP plumbing nothing of the routes, and only `server.ts` (and the command line around it) puts
 * the three together. Without this check the folders would only be a naming convention: a helper added to a route
 * file and used by the model brings the layers back into one. The emulator also takes from the provider only its
 * signer, its loopback rule and its JSON type, so that it stays a stand-in for the service, not a second client.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const emulatorDir = join(__dirname, "..", "..", "emulator");

/** Every `.ts` file under `dir`, as paths relative to the emulator folder without the extension. */
function modules(dir = emulatorDir): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return modules(path);
        return name.endsWith(".ts") ? [relative(emulatorDir, path).replace(/\.ts$/, "")] : [];
    });
}

/** What `module` imports by relative specifier, relative to the emulator folder (`../provider/…` for the provider). */
function importsOf(module: string): string[] {
    const text = readFileSync(join(emulatorDir, `${module}.ts`), "utf8");
    const specifiers = [...text.matchAll(/(?:from\s+|require\()\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
    return specifiers.map((s) => relative(emulatorDir, resolve(dirname(join(emulatorDir, module)), s)));
}

const graph = new Map(modules().map((m) => [m, importsOf(m)]));
/** The folder of a module, or `leaf` for the top-level modules every layer may use. */
const LEAVES = new Set(["errors", "faults", "random", "clock", "defaults"]);
const layerOf = (module: string) =>
    LEAVES.has(module) ? "leaf" : module.includes("/") ? module.split("/")[0]! : "top";

/** Which layers each layer may import besides itself. `top` is server.ts, the command line and the sample data. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
    leaf: [],
    model: ["leaf"],
    http: ["model", "leaf"],
    routes: ["http", "model", "leaf"],
    // The emulated OBS: its own routes, pipeline and authentication, over the model's storage.
    obs: ["http", "model", "leaf"],
    top: ["routes", "obs", "http", "model", "leaf"],
};
const FROM_PROVIDER = new Set([
    "../provider/client/endpoints",
    "../provider/client/signer",
    "../provider/client/obs/string-to-sign",
    "../provider/schemas/json-schema",
]);

describe("emulator module layers", () => {
    it("imports only downwards: model → leaves, http → model, routes → http and model, server → all", () => {
        const wrong = [...graph].flatMap(([module, imports]) =>
            imports
                .filter((target) => !target.startsWith(".."))
                .filter((target) => layerOf(target) !== layerOf(module))
                .filter((target) => !(MAY_IMPORT[layerOf(module)] ?? []).includes(layerOf(target)))
                .map((target) => `${module} → ${target}`),
        );
        assert.deepEqual(wrong, []);
    });

    it("takes from the provider only its signer, its loopback rule and its JSON type", () => {
        const outside = [...graph].flatMap(([module, imports]) =>
            imports.filter((t) => t.startsWith("..") && !FROM_PROVIDER.has(t)).map((t) => `${module} → ${t}`),
        );
        assert.deepEqual(outside, []);
    });

    it("finds the modules it checks (the scan is not empty)", () => {
        assert.ok(graph.size > 30, `${graph.size} modules`);
        assert.ok(graph.get("http/pipeline")?.includes("model/settle"));
    });
});
