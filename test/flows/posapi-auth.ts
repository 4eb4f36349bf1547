import { createPosApiClient, type PosApiClient, type PosApiSession } from "@operator-auth/posapi-auth";
import { codeTables } from "@operator-auth/posapi-auth/codes";
import type { ProviderFlows } from "./flows.js";

/** A session as a login would have left it; the tokens are the samples of the spec's Login 200 example. */
const session = (): PosApiSession => ({
  userToken: "e4a7c1f9b2d84e6a9c3f5b0d7e2a8c61",
  sessionToken: "9b1d4f2e7c0a4e8f9d3b6a5c2e1f0a7b",
  userTokenExpiresAt: new Date(Date.now() + 20 * 60 * 60 * 1000),
  sessionTokenExpiresAt: new Date(Date.now() + 20 * 60 * 1000),
});

export const posApiFlows: ProviderFlows<PosApiClient> = {
  provider: "posapi-auth",
  connect: (baseUrl, fetch, options) => createPosApiClient({ ...options, baseUrl, accessId: "frontend-bw-brand-1", fetch, descriptions: codeTables }),
  calls: {
    checkCountryBlock: (client) => client.checkCountryBlock("CH"),
    login: (client) => client.login({ username: "myUserName", password: "password", language: "EN", deviceId: "ABC123" }),
    loginWithPid: (client) => client.loginWithPid({ pid: "123asdf", language: "EN" }),
    logout: (client) => client.logout(session()),
    cancelWorkflow: (client) => client.cancelWorkflow(session()),
  },
};
