// typescript-eslint's strict, type-checked rules over all TypeScript; formatting is Prettier's (eslint-config-prettier
// turns off the rules it owns). `npm run lint` must report nothing: CI runs it with --max-warnings 0.
import eslint from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
    { ignores: ["dist/", "node_modules/", "eslint.config.mjs", "scripts/typedoc-categories.mjs"] },
    eslint.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
        rules: {
            // Numbers and booleans read well in messages; objects and unknowns must still be formatted on purpose.
            "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
            // Unused parameters and destructured leftovers are named `_…` on purpose (a signature to keep).
            "@typescript-eslint/no-unused-vars": [
                "error",
                { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
            ],
            // An interface that only extends a derived type names it: an answer type (`interface ImportTaskResponse
            // extends TypeOf<typeof importTaskSchema> {}`, provider/client/modelarts/), and a resource class's outputs
            // merged into the class from its output table (provider/resources/outputs.ts).
            "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
            // Modules are loaded on first use with `require` to keep the provider host's start-up short
            // (docs/architecture.md, fact 1; measured by bench/cost); only those loads are allowed.
            "@typescript-eslint/no-require-imports": [
                "error",
                { allow: ["^\\.{1,2}/", "^pulumi-modelarts-data", "^ajv$", "^typescript$", "^@pulumi/pulumi"] },
            ],
        },
    },
    {
        // Tests, their kit (testkit/), the harness and the benchmarks read JSON answers and gRPC structs whose shape
        // is what they assert; typing each of them would repeat the assertions. Production code (provider/,
        // emulator/) keeps every rule.
        files: ["test/**", "testkit/**", "harness/**", "bench/**", "scripts/**"],
        rules: {
            "@typescript-eslint/no-unsafe-member-access": "off",
            "@typescript-eslint/no-unsafe-assignment": "off",
            "@typescript-eslint/no-unsafe-argument": "off",
            "@typescript-eslint/no-unsafe-return": "off",
            "@typescript-eslint/no-unsafe-call": "off",
            "@typescript-eslint/no-non-null-assertion": "off",
        },
    },
    // Plain JavaScript (a `--require` hook of the cost benchmark) is outside the TypeScript project: lint it untyped.
    {
        files: ["**/*.js"],
        ...tseslint.configs.disableTypeChecked,
        languageOptions: {
            parserOptions: { projectService: false, project: false },
            sourceType: "commonjs",
            globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" },
        },
        rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
    },
    prettier,
);
