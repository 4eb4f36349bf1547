import { defineConfig } from "vitest/config";

const conditions = ["source", "import", "module", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/prism-setup.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    // Generous: a busy 2-core machine runs the suite; these stop a hang, they judge no speed.
    testTimeout: 120_000,
    // Prism takes most of a minute to boot on a busy machine.
    hookTimeout: 300_000,
  },
});
