/**
 * The harness's provider host, started for measuring: in a project directory (the repository by default) from
 * which the serialized provider's `require("pulumi-modelarts-data/…")` resolves, as from a user's project; with a
 * transcript that keeps nothing (thousands of large `Check`s would otherwise all stay in memory).
 */
import { startProviderHost, type ProviderHost } from "../../harness/provider-host";
import { Transcript } from "../../harness/transcript";
import { REPO_ROOT } from "./installed-project";

class DiscardingTranscript extends Transcript {
    override record(): number {
        // Measuring, not testing: nothing is grepped afterwards, and no reply is paired with its request.
        return 0;
    }
}

/** Spawns the SDK's dynamic-provider host in `cwd`; `env` is added to its environment. */
export function startQuietHost(cwd = REPO_ROOT, env: Record<string, string> = {}): Promise<ProviderHost> {
    return startProviderHost({ cwd, env, transcript: new DiscardingTranscript() });
}

/** A URN of a dynamic resource of `type` (e.g. `modelarts:ImportTask`); the host only passes it along. */
export function urnOf(type: string): string {
    return `urn:pulumi:dev::cost-bench::pulumi-nodejs:dynamic/${type}::bench`;
}
