import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../paths.js";
import { minifyCss, subsetCss } from "./css-subset.js";

/** The NL Design System components the pages use (class prefixes in @utrecht/component-library-css). */
export const UTRECHT_COMPONENTS = [
  "utrecht-form-field",
  "utrecht-form-label",
  "utrecht-form-fieldset",
  "utrecht-textbox",
  "utrecht-textarea",
  "utrecht-select",
  "utrecht-table",
  "utrecht-alert",
  "utrecht-skip-link",
] as const;

/**
 * Variants and emulated states of those components the pages never use: rules
 * whose selectors name one of these are left out (the pages style hover and
 * focus themselves, with :hover and :focus-visible).
 */
export const UNUSED_VARIANTS = [
  "--sticky",
  "--busy",
  "--disabled",
  "--read-only",
  "--placeholder",
  "-size",
  "--password",
  "--url",
  "--numeric",
  "--truncate",
  "--alternate",
  "--row-hover",
  "--row-focus-within",
  "--oneline",
  "--fixed",
  "--hover",
  "--focus",
  "--active",
  "--selected",
  "alert-dialog",
  "backdrop",
  "table-container",
  "table-of-contents",
] as const;

/** One served asset: its bytes, type and content-hashed file name. */
export interface Asset {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string;
}

const ASSET_DIR = join(PROJECT_ROOT, "src", "web", "assets");

function hashed(base: string, ext: string, body: string): string {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return `${base}.${hash}.${ext}`;
}

function readUtrechtCss(): string {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@utrecht/component-library-css/dist/index.css");
  return readFileSync(file, "utf8");
}

/** Builds the stylesheet (EUPL-1.2 component subset + our tokens + site styles), the script, the icon and the logo. */
export function buildAssets(): { css: Asset; js: Asset; icon: Asset; logo: Asset } {
  const own = ["tokens.css", "site.css", "components.css", "chart.css", "result.css", "print.css"].map((f) =>
    readFileSync(join(ASSET_DIR, f), "utf8"),
  );
  const license =
    "/* Components: @utrecht/component-library-css (EUPL-1.2, Gemeente Utrecht, Frameless B.V.) */";
  const components = subsetCss(readUtrechtCss(), UTRECHT_COMPONENTS, UNUSED_VARIANTS);
  const css = `${license}\n${minifyCss([components, ...own].join("\n"))}`;
  const js = readFileSync(join(ASSET_DIR, "enhance.js"), "utf8");
  const icon = readFileSync(join(ASSET_DIR, "favicon.svg"), "utf8");
  const logo = readFileSync(join(ASSET_DIR, "logo.svg"), "utf8");
  return {
    icon: { fileName: hashed("favicon", "svg", icon), contentType: "image/svg+xml", body: icon },
    logo: { fileName: hashed("logo", "svg", logo), contentType: "image/svg+xml", body: logo },
    css: { fileName: hashed("site", "css", css), contentType: "text/css; charset=utf-8", body: css },
    js: { fileName: hashed("enhance", "js", js), contentType: "text/javascript; charset=utf-8", body: js },
  };
}
