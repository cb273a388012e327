import { Role } from '@relais/domain';

/** Who is calling, as the access token says. Services take it to decide what the caller may see. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for partner roles, null for brand roles. */
  partnerId: string | null;
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  pid: string | null;
  typ: 'access';
}
