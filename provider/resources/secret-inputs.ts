/**
 * Inputs that may hold a password (those an input table marks `secret`: a data source's
 * `sourceInfo.userPassword`) must not sit in state in plain text, even when the program forgot `pulumi.secret`
 * (docs/architecture.md, fact 8).
 */
import * as pulumi from "@pulumi/pulumi";
import type { InputFields, InputTable } from "../schemas/input-table";

/**
 * `props` with each `secret` input made a secret when it holds a password, and `opts` with those inputs listed as
 * secret outputs (unchanged for a kind without such inputs).
 */
export function protectPasswords(
    table: InputTable<InputFields>,
    props: Readonly<Record<string, unknown>>,
    opts: pulumi.CustomResourceOptions | undefined,
): { props: Record<string, unknown>; opts: pulumi.CustomResourceOptions | undefined } {
    if (table.secret.length === 0) return { props: { ...props }, opts };
    const protectedProps = { ...props };
    for (const name of table.secret) {
        const value = props[name];
        if (value !== undefined) {
            protectedProps[name] = pulumi.output(value).apply((v) => (holdsPassword(v) ? pulumi.secret(v) : v));
        }
    }
    const additionalSecretOutputs = [...(opts?.additionalSecretOutputs ?? []), ...table.secret];
    return { props: protectedProps, opts: { ...opts, additionalSecretOutputs } };
}

function holdsPassword(value: unknown): boolean {
    if (Array.isArray(value)) return value.some(holdsPassword);
    if (value === null || typeof value !== "object") return false;
    return Object.entries(value).some(([key, inner]) =>
        key === "userPassword" ? inner !== undefined : holdsPassword(inner),
    );
}
