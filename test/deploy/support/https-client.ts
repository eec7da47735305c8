import { Agent, request } from "node:https";

export interface ProxyAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

export interface RequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** The client's own address on loopback (127.x.y.z): what nginx sees as the client. */
  readonly localAddress?: string;
  readonly agent?: Agent;
}

/** A client that trusts only the test's self-signed certificate, as a browser told to would. */
export function httpsClient(origin: string, ca: Buffer) {
  const shared = new Agent({ ca, keepAlive: true });
  return {
    /** An agent of its own (one client's keep-alive connections). */
    agent: (localAddress?: string) => new Agent({ ca, keepAlive: true, localAddress }),
    request(path: string, options: RequestOptions = {}): Promise<ProxyAnswer> {
      return new Promise((resolve, reject) => {
        const req = request(
          new URL(path, origin),
          {
            method: options.method ?? "GET",
            headers: options.headers,
            agent: options.agent ?? (options.localAddress ? undefined : shared),
            ca,
            // The certificate is checked against the address, whatever Host the request names.
            servername: new URL(origin).hostname,
            localAddress: options.localAddress,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(options.body);
      });
    },
    close: () => shared.destroy(),
  };
}
