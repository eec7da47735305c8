import type { ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { AppError } from "./domain/app-error.js";
import { PROBLEM_MEDIA_TYPE, problemFromError } from "./http/problem.js";
import { SECURITY_HEADERS } from "./middleware/security-headers/index.js";

/**
 * Answers what Node cannot parse as HTTP (bad Content-Length, invalid request line,
 * over-long URL or headers) before it reaches the app: the same problem+json and
 * security headers as every other answer, instead of Node's bare 400/431, and then
 * the connection is closed, since where the next request starts is unknown.
 * A connection that timed out or was reset gets no answer: nobody is waiting for one.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || error.code === "ERR_HTTP_REQUEST_TIMEOUT" || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(malformedRequestAnswer(error.code === "HPE_HEADER_OVERFLOW"));
}

/**
 * The answer the Node adapter gives a request it cannot turn into a web Request (an
 * invalid Host, invalid URL): the same problem+json as above, instead of its bare 400.
 */
export function malformedRequestResponse(): Response {
  const { status, headers, body } = malformedRequestProblem(false);
  return new Response(body, { status, headers });
}

/** Answers an HTTP/1.1 request without Host (which Node would answer with a bare 400). */
export function answerMissingHost(res: ServerResponse): void {
  const { status, headers, body } = malformedRequestProblem(false);
  res.writeHead(status, headers).end(body);
}

/** The raw HTTP answer: 431 when the request line or headers are too long, 400 otherwise. */
function malformedRequestAnswer(tooLong: boolean): string {
  const { status, headers, body } = malformedRequestProblem(tooLong);
  const reason = tooLong ? "Request Header Fields Too Large" : "Bad Request";
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${reason}\r\n${head.join("")}\r\n${body}`;
}

function malformedRequestProblem(tooLong: boolean) {
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
