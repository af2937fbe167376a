import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

/**
 * The layers point one way: domain → nothing of ours; contracts → domain; server, cli and web →
 * contracts and domain; the web app never reaches into the server. One block per folder, because
 * a later `no-restricted-imports` replaces an earlier one rather than adding to it.
 */
function layer(files, forbidden, { extra = [], ignores = [] } = {}) {
  const patterns = forbidden.map((folder) => ({
    group: [`**/${folder}/*`, `**/${folder}/**`],
    message: `${files} may not import src/${folder}.`,
  }));
  return { files: [files], ignores, rules: { "no-restricted-imports": ["error", { patterns: [...patterns, ...extra] }] } };
}

// Only routes and the app itself know HTTP; what services, the CLI and the demo share lives outside server/http.
const httpOnlyAtTheEdge = {
  group: ["**/http/*"],
  message: "Only routes and the app know HTTP: move what services share out of server/http.",
};
const serverEdge = [
  "src/server/http/**",
  "src/server/app.ts",
  "src/server/main.ts",
  "src/server/**/routes.ts",
  "src/server/**/*-routes.ts",
  "src/server/**/*.test.ts",
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["src/server/db/migrations/**/*.ts", "src/server/db/migrate.ts"],
    // Kysely's migration interface takes an untyped database: a migration must not depend on today's schema.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.{js,mjs}", "bench/**/*.{js,mjs}"],
    languageOptions: { globals: { URL: "readonly", console: "readonly", process: "readonly" } },
  },
  layer("src/domain/**", ["contracts", "server", "cli", "web"]),
  layer("src/contracts/**", ["server", "cli", "web"]),
  layer("src/web/**", ["server", "cli"]),
  layer("src/server/**", ["cli", "web"]),
  layer("src/server/**", ["cli", "web"], { ignores: serverEdge, extra: [httpOnlyAtTheEdge] }),
  layer("src/cli/**", ["web"], { extra: [httpOnlyAtTheEdge] }),
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
