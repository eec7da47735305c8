import { AppError } from "./domain/app-error.js";
import { PROBLEM_MEDIA_TYPE, problemFromError } from "./http/problem.js";
import { SECURITY_HEADERS } from "./middleware/security-headers/index.js";

/**
 * The answer the Node adapter gives a request it cannot turn into a web Request (an
 * invalid Host, invalid URL): the problem+json of malformedRequestProblem, not its bare 400.
 */
export function malformedRequestResponse(): Response {
  const { status, headers, body } = malformedRequestProblem(false);
  return new Response(body, { status, headers });
}

/**
 * The raw HTTP answer to what Node cannot parse as HTTP (server.ts writes it to the
 * socket): 431 when the request line or headers are too long, 400 otherwise.
 */
export function malformedRequestAnswer(tooLong: boolean): string {
  const { status, headers, body } = malformedRequestProblem(tooLong);
  const reason = tooLong ? "Request Header Fields Too Large" : "Bad Request";
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${reason}\r\n${head.join("")}\r\n${body}`;
}

/**
 * The problem+json answer to a request that is not valid HTTP, with the security headers
 * every answer carries, instead of Node's bare 400/431; the connection is closed after it,
 * since where a next request would start is unknown.
 */
export function malformedRequestProblem(tooLong: boolean) {
  const error = tooLong
    ? new AppError("payload-too-large", "The request line or headers are too long.")
    : new AppError(
        "invalid-input",
        "The request is not valid HTTP (request line, Host, headers or Content-Length).",
      );
  // 431 for an over-long head: the payload-too-large kind, with the status HTTP names for it.
  const status = tooLong ? 431 : 400;
  const body = JSON.stringify({ ...problemFromError(error), status });
  const headers = {
    "Content-Type": PROBLEM_MEDIA_TYPE,
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    ...SECURITY_HEADERS,
    Connection: "close",
  };
  return { status, headers, body };
}
