/**
 * A contract server: answers as Microsoft's documented endpoints do, on loopback
 * only, for the end-to-end tests (tests/e2e/microsoft*.spec.ts route the real
 * hosts here). Bounded: it serves at most `maxRequests` and closes itself after
 * `lifetimeMs`, whatever the test does. Faults are injected per request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphRoutes } from './graph';
import { graphListRoutes, isListsPath } from './graph-lists';
import { loginRoutes } from './login';
import { partnerCenterRoutes } from './partner-center';
import { customersPage } from './samples';
import type { Contract, Fault, Handled, Request } from './types';

export type { Fault } from './types';

export interface ContractOptions {
  clientId: string;
  /** The extension id, so the authorize endpoint checks the redirect URI. */
  extensionId: string;
  maxRequests?: number;
  lifetimeMs?: number;
}

const ROUTES: Record<string, (c: Contract, r: Request) => Handled | Promise<Handled>> = {
  'login.microsoftonline.com': loginRoutes,
  'api.partnercenter.microsoft.com': partnerCenterRoutes,
  'graph.microsoft.com': (c, r) =>
    isListsPath(r.path) ? graphListRoutes(c, r) : graphRoutes(c, r),
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 1_000_000) req.destroy(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, answer: Handled): void {
  const headers = { 'Access-Control-Allow-Origin': '*', ...answer.headers };
  if (answer.raw !== undefined) {
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...headers });
    res.end(answer.raw);
    return;
  }
  const body = answer.json === undefined ? '' : JSON.stringify(answer.json);
  res.writeHead(answer.status, {
    ...(body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    ...headers,
  });
  res.end(body);
}

function applyFault(c: Contract, fault: Fault): Handled | 'slow' {
  switch (fault.kind) {
    case 'status':
      return {
        status: fault.status,
        headers: fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) },
        json: {
          error: { code: `Fault${fault.status}`, message: 'Injected by the contract server' },
        },
      };
    case 'malformed':
      return { status: 200, raw: '{"totalCount": 500, "items": [{"id": "' };
    case 'truncated':
      return {
        status: 200,
        json: { ...customersPage(c.customers.slice(0, 10), 500), totalCount: 500 },
      };
    case 'slow':
      return 'slow';
  }
}

export async function startContractServer(options: ContractOptions) {
  const contract: Contract = {
    clientId: options.clientId,
    extensionId: options.extensionId,
    customers: [],
    pageSize: 500,
    faults: [],
    codes: new Map(),
    tokens: new Map(),
    refreshTokens: new Map(),
    relationships: new Map(),
    log: [],
    now: () => Date.now(),
  };
  const maxRequests = options.maxRequests ?? 5000;
  let served = 0;
  const server = createServer(async (req, res) => {
    served += 1;
    if (served > maxRequests) {
      res.writeHead(503, { Connection: 'close' }).end(() => stop());
      return;
    }
    try {
      const url = new URL(req.url ?? '/', 'http://contract');
      const [, host = '', ...rest] = url.pathname.split('/');
      const request: Request = {
        method: req.method ?? 'GET',
        host,
        path: `/${rest.join('/')}`,
        query: url.searchParams,
        headers: req.headers,
        body: await readBody(req),
      };
      contract.log.push(`${request.method} ${host}${request.path}`);
      if (request.method === 'OPTIONS') {
        write(res, {
          status: 204,
          headers: {
            'Access-Control-Allow-Headers': '*',
            'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE',
          },
        });
        return;
      }
      const index = contract.faults.findIndex((f) => f.host === host && f.path.test(request.path));
      const fault = contract.faults[index];
      if (fault && (fault.skip ?? 0) > 0) fault.skip! -= 1;
      else if (fault) {
        if (--fault.times <= 0) contract.faults.splice(index, 1);
        const answer = applyFault(contract, fault);
        if (answer !== 'slow') return write(res, answer);
        await new Promise((resolve) => setTimeout(resolve, fault.kind === 'slow' ? fault.ms : 0));
      }
      const route = ROUTES[host];
      write(
        res,
        route ? await route(contract, request) : { status: 404, json: { error: 'unknown host' } },
      );
    } catch (e) {
      write(res, { status: 500, json: { error: String(e) } });
    }
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  /** No new connections, and the kept-alive ones cut: nothing is answered after this. */
  const stop = () => {
    server.close();
    server.closeAllConnections();
  };
  const lifetime = setTimeout(stop, options.lifetimeMs ?? 5 * 60_000);
  lifetime.unref();
  const { port } = server.address() as AddressInfo;
  return {
    contract,
    /** Where a request for `https://<host><path>` goes: the host becomes the first path segment. */
    urlFor: (real: string) => {
      const u = new URL(real);
      return `http://127.0.0.1:${port}/${u.host}${u.pathname}${u.search}`;
    },
    inject: (fault: Fault) => contract.faults.push(fault),
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(lifetime);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ContractServer = Awaited<ReturnType<typeof startContractServer>>;
