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
});
