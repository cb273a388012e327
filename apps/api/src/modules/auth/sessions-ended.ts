/**
 * Published on commit whenever sessions are revoked (sign-out, sign-out of a stolen family,
 * password reset, deactivation, partner suspension): one channel for every user, heard once per
 * API process, so that each closes the sockets it holds for those sessions. Ids only.
 */
export const SESSIONS_ENDED_CHANNEL = 'sessions_ended';

/** One session (a refresh-token family), every session of one user, or of every user of a partner. */
export type SessionEnded = { sessionId: string } | { userId: string } | { partnerId: string };
