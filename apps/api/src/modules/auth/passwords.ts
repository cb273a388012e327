import { checkPassword } from '@relais/domain';
import { argon2id, hash, verify } from 'argon2';

import { AuthErrors } from './auth.errors';

/** Refuses a password the shared policy refuses, naming the problem as the reason. */
export function assertPasswordPolicy(password: string): void {
  const problem = checkPassword(password);
  if (problem) throw AuthErrors.weakPassword(problem);
}

export const hashPassword = (password: string): Promise<string> => hash(password, { type: argon2id });

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown e-mail, invitation not
 * accepted) a dummy hash is verified anyway, so the answer takes as long either way and
 * does not tell which e-mail addresses have accounts.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('relais-dummy-password-0');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
