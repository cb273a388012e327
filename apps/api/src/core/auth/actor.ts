import { Role } from '@relais/domain';

/** Who is calling, as the access token says. Services take it to decide what the caller may see. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for partner roles, null for brand roles. */
  partnerId: string | null;
  /**
   * Set when the caller is an integrator's system using an API key: the user is then the key's
   * creator, whom what the key does is attributed to, and only the key's allowed operations run.
   */
  apiKeyId?: string;
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  pid: string | null;
  typ: 'access';
  /**
   * The session (refresh-token family) the token was issued with, so that ending that session can
   * close the sockets opened with it. Absent from tokens issued before it was added.
   */
  sid?: string;
}
