// typescript-eslint's strict, type-checked rules over all TypeScript; formatting is Prettier's (eslint-config-prettier
// turns off the rules it owns). `npm run lint` must report nothing: CI runs it with --max-warnings 0.
import eslint from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
    { ignores: ["dist/", "node_modules/"] },
    eslint.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
        rules: {
            // Numbers and booleans read well in messages; objects and unknowns still must be formatted on purpose.
            "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
            // Unused parameters and destructured leftovers are named `_…` on purpose (a signature to keep).
            "@typescript-eslint/no-unused-vars": [
                "error",
                { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
            ],
        },
    },
    prettier,
);
