import { describe, expect, it } from "vitest";
import { EXIT_INVALID, EXIT_OK } from "../../src/cli/io.js";
import { runCliCaptured } from "./support/run-cli.js";

describe("hechtingswijzer (command dispatcher)", () => {
  it("lists every command with --help", async () => {
    const { code, stdout } = await runCliCaptured(["--help"]);
    expect(code).toBe(EXIT_OK);
    for (const name of ["advice", "search", "content", "db"]) {
      expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
  });

  it("prints the help without a command", async () => {
    const { code, stdout } = await runCliCaptured([]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain("Opdrachten:");
  });

  it("rejects an unknown command with exit code 2, naming it", async () => {
    const { code, stdout, stderr } = await runCliCaptured(["advise"]);
    expect(code).toBe(EXIT_INVALID);
    expect(stderr).toContain('onbekende opdracht "advise"');
    expect(stdout).toBe("");
  });

  it("shows a command's own usage with --help", async () => {
    const { code, stdout } = await runCliCaptured(["advice", "--help"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain("advice");
  });

  it("speaks English with --lang en, before or after the command", async () => {
    const dutch = await runCliCaptured(["--help"]);
    for (const args of [
      ["--help", "--lang", "en"],
      ["--lang", "en"],
      ["--lang=en", "--help"],
    ]) {
      const { code, stdout } = await runCliCaptured(args);
      expect(code).toBe(EXIT_OK);
      expect(stdout).toContain("Commands:");
      expect(stdout).not.toBe(dutch.stdout);
    }
    const unknown = await runCliCaptured(["--lang", "en", "advise"]);
    expect(unknown.code).toBe(EXIT_INVALID);
    expect(unknown.stderr).toContain('unknown command "advise"');
  });

  it.each([
    ["advice", ["--colour"]],
    ["search", ["--colour"]],
    ["content", ["list", "--colour"]],
    ["db", ["migrate", "--colour"]],
  ])("%s: a usage mistake is Dutch by default and English with --lang en", async (command, args) => {
    const dutch = await runCliCaptured([command, ...args]);
    const english = await runCliCaptured([command, ...args, "--lang", "en"]);
    expect(dutch.code).toBe(EXIT_INVALID);
    expect(english.code).toBe(EXIT_INVALID);
    expect(dutch.stderr).toContain(`hechtingswijzer ${command}: onbekende optie --colour`);
    expect(dutch.stderr).toContain(`Zie: hechtingswijzer ${command} --help`);
    expect(english.stderr).toContain(`hechtingswijzer ${command}: unknown option --colour`);
    expect(english.stderr).toContain(`See: hechtingswijzer ${command} --help`);
  });

  it.each(["advice", "search", "content", "db"])(
    "%s --help is Dutch, and English with --lang en",
    async (command) => {
      const dutch = await runCliCaptured([command, "--help"]);
      const english = await runCliCaptured([command, "--help", "--lang", "en"]);
      expect(dutch.stdout).toMatch(/^Gebruik:/);
      expect(english.stdout).toMatch(/^Usage:/);
    },
  );
});
