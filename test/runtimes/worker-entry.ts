/** Entry for Cloudflare's workerd: a module worker that runs the scenario against `?origin=` and answers with the report. */
import { runScenario } from "./scenario.js";

export default {
  async fetch(request: Request): Promise<Response> {
    const origin = new URL(request.url).searchParams.get("origin");
    if (!origin) return new Response("?origin= is missing", { status: 400 });
    return Response.json(await runScenario(origin));
  },
};
