/** One answer of the real server, as bench/http.ts records it for bench/bare-server.ts to replay. */
export interface RecordedAnswer {
  /** recordedRequestKey of the request, e.g. "GET /api/v1/interventions/pipa" */
  readonly request: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly bodyBase64: string;
}

/** The request an answer belongs to: method, path and, when sent, Accept-Encoding. */
export function recordedRequestKey(method: string, path: string, acceptEncoding: string | undefined): string {
  return acceptEncoding ? `${method} ${path} (${acceptEncoding})` : `${method} ${path}`;
}
