/**
 * An HTTPS-intercepting proxy in front of the contract server, for what
 * `context.route` cannot reach: Playwright does not see an offscreen document,
 * so the daily sync's requests leave the browser. Chromium, launched with
 * `--proxy-server` to this proxy and `--ignore-certificate-errors`, sends them
 * here; the proxy ends TLS with a throw-away certificate for the three Microsoft
 * hosts (made by openssl for each run) and hands each request to the contract
 * server. Any other host is refused. Loopback only; closes with the server.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractServer } from './server';

const HOSTS = [
  'login.microsoftonline.com',
  'api.partnercenter.microsoft.com',
  'graph.microsoft.com',
];

function throwAwayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'contract-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=contract-server',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-addext',
        `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startInterceptingProxy(contract: ContractServer) {
  const tls = createHttpsServer(throwAwayCertificate(), (req, res) => {
    const target = new URL(contract.urlFor(`https://${req.headers.host}${req.url}`));
    const forward = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  const proxy = createHttpServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, socket) => {
    const host = (req.url ?? '').replace(/:443$/, '');
    if (!HOSTS.includes(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  proxy.listen(0, '127.0.0.1');
  await new Promise((resolve) => proxy.once('listening', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    /** Chromium flags that send the browser's own requests through this proxy. */
    chromiumArgs: [`--proxy-server=http://127.0.0.1:${port}`, '--ignore-certificate-errors'],
    close: () => {
      proxy.closeAllConnections();
      tls.closeAllConnections();
      proxy.close();
      tls.close();
    },
  };
}
