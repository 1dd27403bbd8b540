/**
 * `pulumi refresh` of one resource: `Read` with the recorded outputs and inputs. A blank id means the resource
 * is gone and leaves the state (docs/architecture.md, fact 7); otherwise the outputs (and inputs, if the provider
 * returned some) are replaced, and a successful read clears init errors, as the engine's refresh step does.
 */
import { isDeepStrictEqual } from "util";
import type { ProviderHost } from "./provider-host";
import { revealSecrets, sealSecrets } from "./secrets";
import type { ResourceState } from "./state";
import { messageOf, stepOf, type Step } from "./step";

/** Refreshes one resource as `pulumi refresh` does; resolves to its new state (none when gone). */
export async function refreshResource(
    host: ProviderHost,
    resource: ResourceState,
    steps: Step[],
): Promise<ResourceState[]> {
    const outputs = revealSecrets(resource.outputs);
    const inputs = revealSecrets(resource.inputs);
    try {
        const read = await host.read(resource.id ?? "", resource.urn, outputs.plain, inputs.plain);
        if (read.id === "") {
            steps.push(stepOf(resource, "delete", { id: resource.id }));
            return [];
        }
        steps.push(stepOf(resource, "read", { id: read.id, changed: !isDeepStrictEqual(read.props, outputs.plain) }));
        const { initErrors: _cleared, ...kept } = resource;
        return [
            {
                ...kept,
                id: read.id,
                outputs: sealSecrets(read.props, outputs.secretKeys),
                inputs: read.inputs ? sealSecrets(read.inputs, inputs.secretKeys) : resource.inputs,
            },
        ];
    } catch (error) {
        steps.push(stepOf(resource, "failed", { id: resource.id, error: messageOf(error) }));
        return [resource];
    }
}
