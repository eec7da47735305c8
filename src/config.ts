import { z } from "zod";
import { formatIssuePath } from "./domain/app-error.js";
import { LOG_LEVELS, type LogLevel } from "./lib/logger.js";

/** The server's settings, read once from the environment at start. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** A postgres:// address selects PostgreSQL; without it the embedded SQLite file is used. */
  readonly databaseUrl: string | undefined;
  /** The SQLite file; undefined: the store's default (data/hechtingswijzer.sqlite). */
  readonly sqliteFile: string | undefined;
  readonly logLevel: LogLevel;
  /** Origins allowed to call the API from a browser; empty: CORS is off. */
  readonly corsOrigins: readonly string[];
  /** POST requests one client may make per minute (token bucket). */
  readonly ratePostsPerMinute: number;
  readonly bodyLimitBytes: number;
  /**
   * How many proxies you run in front of the server: the client is the address that many
   * entries from the right of X-Forwarded-For. 0: the header is ignored.
   */
  readonly trustedProxyHops: number;
  /** Feedback writes per minute from all clients together (form and API). */
  readonly feedbackPerMinute: number;
  /** Stored feedback rows above which new feedback is refused (503). */
  readonly feedbackMaxStored: number;
  /** Months after which a feedback sender's name and e-mail address are erased (decision 092). */
  readonly feedbackRetentionMonths: number;
  /**
   * Whether one person may both write a change and publish it (small installations).
   * Off by default: a reviewer publishes only drafts they wrote none of (four eyes, decision 095).
   */
  readonly allowSelfPublish: boolean;
  /**
   * The site's public origin (https://hechtingswijzer.nl), the only source of absolute links;
   * when set, requests naming another Host are refused. Undefined: links are root-relative.
   */
  readonly publicUrl: string | undefined;
}

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

// TRUST_PROXY was a flag; true still means the one proxy it meant then.
const proxyHops = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => ({ true: "1", yes: "1", false: "0", no: "0" })[value] ?? value)
  .pipe(
    z
      .string()
      .regex(/^\d+$/, "must be the number of proxies in front (0-10), or true (1) / false (0)")
      .transform(Number)
      .pipe(z.number().int().max(10, "must be at most 10")),
  );

const origin = z
  .string()
  .regex(/^https?:\/\/[^/\s]+$/, "must be an origin such as https://example.nl (no path)");

const environmentSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  // 0.0.0.0 so that `npm start` answers on http://localhost:3000 whether localhost
  // resolves to IPv4 or to the container's address; put a proxy in front in production.
  HOST: z.string().trim().min(1, "must not be empty").default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// (leave it unset for the embedded SQLite)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SQLITE_FILE: z.string().trim().min(1, "must not be empty").optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    )
    .pipe(z.array(origin)),
  RATE_LIMIT_POSTS_PER_MINUTE: integer(1, 1_000_000).default(60),
  BODY_LIMIT_BYTES: integer(1, 100 * 1024 * 1024).default(64 * 1024),
  TRUST_PROXY: proxyHops.default(0),
  FEEDBACK_PER_MINUTE: integer(1, 1_000_000).default(300),
  FEEDBACK_MAX_STORED: integer(1, 1_000_000_000).default(100_000),
  FEEDBACK_RETENTION_MONTHS: integer(1, 120).default(12),
  ALLOW_SELF_PUBLISH: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
  PUBLIC_URL: origin.optional().or(z.literal("").transform(() => undefined)),
});

/** The environment variables the server reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

/** The configuration was not valid; `issues` name the environment variables. */
export class ConfigError extends Error {
  constructor(readonly issues: readonly { variable: string; message: string }[]) {
    super(
      `invalid configuration:\n${issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/**
 * Reads the configuration from an environment (process.env by default).
 * Throws ConfigError naming every invalid variable.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): AppConfig {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: formatIssuePath(issue.path) || "environment",
        message: issue.message,
      })),
    );
  }
  const parsed = result.data;
  return Object.freeze({
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    sqliteFile: parsed.SQLITE_FILE,
    logLevel: parsed.LOG_LEVEL,
    corsOrigins: Object.freeze([...parsed.CORS_ORIGINS]),
    ratePostsPerMinute: parsed.RATE_LIMIT_POSTS_PER_MINUTE,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    trustedProxyHops: parsed.TRUST_PROXY,
    feedbackPerMinute: parsed.FEEDBACK_PER_MINUTE,
    feedbackMaxStored: parsed.FEEDBACK_MAX_STORED,
    feedbackRetentionMonths: parsed.FEEDBACK_RETENTION_MONTHS,
    allowSelfPublish: parsed.ALLOW_SELF_PUBLISH,
    publicUrl: parsed.PUBLIC_URL,
  });
}

/** A configuration for tests and tools: the defaults, quiet logs, and the given overrides. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return Object.freeze({ ...loadConfig({ LOG_LEVEL: "silent" }), ...overrides });
}
