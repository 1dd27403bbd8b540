/**
 * The `__provider` text of each resource kind, captured from real program runs through MockEngine (the SDK's
 * closure serializer, as `pulumi preview` runs it), with the package loaded three ways: as a user's program does
 * once it is installed (a copy under a project's `node_modules`, `installed-project.ts`), by name from this
 * repository (its `node_modules/pulumi-modelarts-data` is a link to the repository itself), and from the
 * TypeScript sources by relative path. docs/architecture.md, fact 1: the text is stored twice per resource and should
 * not depend on how the package was found.
 */
import { Echo } from "../../testkit/trivial-program/echo";
import { MockEngine } from "../../harness/engine";
import { TASK_KINDS, type TaskResourceKind } from "../../provider/kinds";
import { BENCH_CONFIG, smallInputs } from "./inputs";
import { installedProject, REPO_ROOT } from "./installed-project";

/** The package's public module, however it was loaded. */
type PackageModule = typeof import("../../provider");

/** How the program found the package. */
export interface LoadVariant {
    readonly id: "installed" | "linked" | "source";
    readonly label: string;
    readonly texts: Readonly<Record<TaskResourceKind, string>>;
}

/** Every variant's texts, and the trivial Echo provider's (the start-up baseline). */
export interface CapturedTexts {
    readonly variants: readonly LoadVariant[];
    readonly trivial: string;
}

const KINDS: readonly TaskResourceKind[] = TASK_KINDS;

/** Runs a one-of-each program per variant (preview: Check and Diff only, no API) and returns the texts. */
export async function captureProviderTexts(): Promise<CapturedTexts> {
    const installed = installedProject(REPO_ROOT);
    try {
        const byName = await capture(() => require("pulumi-modelarts-data"), true);
        return {
            variants: [
                {
                    id: "installed",
                    label: 'installed copy, require("pulumi-modelarts-data")',
                    texts: (await capture(() => installed.load())).texts,
                },
                { id: "linked", label: 'this repository, require("pulumi-modelarts-data")', texts: byName.texts },
                {
                    id: "source",
                    label: 'TypeScript sources, require("../provider")',
                    texts: (await capture(() => require("../../provider"))).texts,
                },
            ],
            trivial: byName.trivial!,
        };
    } finally {
        installed.remove();
    }
}

async function capture(
    load: () => PackageModule,
    withEcho = false,
): Promise<{ texts: Record<TaskResourceKind, string>; trivial?: string }> {
    const engine = new MockEngine({
        projectDir: REPO_ROOT,
        config: { ...BENCH_CONFIG },
        program: () => {
            const modelarts = load();
            new modelarts.ImportTask("ImportTask", { ...smallInputs.ImportTask });
            new modelarts.ExportTask("ExportTask", { ...smallInputs.ExportTask });
            new modelarts.ProcessorTask("ProcessorTask", { ...smallInputs.ProcessorTask });
            if (withEcho) new Echo("Echo", { value: "x" });
            return {};
        },
    });
    try {
        const result = await engine.preview();
        if (!result.ok) throw new Error(`the capture program failed: ${result.errors.join("; ")}`);
        const texts = Object.fromEntries(KINDS.map((kind) => [kind, engine.providerText(kind)])) as Record<
            TaskResourceKind,
            string
        >;
        return { texts, ...(withEcho ? { trivial: engine.providerText("Echo") } : {}) };
    } finally {
        await engine.close();
    }
}
