/**
 * The one Ajv of the process and its options: the inputs' schemas (`schemas/validate.ts`), the lookups' arguments
 * (`lookups/args.ts`) and the API's answers (`client/answer-check.ts`) are compiled on it, each schema once. Ajv is
 * required on first use only: `diff`, `read` and `delete` never load it, nor does a host that has not yet checked an
 * input or read an answer (`bench/cost/main.ts` measures the provider host's start-up). A shared leaf: it imports
 * no provider module, so the client and the schemas may both use it (`test/provider/layers.test.ts`).
 */
import type Ajv from "ajv";
import type { Options } from "ajv";

/**
 * How every schema is compiled. `verbose` gives each error its parent schema, whose `properties` name the known
 * fields. Skipping Ajv's code optimization halves compile time (~45 ms less before the first check answers) for
 * about 1 ms more per check of a 1000-label input. No meta-schema (`meta`, `validateSchema`): checking our own
 * fixed schemas against draft-07 on every start-up compiled the meta-schema first, about half of the first
 * check's compile time (bench/README.md, "Cost per resource"); the schema tests do that check instead. No
 * coercion, no removal of unknown properties: values are judged exactly as written or served.
 */
export const AJV_OPTIONS: Options = {
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { optimize: false },
    meta: false,
    validateSchema: false,
};

/** Formats and keywords some schemas need (the inputs' `formats.ts`, `alternatives`, `maxJsonLength`). */
export type Vocabulary = (ajv: Ajv) => void;

let instance: Ajv | undefined;
const added = new Set<Vocabulary>();

/** The shared Ajv, with `vocabulary` added to it once (whoever asks first). */
export function sharedAjv(vocabulary?: Vocabulary): Ajv {
    if (instance === undefined) {
        // Required here rather than imported at the top: see the file comment.
        const AjvClass = (require("ajv") as typeof import("ajv")).default;
        instance = new AjvClass(AJV_OPTIONS);
    }
    if (vocabulary !== undefined && !added.has(vocabulary)) {
        vocabulary(instance);
        added.add(vocabulary);
    }
    return instance;
}
