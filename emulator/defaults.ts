/**
 * Default settings of the emulator, for the demo and the tests. The credentials and token are throwaway local
 * values: they are not secrets and are accepted by nothing but this emulator.
 */

/** The project id the emulator serves when none is configured (32 hex digits, like a real project id). */
export const DEFAULT_PROJECT_ID = "0e5d2cfa1c4a4a5e9b3f6d7c8a9b0c1d";

/** The AK/SK pair accepted when no credentials are configured. */
export const DEMO_CREDENTIALS = {
    accessKey: "EMULATORDEMOACCESSKEY",
    secretKey: "emulator-demo-secret-key-accepted-only-locally",
} as const;

/** What a stack needs to reach an emulator: its endpoint, a project id and an accepted AK/SK pair. */
export interface StackSettings {
    readonly projectId: string;
    readonly accessKey: string;
    readonly secretKey: string;
}

/**
 * The stack config (`modelarts` namespace) that points a Pulumi program at the emulator at `url`; by default its
 * own project id and demo credentials.
 */
export function stackConfig(
    url: string,
    settings: StackSettings = { projectId: DEFAULT_PROJECT_ID, ...DEMO_CREDENTIALS },
): Record<string, string> {
    return {
        "modelarts:endpoint": url,
        // The emulator serves OBS on the same port (emulator/obs/addressing.ts).
        "modelarts:obsEndpoint": url,
        "modelarts:projectId": settings.projectId,
        "modelarts:accessKey": settings.accessKey,
        "modelarts:secretKey": settings.secretKey,
    };
}

/** The IAM token accepted (as `X-Auth-Token`) when no tokens are configured. */
export const DEMO_TOKEN = "emulator-demo-iam-token";

/** How long a task takes from creation to its end state, when not configured. */
export const DEFAULT_TASK_DURATION_MS = 2_000;

/** Request bodies above this are refused with 413 ModelArts.4104 (docs/api-notes.md: bodies are capped at 12 MB). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
