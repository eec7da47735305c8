import { describe, expect, it } from "vitest";
import { checkFeedback, isKnownAbout } from "../../src/domain/feedback.js";

const known = (id: string) => id === "pipa";
const input = { about: "/", message: "ok", name: "", email: "", role: "" };

describe("checkFeedback (form and API alike)", () => {
  it("knows listed pages, intervention ids and their page paths, nothing else", () => {
    for (const about of ["/", "/privacy", "pipa", "/interventies/pipa"])
      expect(isKnownAbout(about, known)).toBe(true);
    for (const about of ["//evil.example", "/../../etc/passwd", "/interventies/../pipa", "onbekend", ""]) {
      expect(isKnownAbout(about, known)).toBe(false);
    }
  });

  it("keeps line breaks and tabs in a message but refuses other control characters", () => {
    expect(checkFeedback({ ...input, message: "regel 1\r\n\tregel 2" }, known)).toEqual({
      ok: true,
      feedback: { about: "/", message: "regel 1\n\tregel 2" },
    });
    for (const message of ["a\u0000b", "a\u001b[31mb", "a\u0085b"]) {
      expect(checkFeedback({ ...input, message }, known)).toEqual({
        ok: false,
        issues: [{ field: "message", problem: "controlCharacters" }],
      });
    }
    expect(checkFeedback({ ...input, name: "An\tB" }, known)).toMatchObject({
      issues: [{ field: "name", problem: "controlCharacters" }],
    });
  });
});
