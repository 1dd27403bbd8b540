/**
 * A line for the person running `pulumi preview` or `pulumi up`. The engine shows every line a dynamic-provider
 * host writes to stderr as a diagnostic (pulumi/pulumi `sdk/go/common/resource/plugin/plugin.go`, `runtrace`),
 * while `pulumi.log` is not connected inside dynamic providers (upstream: github.com/pulumi/pulumi/issues/6065). Such lines carry no URN, so
 * each names the resource kind and the task id. The text must already be redacted and bounded.
 */
export function notice(kind: string, text: string): void {
    process.stderr.write(`modelarts ${kind}: ${text.replace(/\s+/g, " ")}\n`);
}
