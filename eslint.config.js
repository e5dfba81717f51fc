// @module ESLint flat config: type-aware typescript-eslint over src, test and bench.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "scratch/**", "node_modules/**", "reports/**", "bin/**", ".triangulate/**", "eslint.config.js", "bench/**/*.py"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/switch-exhaustiveness-check": "error",
    },
  },
  {
    // Plain Node scripts run at install (before TypeScript is there): no type information.
    files: ["scripts/**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { process: "readonly", console: "readonly", Buffer: "readonly" } },
  },
  {
    // node:test's test()/describe() return promises the runner awaits itself.
    files: ["**/*.test.ts", "test/store/conformance*.ts"],
    rules: { "@typescript-eslint/no-floating-promises": "off" },
  },
);
