import { fileURLToPath } from "node:url";

/** The spec file of a provider, by its folder name under specs/. */
export const specFile = (provider: string) => fileURLToPath(new URL(`../specs/${provider}/openapi.yaml`, import.meta.url));
