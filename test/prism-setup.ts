/** Vitest global setup: one Prism per spec for the whole run, their URLs provided as `prism`. A loaded machine starts three Prisms slowly, so each gets two minutes. */
import type { TestProject } from "vitest/node";
import { listSpecs } from "../scripts/generate/spec.js";
import { startPrism, type PrismMock } from "./prism.js";

declare module "vitest" {
  export interface ProvidedContext {
    prism: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const mocks = new Map<string, PrismMock>();
  try {
    await Promise.all(listSpecs().map(async ({ provider, specFile }) => mocks.set(provider, await startPrism(specFile, { timeoutMs: 120_000 }))));
  } catch (error) {
    await Promise.all([...mocks.values()].map((mock) => mock.stop()));
    throw error;
  }
  project.provide("prism", Object.fromEntries([...mocks].map(([provider, mock]) => [provider, mock.url])));
  return async () => {
    await Promise.all([...mocks.values()].map((mock) => mock.stop()));
  };
}
