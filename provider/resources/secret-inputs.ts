/**
 * Inputs that may hold a password (where an input table declares a `secretPath`: a data source's
 * `sourceInfo.userPassword`) must not sit in state in plain text, even when the program forgot `pulumi.secret`
 * (docs/architecture.md, fact 8). The output of the same name is secret exactly when the input holds a password:
 * decided here, at construction, when the program gives the value itself; a value that is still an `Output` or a
 * promise then cannot be looked into, so its output stays secret.
 */
import * as pulumi from "@pulumi/pulumi";
import type { InputFields, InputTable } from "../schemas/input-table";
import { holdsSecret } from "../schemas/secret-paths";
import { isPlain } from "./plain-value";

/**
 * `props` with each input that holds a password made a secret, and `opts` listing as secret outputs those inputs
 * and the ones whose value is not known yet (unchanged for a kind without such inputs).
 */
export function protectPasswords(
    table: InputTable<InputFields>,
    props: Readonly<Record<string, unknown>>,
    opts: pulumi.CustomResourceOptions | undefined,
): { props: Record<string, unknown>; opts: pulumi.CustomResourceOptions | undefined } {
    const protectedProps = { ...props };
    const secretOutputs: string[] = [];
    for (const name of Object.keys(table.secretPaths)) {
        const value = props[name];
        if (value === undefined) continue;
        if (isPlain(value)) {
            if (!holdsSecret(table, name, value)) continue;
            protectedProps[name] = pulumi.secret(value);
        } else {
            protectedProps[name] = pulumi
                .output(value)
                .apply((v) => (holdsSecret(table, name, v) ? pulumi.secret(v) : v));
        }
        secretOutputs.push(name);
    }
    if (secretOutputs.length === 0) return { props: protectedProps, opts };
    const additionalSecretOutputs = [...(opts?.additionalSecretOutputs ?? []), ...secretOutputs];
    return { props: protectedProps, opts: { ...opts, additionalSecretOutputs } };
}
