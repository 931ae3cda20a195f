import * as http from 'http';
import type { AddressInfo } from 'net';
import type { TestApp } from './test-app';

/** Sends bytes exactly as given (supertest re-serialises a Buffer sent as JSON). */
export function rawPost(t: TestApp, path: string, headers: Record<string, string>, body: Buffer, method = 'POST'): Promise<{ status: number; body: string }> {
  const server = t.app.getHttpServer();
  if (!server.listening) server.listen(0, '127.0.0.1');
  return new Promise((resolve, reject) => {
    const go = () => {
      const { port } = server.address() as AddressInfo;
      const req = http.request({ host: '127.0.0.1', port, path, method, headers: { ...headers, 'Content-Length': String(body.length) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    };
    if (server.listening) go();
    else server.once('listening', go);
  });
}
