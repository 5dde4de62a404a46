// ESLint for the extension's TypeScript and its build scripts; `npm test` runs it first.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // What .gitignore leaves out: build output, installed tools (code-server, Node, the Theia app) and work folders.
    ignores: ["dist/", "out/", "server/", "node_modules/", "target/", ".vscode-test/", "test/e2e/.work/",
      ".e2e-tools/", ".e2e-work/", "e2e-screenshots/", "test/e2e/theia/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["scripts/**/*.mjs", "test/**/*.mjs"],
    languageOptions: {
      globals: {
        process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly",
        setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly",
        fetch: "readonly",
      },
    },
  },
  {
    // The end-to-end tests run some functions inside the editor's page.
    files: ["test/e2e/**/*.mjs"],
    languageOptions: { globals: { document: "readonly", window: "readonly", getComputedStyle: "readonly" } },
  },
  {
    rules: {
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-var": "error",
      "prefer-const": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
