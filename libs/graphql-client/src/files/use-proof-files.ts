import { useCallback, useEffect, useState } from 'react';

import { useRelaisClient } from './client-context';
import { fetchProof, type UploadedProof,uploadProof } from './proof-files';

/** Upload with the session's token: `upload(file, onProgress)`. */
export function useProofUpload(): (file: File, onProgress?: (fraction: number) => void, signal?: AbortSignal) => Promise<UploadedProof> {
  const client = useRelaisClient();
  return useCallback((file, onProgress, signal) => uploadProof(client, file, file.name, { onProgress, signal }), [client]);
}

export type ProofObjectUrl = { status: 'loading' } | { status: 'ready'; objectUrl: string; blob: Blob } | { status: 'error'; error: unknown };

/**
 * A blob URL of a proof's bytes, fetched with the bearer token (a plain link would carry no
 * token), revoked when the component goes or the URL changes. `null` fetches nothing.
 */
export function useProofObjectUrl(url: string | null): ProofObjectUrl | null {
  const client = useRelaisClient();
  const [state, setState] = useState<{ url: string; value: ProofObjectUrl } | null>(null);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    fetchProof(client, url, controller.signal).then(
      (blob) => {
        objectUrl = URL.createObjectURL(blob);
        setState({ url, value: { status: 'ready', objectUrl, blob } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ url, value: { status: 'error', error } });
      },
    );
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [client, url]);
  if (!url) return null;
  return state?.url === url ? state.value : { status: 'loading' };
}
