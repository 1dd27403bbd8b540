/**
 * What the secret-leak tests grep: everything the provider and the engine produced for a stack's runs.
 */
import type { RunResult } from "../harness/step";
import { PRODUCED_BY_PROVIDER } from "../harness/transcript";
import type { EmulatedStack } from "./emulated-stack";

/**
 * Everything the harness recorded of a stack's runs that the provider or the engine produced. A secret *input*
 * also travels back in the host's answers, in plain text as the protocol wants: Check's inputs, Create's outputs,
 * an init failure's outputs (the host does not accept secrets; the engine seals outputs by key,
 * docs/architecture.md, fact 8). For those, `inputSecret` keeps of the host's answers only the error messages,
 * with everything the host printed.
 */
export function recorded(stack: EmulatedStack, results: RunResult[], inputSecret = false): string {
    const transcript = inputSecret
        ? [
              stack.engine.transcript.text(PRODUCED_BY_PROVIDER.filter((k) => k !== "response" && k !== "error")),
              ...stack.engine.transcript.entries
                  .filter((e) => e.kind === "error")
                  .map((e) => String((e.data as { message?: unknown }).message)),
          ].join("\n")
        : stack.engine.transcript.text(PRODUCED_BY_PROVIDER);
    return [
        ...stack.engine.providerTexts().values(),
        JSON.stringify(stack.engine.state),
        JSON.stringify(results),
        transcript,
    ].join("\n");
}
