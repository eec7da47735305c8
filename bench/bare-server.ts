/**
 * The benchmark's baseline (bench/http.ts): a bare node:http server that answers each
 * recorded request with the bytes the real server answered, from memory. Run by the
 * benchmark as a child process, like the real server:
 *
 *   node --import tsx bench/bare-server.ts RECORDED.json [WORK_MICROSECONDS]
 *
 * With WORK_MICROSECONDS it first keeps the CPU busy that long per request: the
 * benchmark's calibration row, a server whose only cost above the bare one is known.
 * Prints its URL on the first line of stdout; stops on SIGTERM.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type RecordedAnswer, recordedRequestKey } from "./recorded-answer.js";

const file = process.argv[2];
const workMs = Number(process.argv[3] ?? 0) / 1000;
if (!file || !Number.isFinite(workMs)) {
  process.stderr.write("usage: bare-server.ts RECORDED.json [WORK_MICROSECONDS]\n");
  process.exit(2);
}
const answers = new Map(
  (JSON.parse(readFileSync(file, "utf8")) as RecordedAnswer[]).map((answer) => [
    answer.request,
    { status: answer.status, headers: answer.headers, body: Buffer.from(answer.bodyBase64, "base64") },
  ]),
);

const server = createServer((request, response) => {
  const answer = answers.get(
    recordedRequestKey(request.method ?? "", request.url ?? "", request.headers["accept-encoding"]),
  );
  // Read (and drop) the body as the real server does.
  request.resume();
  request.on("end", () => {
    const until = performance.now() + workMs;
    while (performance.now() < until) {
      // Busy on purpose: calibration work (see above).
    }
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(answer.status, answer.headers).end(answer.body);
  });
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
