/**
 * The CLI's spelling of answers and faults: `--answer login=loginRestricted,success` is a sequence (each
 * call takes the next; the last stays), a fault is `hang`, `reset`, `html[:status]`, `truncated[:answer]`,
 * `empty`, `delay:<ms>[:answer]` or `status:<code>[:<Header>=<value>]…`.
 */
import type { Step } from "./answer-book.js";

const int = (text: string, what: string) => {
  if (!/^\d+$/.test(text)) throw new Error(`${what} must be a whole number, not "${text}"`);
  return Number(text);
};

/** One step from its CLI spelling; anything that is not a fault is an answer's name or code. */
export function parseStep(text: string): Step {
  const [name, ...rest] = text.split(":");
  switch (name) {
    case "hang":
    case "reset":
    case "empty":
      if (rest.length) throw new Error(`${name} takes no argument`);
      return { fault: name };
    case "html":
      return rest.length ? { fault: "html", status: int(rest.join(":"), "html:<status>") } : { fault: "html" };
    case "truncated":
      return rest.length ? { fault: "truncated", answer: rest.join(":") } : { fault: "truncated" };
    case "delay": {
      const [ms, ...answer] = rest;
      if (ms === undefined) throw new Error("delay takes delay:<ms>[:answer]");
      return { fault: "delay", ms: int(ms, "delay:<ms>"), ...(answer.length ? { answer: answer.join(":") } : {}) };
    }
    case "status": {
      const [status, ...headers] = rest;
      if (status === undefined) throw new Error("status takes status:<code>[:<Header>=<value>]...");
      const pairs = headers.map((header) => {
        const at = header.indexOf("=");
        if (at < 1) throw new Error(`status headers are <Header>=<value>, not "${header}"`);
        return [header.slice(0, at), header.slice(at + 1)] as const;
      });
      return { fault: "status", status: int(status, "status:<code>"), ...(pairs.length ? { headers: Object.fromEntries(pairs) } : {}) };
    }
    default:
      return text;
  }
}

/** A comma-separated sequence: every step but the last is queued, the last is the standing answer. */
export function parseSequence(text: string): { queued: Step[]; standing: Step } {
  const steps = text.split(",").map((part) => part.trim());
  if (steps.some((step) => step === "")) throw new Error(`"${text}" has an empty step`);
  const parsed = steps.map(parseStep);
  return { queued: parsed.slice(0, -1), standing: parsed.at(-1)! };
}
