import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { PROJECT_ROOT } from "../../src/paths.js";

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration from the environment", () => {
  it("has defaults that serve http://localhost:3000 on the embedded SQLite", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "0.0.0.0",
      databaseUrl: undefined,
      sqliteFile: undefined,
      logLevel: "info",
      corsOrigins: [],
      bodyLimitBytes: 64 * 1024,
      trustedProxyHops: 0,
      feedbackPerMinute: 300,
      feedbackMaxStored: 100_000,
      feedbackRetentionMonths: 12,
      allowSelfPublish: false,
    });
    expect(config.ratePostsPerMinute).toBeGreaterThan(0);
  });

  it("allows one person to write and publish only when ALLOW_SELF_PUBLISH is true", () => {
    expect(loadConfig({ ALLOW_SELF_PUBLISH: "true" }).allowSelfPublish).toBe(true);
    expect(loadConfig({ ALLOW_SELF_PUBLISH: "false" }).allowSelfPublish).toBe(false);
    expect(configError({ ALLOW_SELF_PUBLISH: "yes" }).issues).toEqual([
      { variable: "ALLOW_SELF_PUBLISH", message: "must be true or false" },
    ]);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_URL: "postgres://u:p@db:5432/hw",
      SQLITE_FILE: "/tmp/x.sqlite",
      LOG_LEVEL: "debug",
      CORS_ORIGINS: "https://a.example, https://b.example:8443",
      RATE_LIMIT_POSTS_PER_MINUTE: "10",
      BODY_LIMIT_BYTES: "1024",
      TRUST_PROXY: "2",
      FEEDBACK_PER_MINUTE: "50",
      FEEDBACK_MAX_STORED: "1000",
      FEEDBACK_RETENTION_MONTHS: "6",
      ALLOW_SELF_PUBLISH: "true",
    });
    expect(config).toEqual({
      port: 8080,
      host: "127.0.0.1",
      databaseUrl: "postgres://u:p@db:5432/hw",
      sqliteFile: "/tmp/x.sqlite",
      logLevel: "debug",
      corsOrigins: ["https://a.example", "https://b.example:8443"],
      ratePostsPerMinute: 10,
      bodyLimitBytes: 1024,
      trustedProxyHops: 2,
      feedbackPerMinute: 50,
      feedbackMaxStored: 1000,
      feedbackRetentionMonths: 6,
      allowSelfPublish: true,
    });
  });

  it("TRUST_PROXY true is one proxy hop, false none", () => {
    expect(loadConfig({ TRUST_PROXY: "true" }).trustedProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "yes" }).trustedProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustedProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "0" }).trustedProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustedProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "3" }).trustedProxyHops).toBe(3);
  });

  it("an empty DATABASE_URL means SQLite", () => {
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it("names each invalid variable", () => {
    const cases: [Record<string, string>, string][] = [
      [{ PORT: "http" }, "PORT"],
      [{ PORT: "70000" }, "PORT"],
      [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
      [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
      [{ CORS_ORIGINS: "https://ok.example,not an origin" }, "CORS_ORIGINS"],
      [{ RATE_LIMIT_POSTS_PER_MINUTE: "0" }, "RATE_LIMIT_POSTS_PER_MINUTE"],
      [{ BODY_LIMIT_BYTES: "-5" }, "BODY_LIMIT_BYTES"],
      [{ TRUST_PROXY: "sometimes" }, "TRUST_PROXY"],
      [{ TRUST_PROXY: "-1" }, "TRUST_PROXY"],
      [{ TRUST_PROXY: "11" }, "TRUST_PROXY"],
      [{ FEEDBACK_PER_MINUTE: "0" }, "FEEDBACK_PER_MINUTE"],
      [{ FEEDBACK_MAX_STORED: "x" }, "FEEDBACK_MAX_STORED"],
      [{ FEEDBACK_RETENTION_MONTHS: "0" }, "FEEDBACK_RETENTION_MONTHS"],
    ];
    for (const [env, variable] of cases) {
      const error = configError(env);
      expect(error.issues.some((issue) => issue.variable.startsWith(variable))).toBe(true);
      expect(error.message).toContain(variable);
    }
    expect(configError({ PORT: "x", LOG_LEVEL: "y" }).issues).toHaveLength(2);
  });

  it("the server refuses to start on an invalid value: exit 2 and a message naming it", () => {
    const result = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "src/server.ts"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: "not-a-port", LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("PORT");
  });
});
