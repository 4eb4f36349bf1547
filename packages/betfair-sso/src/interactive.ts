/**
 * The interactive login flow (a subpath of its own): the login page URL to send a user to, and the parser of
 * the redirect it sends back. Kept out of the main entry so an app that logs in by API alone does not ship it.
 */
export {
  interactiveLoginUrl,
  parseInteractiveLoginRedirect,
  type ParseInteractiveLoginRedirectOptions,
  type InteractiveLoginFailure,
  type InteractiveLoginRedirectResult,
  type InteractiveLoginSuccess,
  type InteractiveLoginUrlOptions,
} from "./interactive-login.js";
