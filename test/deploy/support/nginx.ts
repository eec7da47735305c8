import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../../src/paths.js";

const run = promisify(execFile);
/** Debian's nginx (scripts/setup-services.sh installs it); /usr/sbin is not on every PATH. */
const NGINX = "/usr/sbin/nginx";

/** The shipped site configuration that the proxy test runs. */
export const SITE_CONFIG = join(PROJECT_ROOT, "docs", "deploy", "nginx", "hechtingswijzer.conf");

export interface ProxyPorts {
  readonly http: number;
  readonly https: number;
  readonly instances: readonly [number, number];
}

/**
 * The shipped site file with this test's ports, paths and certificate in place of the
 * production ones. Every value replaced must be found, so a change to the shipped file
 * that the test no longer matches fails here instead of testing something else.
 */
export function siteForTest(site: string, dir: string, ports: ProxyPorts): string {
  const replacements: [string, string][] = [
    ["server 127.0.0.1:3001 ", `server 127.0.0.1:${ports.instances[0]} `],
    ["server 127.0.0.1:3002 ", `server 127.0.0.1:${ports.instances[1]} `],
    ["    listen 80;\n    listen [::]:80;\n", `    listen 127.0.0.1:${ports.http};\n`],
    [
      "    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n",
      `    listen 127.0.0.1:${ports.https} ssl http2;\n`,
    ],
    ["/etc/ssl/certs/hechtingswijzer.example.nl.pem", join(dir, "cert.pem")],
    ["/etc/ssl/private/hechtingswijzer.example.nl.key", join(dir, "key.pem")],
    ["/var/cache/nginx/hechtingswijzer", join(dir, "cache")],
    ["/var/log/nginx/hechtingswijzer.access.log", join(dir, "access.log")],
  ];
  let text = site;
  for (const [from, to] of replacements) {
    if (!text.includes(from))
      throw new Error(`the shipped nginx site no longer contains ${JSON.stringify(from)}`);
    text = text.split(from).join(to);
  }
  return text.replaceAll("hechtingswijzer.example.nl", "127.0.0.1");
}

/** What Debian's /etc/nginx/nginx.conf gives a site, reduced to a folder of the test's own. */
function mainConfig(dir: string): string {
  // Run as root (as CI does), nginx would start its workers as nobody, who cannot write here.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${join(dir, "tmp-body")};
  proxy_temp_path ${join(dir, "tmp-proxy")};
  fastcgi_temp_path ${join(dir, "tmp-fastcgi")};
  uwsgi_temp_path ${join(dir, "tmp-uwsgi")};
  scgi_temp_path ${join(dir, "tmp-scgi")};
  include /etc/nginx/mime.types;
  include ${join(dir, "site.conf")};
}
`;
}

export interface RunningNginx {
  readonly child: ChildProcess;
  readonly dir: string;
  stop(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, valid for a day. */
export async function makeCertificate(dir: string): Promise<Buffer> {
  await run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "1",
    "-subj",
    "/CN=127.0.0.1",
    "-addext",
    "subjectAltName=IP:127.0.0.1",
    "-keyout",
    join(dir, "key.pem"),
    "-out",
    join(dir, "cert.pem"),
  ]);
  return readFile(join(dir, "cert.pem"));
}

/** Writes the configuration, checks it with `nginx -t`, and runs nginx in the foreground. */
export async function startNginx(dir: string, ports: ProxyPorts): Promise<RunningNginx> {
  await mkdir(join(dir, "cache"), { recursive: true });
  await writeFile(join(dir, "site.conf"), siteForTest(await readFile(SITE_CONFIG, "utf8"), dir, ports));
  await writeFile(join(dir, "nginx.conf"), mainConfig(dir));
  const args = ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")];
  await run(NGINX, [...args, "-t", "-q"]);
  const child = spawn(NGINX, [...args, "-g", "daemon off;"], { stdio: "ignore" });
  const exited = once(child, "exit");
  await waitForPort(ports.https);
  return {
    child,
    dir,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port}`);
}
