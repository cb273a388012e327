import { type Attempt, errorOf, parse, type Session, withSession } from './proof-files';

export interface CsvExportProgress {
  /** Records received so far (line breaks after the header; a comment holding a line break counts twice, hence the cap). */
  rows: number;
  /** The records the export will hold, from X-Total-Count. */
  total: number | null;
}

export interface CsvExportFile {
  blob: Blob;
  rows: number;
  fileName: string;
}

const fileNameOf = (disposition: string | null, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/**
 * Fetches an export (/exports/<kind>.csv) with the bearer token, reading the body as it streams so
 * progress shows from the first batch; resolves with the whole file as a Blob to save. Rejects
 * with a ProofRequestError carrying the API's GraphQL-shaped error (INVALID_INPUT…).
 */
export function fetchCsvExport(session: Session, url: string, options: { onProgress?: (progress: CsvExportProgress) => void; signal?: AbortSignal } = {}): Promise<CsvExportFile> {
  return withSession(session, async (token): Promise<Attempt<CsvExportFile>> => {
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: options.signal });
    if (!response.ok || !response.body) return { ok: false, error: errorOf(response.status, parse(await response.text())) };
    const header = response.headers.get('x-total-count');
    const total = header === null ? null : Number(header);
    const reader = response.body.getReader();
    const parts: Uint8Array[] = [];
    let breaks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) breaks++;
      const rows = Math.max(0, breaks - 1);
      options.onProgress?.({ rows: total === null ? rows : Math.min(rows, total), total });
    }
    const rows = total ?? Math.max(0, breaks - 1);
    const blob = new Blob(parts as BlobPart[], { type: 'text/csv;charset=utf-8' });
    return { ok: true, value: { blob, rows, fileName: fileNameOf(response.headers.get('content-disposition'), url.replace(/^.*\/|\?.*$/g, '')) } };
  });
}
