/**
 * Debian's nginx serving both builds with the configurations the builds wrote
 * (deploy/nginx.conf, deploy/nginx-help.conf): an unprivileged process with its own prefix,
 * pid, logs and temp paths in a fresh folder, on two free loopback ports, stopped by the test.
 * Only the two lines a deployer changes (`listen`, `root`) are changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxFileName, nginxPlaceholders } from '../../src/integrations/deploy/nginx.ts';
import { deployPolicy, type DeployPolicy } from '../../src/integrations/deploy/policy.ts';
import { builds, loadSite, type Build } from '../build/built-site.ts';

const repo = resolve(import.meta.dirname, '../..');
const install =
  'Install it (Debian/Ubuntu: sudo apt-get install -y nginx libnginx-mod-http-brotli-static)';

/** nginx, or a failure saying what to install: this test never passes without it. */
export function nginxBinary(): { nginx: string; brotli: string } {
  const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  const brotli =
    process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  if (!existsSync(nginx))
    throw new Error(`No nginx at ${nginx}. ${install}, or set NGINX_PATH to an nginx binary.`);
  if (!existsSync(brotli))
    throw new Error(
      `No brotli static module at ${brotli}. ${install}, or set NGINX_BROTLI_MODULE to the .so file.`,
    );
  return { nginx, brotli };
}

/** Loopback ports nothing listens on, all held open together so none is handed out twice. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(
    servers.map((server) => new Promise<void>((done) => server.listen(0, '127.0.0.1', done))),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

/** One build behind nginx. */
export interface Served {
  build: Build;
  /** The site's address: `http://127.0.0.1:<port>/` or `…/help/`. */
  url: string;
  /** The policy the build wrote its files from, computed again from the built pages. */
  policy: DeployPolicy;
}

export interface Nginx {
  root: Served;
  subPath: Served;
  /** A file in the served root folder that no build writes, to check the `.md` type rule. */
  probe: string;
  stop(): Promise<void>;
}

/** The policy of a build, from its pages' `<meta>` policies, as the build computed it. */
export function builtPolicy(build: Build): DeployPolicy {
  const site = loadSite(build);
  return deployPolicy({
    base: build.base,
    assetsDir: '_astro',
    pagePolicies: site.pages.map((page) => page.csp ?? ''),
  });
}

async function siteConfig(build: Build, port: number, root: string): Promise<string> {
  const file = join(repo, 'deploy', nginxFileName(build.base));
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` and \`npm run build:subpath\`.`);
  let text = await readFile(file, 'utf8');
  for (const [line, value] of [
    [nginxPlaceholders.listen, `listen 127.0.0.1:${port};`],
    [nginxPlaceholders.root, `root ${root};`],
  ]) {
    if (text.split(line).length !== 2) throw new Error(`${file} must hold "${line}" once`);
    text = text.replace(line, value);
  }
  return text;
}

export async function startNginx(): Promise<Nginx> {
  const { nginx, brotli } = nginxBinary();
  const dir = await mkdtemp(join(tmpdir(), 'help-nginx-'));
  const [rootBuild, subBuild] = builds;
  const [rootPort, subPort] = await freePorts(2);
  // The root build's folder, entry by entry, plus the probe; the sub-path build as help/.
  const rootDir = join(dir, 'root');
  const subDir = join(dir, 'sub');
  await mkdir(rootDir);
  await mkdir(subDir);
  const dist = join(repo, rootBuild.outDir);
  for (const name of await readdir(dist)) await symlink(join(dist, name), join(rootDir, name));
  const probe = 'nginx-type-probe.md';
  await writeFile(join(rootDir, probe), '# Probe\n\nPlain Markdown, UTF-8: “quoted”.\n');
  await symlink(join(repo, subBuild.outDir), join(subDir, subBuild.base.slice(1, -1)));
  for (const sub of ['logs', 'tmp']) await mkdir(join(dir, sub));
  await writeFile(join(dir, 'root.conf'), await siteConfig(rootBuild, rootPort, rootDir));
  await writeFile(join(dir, 'sub.conf'), await siteConfig(subBuild, subPort, subDir));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(dir, 'tmp', kind)};`)
    .join('\n');
  await writeFile(
    join(dir, 'nginx.conf'),
    `load_module ${brotli};
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
daemon off;
worker_processes 1;
events { worker_connections 128; }
http {
  include /etc/nginx/mime.types;
  access_log off;
${temp}
  include ${join(dir, 'root.conf')};
  include ${join(dir, 'sub.conf')};
}
`,
  );
  // Never as root: under root (CI containers) nginx runs as nobody, in folders nobody owns.
  const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;
  if (nobody) {
    await chmod(dir, 0o755);
    for (const path of [dir, join(dir, 'logs'), join(dir, 'tmp')])
      await chown(path, nobody.uid, nobody.gid);
  }
  const child = spawn(
    nginx,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'], ...nobody },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const root = `http://127.0.0.1:${rootPort}/`;
  const sub = `http://127.0.0.1:${subPort}${subBuild.base}`;
  await waitUntilUp(child, [root, sub], () => stderr);
  return {
    root: { build: rootBuild, url: root, policy: builtPolicy(rootBuild) },
    subPath: { build: subBuild, url: sub, policy: builtPolicy(subBuild) },
    probe,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilUp(child: ChildProcess, urls: string[], log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (const url of urls) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
      const up = await fetch(url).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`nginx did not answer ${url}:\n${log()}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}
