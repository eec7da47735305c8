import type { OpenAPIHono } from "@hono/zod-openapi";
import { APP_VERSION } from "./version.js";

/** Where the API is mounted; the document's server URL. */
export const API_BASE = "/api/v1";

/** The OpenAPI 3.1 document as the routes describe it. */
export type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

/** Builds the OpenAPI 3.1 document from the routes registered on `app`. */
export function buildOpenApiDocument(app: OpenAPIHono): OpenApiDocument {
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Hechtingswijzer API",
      version: APP_VERSION,
      description:
        "Erkende interventies bij problematische gehechtheid (0–18 jaar): zoeken, advies, kennisbank en export. " +
        "Recognised interventions for problematic attachment (ages 0–18): search, advice, knowledge base and export. " +
        "Errors are application/problem+json (RFC 9457). Advice requests are never stored or logged.",
      license: {
        name: "EUPL-1.2",
        url: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
      },
    },
    servers: [{ url: API_BASE }],
    tags: [
      { name: "Interventies", description: "Zoeken en details / Search and details" },
      { name: "Advies", description: "Keuzehulp / Advice" },
      {
        name: "Kennisbank",
        description: "Situaties, voorwaarden, niet doen / Situations, preconditions, harmful practices",
      },
      { name: "Beleid", description: "Dekking en hiaten / Coverage and gaps" },
      { name: "Export", description: "De catalogus als bestand / The catalogue as a file" },
      { name: "Reageer", description: "Feedback" },
      {
        name: "Beheer",
        description:
          "Voor redacteuren, reviewers en beheerders, met de sessie van /beheer / For curators, with the /beheer session",
      },
      { name: "API", description: "Dit document / This document" },
    ],
  });
}
