/**
 * What `modelarts-emulator` prints after its first line: how to point a Pulumi program (stack config) or a shell
 * (environment variables) at it. The credentials are the emulator's own throwaway local values, never real ones.
 */
import { stackConfig, type StackSettings } from "./defaults";
import type { RunningEmulator } from "./server";

/** The accepted AK/SK pair and project id the banner tells users to configure, and the data directory. */
export interface BannerSettings extends StackSettings {
    readonly dataDir: string;
}

/** The lines printed after `ModelArts emulator listening on <url>`. */
export function banner(emulator: Pick<RunningEmulator, "url">, settings: BannerSettings): string {
    const { projectId, accessKey, secretKey, dataDir } = settings;
    return [
        `data directory: ${dataDir} (state.json, and the emulated OBS under obs/<bucket>/<key>)`,
        `project id: ${projectId}`,
        `access key: ${accessKey}   secret key: ${secretKey}   (local test values)`,
        "",
        "Point a stack at it:",
        ...Object.entries(stackConfig(emulator.url, settings)).map(
            ([key, value]) => `  pulumi config set ${key.endsWith("secretKey") ? "--secret " : ""}${key} ${value}`,
        ),
        "or a shell:",
        `  export MODELARTS_ENDPOINT=${emulator.url} HW_PROJECT_ID=${projectId} HW_ACCESS_KEY=${accessKey} HW_SECRET_KEY=${secretKey}`,
        "",
    ].join("\n");
}
