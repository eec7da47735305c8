import type { AppErrorCode } from "../domain/app-error.js";
import { PROBLEM_KINDS, problemType } from "../http/problem.js";
import { Described, type JsonSchema, PropertyTable, SchemaType } from "./docs-schema.js";
import type { OpenApiDocument } from "./openapi.js";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

const PROBLEM_EXPLANATIONS: Readonly<Record<AppErrorCode, string>> = {
  "invalid-input":
    "Een of meer velden zijn ongeldig; errors[].path noemt elk veld. / One or more fields are invalid.",
  "not-found": "Het gevraagde bestaat niet. / What was asked for does not exist.",
  "method-not-allowed": "Deze methode kan hier niet; zie de Allow-header. / See the Allow header.",
  "payload-too-large": "De body is te groot. / The request body is too large.",
  "unsupported-media-type": "Stuur de body als application/json. / Send the body as application/json.",
  unauthorized:
    "Geen geldige sessie: log in op /beheer (de cookie hw_beheer). / No valid session: log in at /beheer.",
  forbidden: "Uw rol staat dit niet toe. / Your role does not allow this.",
  "rate-limited": "Te veel verzoeken; wacht Retry-After seconden. / Wait Retry-After seconds.",
  unavailable: "De database is even niet bereikbaar; probeer het later opnieuw. / Try again later.",
  conflict: "Het verzoek botst met de huidige toestand. / The request conflicts with the current state.",
  internal: "Er ging iets mis aan onze kant; noem het requestId. / Name the requestId when you report it.",
};

function OperationSection({
  path,
  method,
  operation,
}: {
  path: string;
  method: string;
  operation: Operation;
}) {
  const anchor = `${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`;
  const body = operation.requestBody?.content?.["application/json"]?.schema;
  return (
    <section aria-labelledby={anchor}>
      <h3 id={anchor}>
        <code>
          {method.toUpperCase()} /api/v1{path}
        </code>
      </h3>
      {operation.summary ? <p>{operation.summary}</p> : null}
      {operation.description ? (
        <p>
          <Described text={operation.description} />
        </p>
      ) : null}
      {operation.parameters && operation.parameters.length > 0 ? (
        <>
          <h4>Parameters</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">Naam / Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Verplicht / Required</th>
                <th scope="col">Toelichting / Notes</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr>
                  <td>
                    <code>{parameter.name}</code>
                  </td>
                  <td>{parameter.in}</td>
                  <td>
                    <SchemaType schema={parameter.schema} />
                  </td>
                  <td>{parameter.required ? "ja / yes" : "nee / no"}</td>
                  <td>{parameter.description ?? parameter.schema?.description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {body ? (
        <>
          <h4>Body (application/json)</h4>
          <p>
            <SchemaType schema={body} />
          </p>
        </>
      ) : null}
      <h4>Antwoorden / Responses</h4>
      <dl>
        {Object.entries(operation.responses ?? {}).map(([status, response]) => {
          const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
          return (
            <>
              <dt>
                <code>{status}</code> {mediaType ? <code>{mediaType}</code> : null}
              </dt>
              <dd>
                <Described text={response.description} />{" "}
                {media?.schema ? <SchemaType schema={media.schema} /> : null}
              </dd>
            </>
          );
        })}
      </dl>
    </section>
  );
}

/**
 * The API reference page: plain server-rendered HTML made from the OpenAPI
 * document (every path, method, parameter and schema). No scripts, no styles
 * from elsewhere: it works under the strict Content-Security-Policy.
 */
export function ApiDocsPage({ document }: { document: OpenApiDocument }) {
  const paths = Object.entries((document.paths ?? {}) as Record<string, Record<string, Operation>>);
  const schemas = Object.entries((document.components?.schemas ?? {}) as Record<string, JsonSchema>).sort(
    ([a], [b]) => a.localeCompare(b),
  );
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>API-referentie / API reference — Hechtingswijzer</title>
      </head>
      <body>
        <a href="#main">Naar de inhoud / Skip to content</a>
        <header>
          <p>
            <a href="/">Hechtingswijzer</a>
          </p>
        </header>
        <main id="main">
          <h1>
            API-referentie <span lang="en">/ API reference</span>
          </h1>
          <p>{document.info.description}</p>
          <p>
            Versie / version {document.info.version}. Machineleesbaar / machine-readable:{" "}
            <a href="/api/v1/openapi.json">
              <code>/api/v1/openapi.json</code>
            </a>{" "}
            (OpenAPI {document.openapi}). Ook / also: <code>/healthz</code>, <code>/readyz</code>.
          </p>
          <nav aria-labelledby="toc">
            <h2 id="toc">Inhoud / Contents</h2>
            <ul>
              {paths.flatMap(([path, operations]) =>
                METHODS.filter((method) => operations[method]).map((method) => (
                  <li>
                    <a href={`#${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`}>
                      <code>
                        {method.toUpperCase()} /api/v1{path}
                      </code>
                    </a>{" "}
                    {operations[method]?.summary ?? ""}
                  </li>
                )),
              )}
            </ul>
          </nav>
          <h2>Endpoints</h2>
          {paths.flatMap(([path, operations]) =>
            METHODS.filter((method) => operations[method]).map((method) => (
              <OperationSection path={path} method={method} operation={operations[method] as Operation} />
            )),
          )}
          <h2>Schema's / Schemas</h2>
          {schemas.map(([name, schema]) => (
            <section aria-labelledby={`schema-${name}`}>
              <h3 id={`schema-${name}`}>
                <code>{name}</code>
              </h3>
              {schema.description ? <p>{schema.description}</p> : null}
              <PropertyTable schema={schema} />
            </section>
          ))}
          <h2>Fouten / Problems</h2>
          <p>
            Fouten zijn <code>application/problem+json</code> (RFC 9457) met <code>type</code>,{" "}
            <code>title</code>, <code>status</code>, <code>detail</code> en <code>errors</code>.
          </p>
          <dl>
            {(Object.keys(PROBLEM_KINDS) as AppErrorCode[]).map((code) => (
              <>
                <dt id={problemType(code).split("#")[1]}>
                  <code>{PROBLEM_KINDS[code].status}</code> {PROBLEM_KINDS[code].title}
                </dt>
                <dd>{PROBLEM_EXPLANATIONS[code]}</dd>
              </>
            ))}
          </dl>
        </main>
      </body>
    </html>
  );
}

/** The reference page as a complete HTML document. */
export function renderApiDocs(document: OpenApiDocument): string {
  return `<!doctype html>${String(<ApiDocsPage document={document} />)}`;
}
