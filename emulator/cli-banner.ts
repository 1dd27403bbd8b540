/**
 * What `modelarts-emulator` prints after its first line: how to point a Pulumi program (stack config) or a shell
 * (environment variables) at it, how to seed the data the README's examples use, and how to stop it. The
 * credentials are the emulator's own throwaway local values, never real ones.
 */
import { stackConfig, type StackSettings } from "./defaults";
import type { RunningEmulator } from "./server";

/** The accepted AK/SK pair and project id the banner tells users to configure, and the data directory. */
export interface BannerSettings extends StackSettings {
    readonly dataDir: string;
    /** Whether any dataset exists from the start; if none, the banner says how to seed one. */
    readonly seeded?: boolean;
    /** The emulator's own process id, to stop it with `kill`. */
    readonly pid?: number;
}

/** The lines printed after `ModelArts emulator listening on <url>`. */
export function banner(emulator: Pick<RunningEmulator, "url">, settings: BannerSettings): string {
    const { projectId, accessKey, secretKey, dataDir } = settings;
    return [
        `data directory: ${dataDir} (state.json, and the emulated OBS under obs/<bucket>/<key>)`,
        `project id: ${projectId}`,
        `access key: ${accessKey}   secret key: ${secretKey}   (local test values)`,
        ...(settings.seeded
            ? []
            : [
                  "no dataset yet: restart with --sample-data for the README's dataset cats-dogs and its images",
                  "  (or --dataset ID[:NAME], --seed-data DIR; see --help)",
              ]),
        "",
        "Point a stack of its own at it (its endpoint is not your cloud's):",
        "  pulumi stack init local",
        ...Object.entries(stackConfig(emulator.url, settings)).map(
            ([key, value]) => `  pulumi config set ${key.endsWith("secretKey") ? "--secret " : ""}${key} ${value}`,
        ),
        "or a shell:",
        `  export MODELARTS_ENDPOINT=${emulator.url} MODELARTS_OBS_ENDPOINT=${emulator.url} HW_PROJECT_ID=${projectId} HW_ACCESS_KEY=${accessKey} HW_SECRET_KEY=${secretKey}`,
        "",
        `Stop: Ctrl-C, or kill ${settings.pid === undefined ? "its process" : String(settings.pid)}` +
            " (it also stops when the process that started it, e.g. npx, exits)",
        "",
    ].join("\n");
}
