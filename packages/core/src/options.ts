import { clientOptionNames, pickClientOptions, type ClientOptions } from "./client-options.js";
import { invalidInput } from "./invalid-input.js";
import { OperatorAuthError } from "./operator-auth-error.js";

/**
 * A factory's options, checked to be an object, so that a missing one fails clearly rather than with a
 * TypeError. Given the factory's own option names (the `ClientOptions` names are added), an option name
 * that differs from one of them only by case (`baseURL`) is refused with a hint rather than ignored.
 */
export function requireOptions<Options>(options: Options, factory: string, names?: readonly string[]): Options {
  if (typeof options !== "object" || options === null) {
    throw new OperatorAuthError("invalid-input", `${factory} expects an options object.`);
  }
  if (names) {
    const known = [...names, ...clientOptionNames];
    for (const given in options) {
      // No two known names differ by case alone, so a name given exactly finds itself.
      const meant = known.find((name) => name.toLowerCase() === given.toLowerCase());
      if (meant && meant !== given) throw invalidInput(factory, given, `is not an option (did you mean ${meant}?)`);
    }
  }
  return options;
}

type OwnOptionName<Options> = Exclude<keyof Options, (typeof clientOptionNames)[number]>;

/**
 * A client's own option names (those besides `ClientOptions`), checked against its options type:
 * `Names` when it lists every one and nothing else, `never` otherwise, so that assigning a list that
 * misses or adds a name fails to compile.
 */
export type OptionNames<Options, Names extends readonly OwnOptionName<Options>[]> = [OwnOptionName<Options>] extends [Names[number]] ? Names : never;

/** Where a client's calls go, and the headers every one of them carries. */
export interface Route {
  /** Where the provider's API lives: scheme, host and any path prefix. https, or http to loopback only (any host with `allowInsecureHttp`). */
  baseUrl: string;
  /** Headers sent with every call. Default: none. */
  headers?: Record<string, string>;
}

/** What a connection is opened with: the `ClientOptions`, the route, and the function named in errors. */
export interface ConnectionOptions extends ClientOptions, Route {
  /** Extra options for Node's fetch, such as an undici `dispatcher` carrying a client certificate. Default: none. */
  requestInitExt?: Record<string, unknown>;
  /** The function named in the errors about these options, e.g. `createPosApiClient`. Default: `createTransport`. */
  where?: string;
}

/**
 * The preamble of every client factory, typed or raw: the options checked to be an object without a
 * misspelt name, the route read from them (`route` checks the client's own options it needs), then the
 * connection opened (`createTransport` or `createRawClient`) with the `ClientOptions` alone, so nothing
 * else a caller passed travels on.
 */
export function connect<Options extends ClientOptions, Connection>(
  where: string,
  options: Options,
  names: readonly string[],
  open: (options: ConnectionOptions & { where: string }) => Connection,
  route: (options: Options, where: string) => Route,
): Connection {
  requireOptions(options, where, names);
  return open({ ...pickClientOptions(options), ...route(options, where), where });
}
