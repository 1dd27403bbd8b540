/**
 * What `modelarts-emulator` prints after its first line: how to point a Pulumi program (stack config) or a shell
 * (environment variables) at it. The credentials are the emulator's own throwaway local values, never real ones.
 */
import type { RunningEmulator } from "./server";

/** The accepted AK/SK pair and project id the banner tells users to configure. */
export interface BannerSettings {
    readonly projectId: string;
    readonly accessKey: string;
    readonly secretKey: string;
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
        `  pulumi config set modelarts:endpoint ${emulator.url}`,
        `  pulumi config set modelarts:projectId ${projectId}`,
        `  pulumi config set modelarts:accessKey ${accessKey}`,
        `  pulumi config set --secret modelarts:secretKey ${secretKey}`,
        "or a shell:",
        `  export MODELARTS_ENDPOINT=${emulator.url} HW_PROJECT_ID=${projectId} HW_ACCESS_KEY=${accessKey} HW_SECRET_KEY=${secretKey}`,
        "",
    ].join("\n");
}
