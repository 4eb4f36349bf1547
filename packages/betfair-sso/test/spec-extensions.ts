/** The spec's own vendor extensions, read from the spec itself, that the tests hold the client to. */
import { readSpec } from "../../../scripts/generate/spec.js";
import { specFile } from "../../../test/paths.js";

const document = readSpec(specFile("betfair-sso")) as Record<string, unknown>;

/** `x-jurisdictions`: jurisdiction → Identity SSO host. */
export const specJurisdictions = document["x-jurisdictions"] as Record<string, string>;
/** `x-cert-jurisdictions`: jurisdiction → certificate login host. */
export const specCertJurisdictions = document["x-cert-jurisdictions"] as Record<string, string>;
