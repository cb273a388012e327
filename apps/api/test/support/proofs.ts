import { deflateSync } from 'node:zlib';

import { TestApp } from './test-app';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 1x1 PNG; `seed` changes the pixel, so two calls with different seeds differ in hash. */
export function tinyPng(seed = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixel = Buffer.from([0, seed & 0xff, (seed >> 8) & 0xff, 0x80]);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(pixel)), chunk('IEND', Buffer.alloc(0))]);
}

/** A minimal one-page PDF. */
export function tinyPdf(text = 'Relais proof'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n` +
      `3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 100]>> endobj\n% ${text}\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

export interface ProofUpload {
  status: number;
  body: { id?: string; fileName?: string; mimeType?: string; size?: number; url?: string; errors?: { extensions?: { code?: string; field?: string } }[] };
}

/** POST /files/proofs as the apps do it: multipart field `file`, bearer token. */
export async function uploadProof(t: TestApp, token: string | null, content: Buffer, fileName: string, type = 'application/octet-stream'): Promise<ProofUpload> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), fileName);
  const response = await fetch(`${t.url}/files/proofs`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as ProofUpload['body'] };
}

/** GET of a proof's URL with a bearer token: the status, the headers and the bytes. */
export async function fetchProof(t: TestApp, token: string, url: string) {
  const response = await fetch(`${t.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, content: Buffer.from(await response.arrayBuffer()) };
}
