import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

import { sendWebhook } from './webhook-sender';

describe('sendWebhook', () => {
  let server: Server;
  let port: number;
  let hits: string[];

  beforeAll(async () => {
    hits = [];
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/elsewhere' }).end();
        return;
      }
      res.writeHead(200).end('x'.repeat(5000));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (hits = []));

  it('keeps the first 2,000 characters of the answer', async () => {
    const result = await sendWebhook(`http://127.0.0.1:${port}/ok`, '{}', {}, 2000, true);
    expect(result).toMatchObject({ statusCode: 200, error: null });
    expect(result.responseBody).toHaveLength(2000);
  });

  it('never follows a redirect', async () => {
    const result = await sendWebhook(`http://127.0.0.1:${port}/moved`, '{}', {}, 2000, true);
    expect(result.statusCode).toBe(302);
    expect(hits).toEqual(['/moved']);
  });

  it('refuses loopback addresses, literal or by name, when local receivers are not allowed', async () => {
    for (const url of [`http://127.0.0.1:${port}/ok`, `http://localhost:${port}/ok`]) {
      const result = await sendWebhook(url, '{}', {}, 2000, false);
      expect(result.statusCode).toBeNull();
      expect(result.error).toMatch(/not allowed/);
    }
    expect(hits).toEqual([]);
  });
});
