// What an app writes against the published package; checked by scripts/check-packages.ts (no Prism: the kit is the mock).
import { documentedAnswers, startMockServer, type AnswerChoice } from "@operator-auth/testing";

const mock = await startMockServer("posapi-auth", { answers: { login: 602 } });
const choice: AnswerChoice<"betfair-sso", "login"> = "ACCOUNT_NOW_LOCKED";
try {
  const response = await fetch(`${mock.url}/Authentication.svc/Login`, {
    method: "POST",
    headers: { "x-bwin-accessId": "frontend-bw-brand-1", "content-type": "application/json" },
    body: JSON.stringify({ username: "myUserName", password: "password" }),
  });
  const body = (await response.json()) as { code: number };
  const [request] = mock.requests;
  if (response.status !== 403 || body.code !== 602 || !request?.valid) throw new Error(`expected PosAPI's 602, got ${response.status} ${body.code}`);
  const answers = documentedAnswers("casino-gateway", "login").length;
  console.log(JSON.stringify({ status: response.status, code: body.code, password: (request.body as { password: string }).password, choice, answers }));
} finally {
  await mock.close();
}
