import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';

/** What an operator's probes read: health (see services/health-service) and Prometheus metrics. */
export type OpsEndpoints = {
  health(): { ok: boolean; reasons: string[] };
  metrics?(): Promise<{ contentType: string; body: string }>;
};

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** GET /healthz: 200 `{"ok":true}`, or 503 `{"status":"unavailable","reasons":[…]}`. */
export function serveHealth(ops: OpsEndpoints | undefined, res: ServerResponse): void {
  const health = ops?.health() ?? { ok: true, reasons: [] };
  if (health.ok) json(res, 200, { ok: true });
  else json(res, 503, { status: 'unavailable', reasons: health.reasons });
}

/** GET /metrics in Prometheus' text format; 404 when this app has no metrics. */
export function serveMetrics(ops: OpsEndpoints | undefined, res: ServerResponse): void {
  if (!ops?.metrics) {
    json(res, 404, { error: 'no metrics' });
    return;
  }
  ops.metrics().then(
    ({ contentType, body }) => {
      res.writeHead(200, { 'content-type': contentType });
      res.end(body);
    },
    () => json(res, 500, { error: 'metrics failed' }),
  );
}

/**
 * Socket Mode has no HTTP server of its own: this one serves /healthz and /metrics on `port`
 * (nothing else), for the process manager's and Prometheus' probes.
 */
export async function startOpsServer(port: number, ops: OpsEndpoints): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') json(res, 405, { error: 'GET only' });
    else if (path === '/healthz') serveHealth(ops, res);
    else if (path === '/metrics') serveMetrics(ops, res);
    else json(res, 404, { error: 'not found' });
  });
  server.listen(port);
  await once(server, 'listening');
  return server;
}
