import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { type CliIO, EXIT_INVALID, EXIT_OK } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/main.js";

function fakeIO(): CliIO & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: new PassThrough(),
    isTTY: false,
    env: {},
    out: () => out,
    err: () => err,
  };
}

describe("hechtingswijzer (command dispatcher)", () => {
  it("lists every command with --help", async () => {
    const io = fakeIO();
    expect(await runCli(["--help"], io)).toBe(EXIT_OK);
    for (const name of ["advice", "search", "content", "db"])
      expect(io.out()).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("prints the help without a command", async () => {
    const io = fakeIO();
    expect(await runCli([], io)).toBe(EXIT_OK);
    expect(io.out()).toContain("Opdrachten:");
  });

  it("rejects an unknown command with exit code 2, naming it", async () => {
    const io = fakeIO();
    expect(await runCli(["advise"], io)).toBe(EXIT_INVALID);
    expect(io.err()).toContain('onbekende opdracht "advise"');
    expect(io.out()).toBe("");
  });

  it("shows a command's own usage with --help", async () => {
    const io = fakeIO();
    expect(await runCli(["advice", "--help"], io)).toBe(EXIT_OK);
    expect(io.out()).toContain("advice");
  });
});
