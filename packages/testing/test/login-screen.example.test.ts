import { createCasinoGatewayClient, type CasinoGatewayClient } from "@operator-auth/casino-gateway";
import { startMockServer, type AnswerChoice } from "@operator-auth/testing";
import { afterAll, expect, it } from "vitest";

// The app's login screen: the message it shows for each result of a login.
async function logIn(gateway: CasinoGatewayClient, user: string, password: string): Promise<string> {
  const result = await gateway.login({ user_name: user, password, language: "en" });
  if (result.ok) return "Welcome!";
  switch (result.outcome) {
    case "action-required": return "Please finish setting up your account";
    case "second-factor-required": return "Enter the code we sent to your phone";
    case "invalid-credentials": return "Wrong user name or password";
    case "rate-limited": return "Too many attempts: try again in a few minutes";
    case "account-blocked": return "Your account is blocked";
    case "location-blocked": return "You cannot log in from here";
    default: return "Something went wrong: try again later";
  }
}

// Every outcome of the casino gateway's login, each chosen by a code or an example name of its spec.
const screens = {
  OK: "Welcome!",
  TNC_APPROVAL_REQUIRED: "Please finish setting up your account",
  sms_verification_required: "Enter the code we sent to your phone",
  USER_PASSWORD_NOT_VALID: "Wrong user name or password",
  EXCEEDED_MAX_LOGIN_ATTEMPTS: "Too many attempts: try again in a few minutes",
  PLAYER_BLOCKED: "Your account is blocked",
  BANNED_COUNTRY: "You cannot log in from here",
  invalidBrandId: "Something went wrong: try again later",
  "internal server error": "Something went wrong: try again later",
} satisfies Partial<Record<AnswerChoice<"casino-gateway", "login">, string>>;

const mock = await startMockServer("casino-gateway");
afterAll(() => mock.close());
const gateway = createCasinoGatewayClient({ baseUrl: mock.url, version: "v1", brandId: 42 });

it.each(Object.entries(screens))("answer %s shows “%s”", async (answer, screen) => {
  mock.answer("login", answer as keyof typeof screens);
  expect(await logIn(gateway, "player1", "s3cret")).toBe(screen);
  // The mock checks each request against the spec: the app sent what the gateway expects.
  expect(mock.requests.at(-1)).toMatchObject({ valid: true, body: { password: "[redacted]" } });
});
