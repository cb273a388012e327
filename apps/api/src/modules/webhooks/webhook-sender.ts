import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

import { isPrivateAddress } from './webhook-addresses';

const MAX_BODY = 2000;

export interface SendResult {
  statusCode: number | null;
  durationMs: number;
  responseBody: string | null;
  error: string | null;
}

/**
 * Resolves like the system does, then refuses private addresses: checked on the address actually
 * connected to, so a name that resolves to a public address when saved and to an internal one
 * later (DNS rebinding) is still refused.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as { address: string; family: number }[];
    const refused = list.find((a) => isPrivateAddress(a.address));
    if (refused || list.length === 0) return callback(new Error(`Address not allowed for webhooks: ${refused?.address ?? hostname}`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    const [first] = list as [{ address: string; family: number }];
    return callback(null, first.address, first.family);
  });
};

/**
 * POSTs the body once. Redirects are never followed (Node's http client does not): a 3xx is a
 * failed attempt like any other non-2xx answer, so a receiver cannot bounce the API elsewhere.
 */
export function sendWebhook(url: string, body: string, headers: Record<string, string>, timeoutMs: number, allowLocal: boolean): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, durationMs: elapsed() });
    };
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    // An IP literal is connected to without a lookup, so it is judged here.
    const literal = target.hostname.replace(/^\[|\]$/g, '');
    if (!allowLocal && isIP(literal) !== 0 && isPrivateAddress(literal)) {
      finish({ statusCode: null, responseBody: null, error: `Address not allowed for webhooks: ${literal}` });
      return;
    }
    const req = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Relais-Webhooks/1', ...headers },
        timeout: timeoutMs,
        ...(allowLocal ? {} : { lookup: publicOnlyLookup }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => finish({ statusCode: res.statusCode ?? null, responseBody: Buffer.concat(chunks).toString('utf8').slice(0, MAX_BODY), error: null }));
        res.on('error', (error) => finish({ statusCode: res.statusCode ?? null, responseBody: null, error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${timeoutMs} ms`)));
    req.on('error', (error) => finish({ statusCode: null, responseBody: null, error: error.message.slice(0, 500) }));
    req.end(body);
  });
}
