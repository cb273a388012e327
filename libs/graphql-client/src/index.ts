export { createRelaisClient, refreshTokenStorageKey, type RelaisClient, type RelaisClientOptions } from './apollo/create-client';
export { type RefreshOutcome, SessionRefresher } from './apollo/session-refresher';
export { TokenStore } from './apollo/token-store';
export { useRelaisClient } from './files/client-context';
export { fetchProof, PROOF_UPLOAD_PATH, ProofRequestError, type UploadedProof, uploadFile, uploadProof } from './files/proof-files';
export { type ProofObjectUrl, useProofObjectUrl, useProofUpload } from './files/use-proof-files';
export * from './generated/graphql';
export { type Session, type SessionStatus, useSession } from './session/session-context';
export { SessionProvider, type SessionProviderProps } from './session/session-provider';
