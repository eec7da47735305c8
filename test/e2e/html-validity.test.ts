import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { english, PAGES_INVALID, PAGES_NOT_FOUND, PAGES_OK } from "../web/page-paths.js";
import { startTestServer, type TestServer } from "./support/server.js";

const VNU_JAR = join(PROJECT_ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), "hw-vnu-"));
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The feedback form's POST states: invalid (400) and without a CSRF token (403). */
async function feedbackStates(): Promise<{ name: string; html: string; status: number }[]> {
  const form = await fetch(`${server.url}/reageer`);
  const cookie = (form.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const token = (await form.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? "";
  const post = (body: Record<string, string>, headers: Record<string, string>) =>
    fetch(`${server.url}/reageer`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(body),
    });
  const invalid = await post({ about: "/", message: "", email: "x", csrf: token }, { Cookie: cookie });
  const noToken = await post({ about: "/", message: "hallo" }, {});
  return [
    { name: "reageer-invalid", html: await invalid.text(), status: invalid.status },
    { name: "reageer-no-csrf", html: await noToken.text(), status: noToken.status },
  ];
}

describe("HTML validity (Nu Html Checker)", () => {
  it("every page and state has zero errors, checked in one vnu run", async () => {
    const files: string[] = [];
    const expected = new Map<string, number>();
    for (const p of PAGES_OK) for (const path of [p, english(p)]) expected.set(path, 200);
    for (const p of PAGES_INVALID) for (const path of [p, english(p)]) expected.set(path, 400);
    for (const p of PAGES_NOT_FOUND) for (const path of [p, english(p)]) expected.set(path, 404);
    // The API reference: a page of the full app only.
    for (const path of ["/api/docs", "/en/api/docs"]) expected.set(path, 200);
    const statuses: string[] = [];
    for (const [index, [path, status]] of [...expected.entries()].entries()) {
      const res = await fetch(server.url + path);
      if (res.status !== status) statuses.push(`${path}: ${res.status}, expected ${status}`);
      const file = join(dir, `page-${index}.html`);
      writeFileSync(file, await res.text());
      files.push(file);
    }
    expect(statuses).toEqual([]);
    const states = await feedbackStates();
    expect(states.map((s) => s.status)).toEqual([400, 403]);
    for (const state of states) {
      const file = join(dir, `${state.name}.html`);
      writeFileSync(file, state.html);
      files.push(file);
    }
    // vnu exits non-zero when it finds errors; the JSON report on stderr says which.
    const run = promisify(execFile);
    const result = await run("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], {
      maxBuffer: 20 * 1024 * 1024,
    }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
    const report = JSON.parse(result.stderr || '{"messages":[]}') as {
      messages: { type: string; url: string; message: string; extract?: string }[];
    };
    const errors = report.messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .map((m) => `${m.url.split("/").pop()}: ${m.message}`);
    expect(files.length).toBeGreaterThan(60);
    expect(errors).toEqual([]);
  }, 180_000);

  it("pages carry a Content-Security-Policy without 'unsafe-inline'", async () => {
    const res = await fetch(`${server.url}/keuzehulp`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });
});
