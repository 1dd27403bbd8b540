/**
 * The package as a Pulumi user gets it: `npm pack`, installed into a fresh project, compiled with the tsconfig of
 * Pulumi's TypeScript template. Everything a user reads from the install must resolve there, hovers must say what
 * a change does, and the compiler must name the public types.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";
import { RESOURCE_KINDS } from "../../provider/kinds";
import type { ConsumerProject } from "../../testkit/installed-package";
import { installPackedPackage, PACKAGE_NAME, unresolvedReferences } from "../../testkit/installed-package";

/** `pulumi new typescript`'s compiler options. */
const PULUMI_TEMPLATE_OPTIONS: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    experimentalDecorators: true,
    noFallthroughCasesInSwitch: true,
    noImplicitReturns: true,
    forceConsistentCasingInFileNames: true,
    noEmit: true,
};

const CHANGE_SENTENCE = /(Changing it|changing it) (replaces the resource|updates the resource in place)/;

describe("the installed package (npm pack, in a fresh project)", function () {
    this.timeout(120_000);
    let project: ConsumerProject;
    /** Each program below, compiled together (one program is faster), with its diagnostics. */
    let compiled: Record<string, string[]>;
    let examples: Record<string, string>;
    before(() => {
        project = installPackedPackage();
        examples = classExamples();
        const use = `import { ImportTask } from "${PACKAGE_NAME}";\n`;
        compiled = diagnosticsOf({
            ...examples,
            "typo.ts": `${use}new ImportTask("raw", { datasetId: "d", importPth: "obs://b/raw/" });\n`,
            "missing.ts": `${use}new ImportTask("raw", { importPath: "obs://b/raw/" });\n`,
            "date.ts": `${use}new ImportTask("raw", { datasetId: "d", triggers: [new Date()] });\n`,
        });
    });

    /** The `@example` of each resource class, from its shipped declaration, as a program of its own. */
    function classExamples(): Record<string, string> {
        return Object.fromEntries(
            RESOURCE_KINDS.map((kind) => {
                const folder = kind.replace(/(?<=.)([A-Z])/g, "-$1").toLowerCase();
                const path = join(project.packageDir, "dist/provider", folder, "resource.d.ts");
                const block = /@example\n((?:\s*\*.*\n)+?\s*\* ```)\n/.exec(readFileSync(path, "utf8"));
                const code = (block?.[1] ?? "")
                    .replace(/^\s*\* ?/gm, "")
                    .replace(/^```ts\n/, "")
                    .replace(/```\s*$/, "");
                return [`example-${folder}.ts`, code];
            }),
        );
    }

    /** The diagnostics of each of `files` (name → source), compiled together in the project: one program is faster. */
    function diagnosticsOf(files: Record<string, string>): Record<string, string[]> {
        const paths = Object.entries(files).map(([name, text]) => {
            writeFileSync(join(project.dir, name), text);
            return join(project.dir, name);
        });
        const found = Object.fromEntries(Object.keys(files).map((name) => [name, [] as string[]]));
        for (const d of ts.getPreEmitDiagnostics(ts.createProgram(paths, PULUMI_TEMPLATE_OPTIONS))) {
            const name = d.file === undefined ? "(global)" : relative(project.dir, d.file.fileName);
            (found[name] ??= []).push(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        }
        return found;
    }

    it("resolves every README link and every file a .d.ts cites inside the package", () => {
        assert.deepEqual(unresolvedReferences(project.packageDir), []);
        const readme = readFileSync(join(project.packageDir, "README.md"), "utf8");
        assert.match(readme, /\]\(docs\/import-task\.md\)/, "the README links the reference pages");
    });

    it("compiles each resource class's @example as it ships, with the template's tsconfig", () => {
        for (const kind of RESOURCE_KINDS) {
            const [name, code] = Object.entries(examples).find(([, text]) => text.includes(`new modelarts.${kind}(`))!;
            assert.ok(code, `${kind} has an @example that constructs it`);
            assert.deepEqual(compiled[name], [], name);
        }
    });

    it("ends the TSDoc of every input of every resource with what a change does, as a hover shows it", () => {
        const path = join(project.dir, "hover.ts");
        const program = [
            `import * as modelarts from "${PACKAGE_NAME}";`,
            `new modelarts.ImportTask("raw", { datasetId: "d", importPath: "obs://b/raw/", timeout: "10m" });`,
            `new modelarts.ProcessorTask("p", { name: "p", template: { id: "sys_data_validation" }, triggers: [1] });`,
            "",
        ].join("\n");
        writeFileSync(path, program);
        const service = ts.createLanguageService({
            getScriptFileNames: () => [path],
            getScriptVersion: () => "1",
            getScriptSnapshot: (name) =>
                ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined,
            getCurrentDirectory: () => project.dir,
            getCompilationSettings: () => PULUMI_TEMPLATE_OPTIONS,
            getDefaultLibFileName: ts.getDefaultLibFilePath,
            fileExists: (name) => ts.sys.fileExists(name),
            readFile: (name) => ts.sys.readFile(name),
        });
        const hover = (word: string) => {
            const info = service.getQuickInfoAtPosition(path, program.indexOf(word) + 1)!;
            return ts.displayPartsToString(info.documentation);
        };
        assert.match(hover("timeout"), /How long `pulumi up` waits[\s\S]*updates the resource in place/);
        assert.match(hover("triggers"), /Any JSON value[\s\S]*changing it replaces the resource/);
        assert.match(hover("importPath"), /OBS directory or manifest file[\s\S]*Changing it replaces the resource\./);

        // Every property of every args interface, as the installed declarations carry them.
        const checker = service.getProgram()!.getTypeChecker();
        const module = checker.getSymbolAtLocation(
            service.getProgram()!.getSourceFile(path)!.statements[0]!.getChildAt(3),
        );
        assert.ok(module, "the program resolves the package");
        for (const kind of RESOURCE_KINDS) {
            const args = checker.getExportsOfModule(module).find((s) => s.name === `${kind}Args`);
            assert.ok(args, `${kind}Args is exported`);
            for (const property of checker.getDeclaredTypeOfSymbol(args).getProperties()) {
                const doc = ts.displayPartsToString(property.getDocumentationComment(checker));
                assert.match(doc, CHANGE_SENTENCE, `${kind}Args.${property.name}: ${doc}`);
            }
        }
    });

    it("names ImportTaskArgs in the compiler's errors, briefly, and refuses triggers: [new Date()]", () => {
        const found = compiled;
        assert.equal(found["(global)"], undefined);
        assert.equal(found["typo.ts"]!.length, 1);
        assert.match(found["typo.ts"]![0]!, /'importPth' does not exist in type 'ImportTaskArgs'/);
        const [missing] = found["missing.ts"]!;
        assert.match(missing!, /Property 'datasetId' is missing in type .* but required in type 'ImportTaskArgs'/);
        assert.ok(missing!.length < 300, `a short message: ${missing}`);
        assert.match(found["date.ts"]!.join("\n"), /Type 'Date' is not assignable/);
    });

    it("refuses triggers: [new Date()] at construction in JavaScript, saying what to pass", () => {
        const script = `const { ImportTask } = require("${PACKAGE_NAME}");
try { new ImportTask("raw", { datasetId: "d", importPath: "obs://b/raw/", triggers: [new Date()] }); }
catch (e) { process.stdout.write(e.message); process.exit(3); }`;
        let message = "";
        try {
            execFileSync(process.execPath, ["-e", script], { cwd: project.dir, encoding: "utf8" });
        } catch (e) {
            const failed = e as { status: number; stdout: string };
            assert.equal(failed.status, 3);
            message = failed.stdout;
        }
        assert.match(message, /triggers\[0\] is a Date, which is not JSON.*date\.toISOString\(\)/);
    });
});
