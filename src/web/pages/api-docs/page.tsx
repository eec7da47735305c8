import type { AppErrorCode } from "../../../domain/app-error.js";
import { messages } from "../../../domain/messages/index.js";
import { PROBLEM_KINDS, problemType } from "../../../http/problem.js";
import type { PageContext } from "../../page-context.js";
import type { PageDeps } from "../../page-deps.js";
import type { RenderedPage } from "../../web-env.js";
import { notFoundPage } from "../errors.js";
import type { ApiDescription } from "./api-description.js";
import { Described, FieldTable, type JsonSchema, PropertyTable, SchemaType } from "./schema.js";

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
  "invalid-content":
    "De kennisbank zou met deze inhoud niet kloppen; errors[].path noemt elk veld in het item. / The knowledge base would not check out with this content; errors[].path names each field in the item.",
  "not-found": "Het gevraagde bestaat niet. / What was asked for does not exist.",
  "method-not-allowed": "Deze methode kan hier niet; zie de Allow-header. / See the Allow header.",
  "payload-too-large": "De body is te groot. / The request body is too large.",
  "unsupported-media-type": "Stuur de body als application/json. / Send the body as application/json.",
  unauthorized:
    "Geen geldige sessie of API-token: log in op /beheer (de cookie hw_beheer) of stuur Authorization: Bearer hwt_…. / No valid session or API token: log in at /beheer or send Authorization: Bearer hwt_….",
  forbidden:
    "Uw rol staat dit niet toe, een wijziging met de sessiecookie mist X-CSRF-Token, of u publiceert een concept waaraan u meeschreef (vier ogen). / Your role does not allow this, a change with the session cookie lacks X-CSRF-Token, or you publish a draft you helped write (four eyes).",
  "rate-limited": "Te veel verzoeken; wacht Retry-After seconden. / Wait Retry-After seconds.",
  unavailable: "De database is even niet bereikbaar; probeer het later opnieuw. / Try again later.",
  conflict: "Het verzoek botst met de huidige toestand. / The request conflicts with the current state.",
  internal: "Er ging iets mis aan onze kant; noem het requestId. / Name the requestId when you report it.",
};

function OperationSection({
  page,
  path,
  method,
  operation,
}: {
  page: PageContext;
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
          <h4 id={`${anchor}-parameters`}>Parameters</h4>
          <FieldTable
            page={page}
            id={`${anchor}-parameters-table`}
            labelledBy={`${anchor}-parameters`}
            nameHeader="Naam / Name"
            rows={operation.parameters.map((parameter) => ({
              name: parameter.name,
              in: parameter.in,
              schema: parameter.schema,
              required: parameter.required === true,
              notes: parameter.description ?? parameter.schema?.description ?? "",
            }))}
          />
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
 * The API reference page: server-rendered HTML made from the OpenAPI document (every
 * path, method, parameter and schema), in the site's layout like every other page. Its
 * words are both languages side by side, as the API's own descriptions are.
 */
function ApiDocs({ page, document }: { page: PageContext; document: ApiDescription }) {
  const paths = Object.entries((document.paths ?? {}) as Record<string, Record<string, Operation>>);
  const schemas = Object.entries((document.components?.schemas ?? {}) as Record<string, JsonSchema>).sort(
    ([a], [b]) => a.localeCompare(b),
  );
  return (
    <>
      <h1>
        API-referentie <span lang="en">/ API reference</span>
      </h1>
      <p class="hw-lead">{document.info.description}</p>
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
          <OperationSection
            page={page}
            path={path}
            method={method}
            operation={operations[method] as Operation}
          />
        )),
      )}
      <h2>Schema's / Schemas</h2>
      {schemas.map(([name, schema]) => (
        <section aria-labelledby={`schema-${name}`}>
          <h3 id={`schema-${name}`}>
            <code>{name}</code>
          </h3>
          {schema.description ? <p>{schema.description}</p> : null}
          <PropertyTable page={page} name={name} schema={schema} />
        </section>
      ))}
      <h2>Fouten / Problems</h2>
      <p>
        Fouten zijn <code>application/problem+json</code> (RFC 9457) met <code>type</code>, <code>title</code>
        , <code>status</code>, <code>detail</code> en <code>errors</code>.
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
    </>
  );
}

/** /api/docs: the reference of the API the app serves beside the pages (404 when there is none). */
export function apiDocsPage(page: PageContext, _c: unknown, deps: PageDeps): RenderedPage {
  if (!deps.apiDocument) return notFoundPage(page);
  const text = messages(page.lang).pages.apiDocs;
  return {
    meta: { title: text.title, description: text.description },
    body: <ApiDocs page={page} document={deps.apiDocument} />,
  };
}
