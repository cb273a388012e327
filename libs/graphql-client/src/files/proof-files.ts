import type { SessionRefresher } from '../apollo/session-refresher';
import type { TokenStore } from '../apollo/token-store';

/** A proof stored by POST /files/proofs. */
export interface UploadedProof {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  url: string;
}

/** Where proof files are sent; same origin (Vite and nginx proxy /files to the API). */
export const PROOF_UPLOAD_PATH = '/files/proofs';

/**
 * An answer of the files endpoints other than success, with the body of a GraphQL error, so the
 * apps translate it with errorMessage() like any other (NETWORK when no answer came back).
 */
export class ProofRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: { message: string; extensions?: Record<string, unknown> }[],
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.name = 'ProofRequestError';
  }
}

export interface Session {
  tokens: TokenStore;
  refresher: SessionRefresher;
}

export function errorOf(status: number, body: unknown): ProofRequestError {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) return new ProofRequestError(status, errors as ProofRequestError['errors']);
  return new ProofRequestError(status, [{ message: `HTTP ${status}`, extensions: { code: status === 404 ? 'NOT_FOUND' : 'UNKNOWN' } }]);
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: ProofRequestError };

/** Runs a request with the access token; an expired token is refreshed (shared, once) and the request retried once. */
export async function withSession<T>(session: Session, send: (token: string | null) => Promise<Attempt<T>>): Promise<T> {
  let attempt = await send(session.tokens.getAccessToken());
  if (!attempt.ok && attempt.error.status === 401 && session.tokens.getRefreshToken()) {
    const outcome = await session.refresher.refresh();
    if (outcome.kind === 'refreshed') attempt = await send(session.tokens.getAccessToken());
  }
  if (attempt.ok) return attempt.value;
  throw attempt.error;
}

export const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

export interface UploadOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Uploads one proof (see uploadFile). */
export function uploadProof(session: Session, file: Blob, fileName: string, options: UploadOptions = {}): Promise<UploadedProof> {
  return uploadFile<UploadedProof>(session, PROOF_UPLOAD_PATH, file, fileName, options);
}

/**
 * POSTs one file to `path` as multipart field `file`, answering the JSON body; XMLHttpRequest rather
 * than fetch for the upload progress (0..1). Rejects with a ProofRequestError (or a TypeError when offline).
 */
export function uploadFile<T>(session: Session, path: string, file: Blob, fileName: string, options: UploadOptions = {}): Promise<T> {
  return withSession(session, (token) =>
    new Promise<Attempt<T>>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', path);
      if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
      };
      request.onerror = () => reject(new TypeError('Network error'));
      request.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
      request.onload = () => {
        const body = parse(request.responseText);
        resolve(request.status >= 200 && request.status < 300 ? { ok: true, value: body as T } : { ok: false, error: errorOf(request.status, body) });
      };
      options.signal?.addEventListener('abort', () => request.abort(), { once: true });
      const form = new FormData();
      form.append('file', file, fileName);
      request.send(form);
    }),
  );
}

/** The bytes of a proof (its `url`), fetched with the bearer token, for a blob URL. */
export function fetchProof(session: Session, url: string, signal?: AbortSignal): Promise<Blob> {
  return withSession(session, async (token): Promise<Attempt<Blob>> => {
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal });
    if (response.ok) return { ok: true, value: await response.blob() };
    return { ok: false, error: errorOf(response.status, parse(await response.text())) };
  });
}
