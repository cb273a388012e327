import { signedFileUrl, verifiedFileUser } from './file-signature';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const FILE = '11111111-2222-4333-8444-555555555555';
const USER = '00000000-0000-4000-8000-a00000000101';
const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('file signature', () => {
  it('verifies the URL it signed, for its user, until it expires', () => {
    const url = signedFileUrl(SECRET, 3600, FILE, USER, false, NOW);
    expect(url.startsWith(`/files/knowledge/${FILE}?`)).toBe(true);
    expect(verifiedFileUser(SECRET, FILE, queryOf(url), NOW)).toBe(USER);
    expect(verifiedFileUser(SECRET, FILE, queryOf(url), NOW + 7_200_000)).toBeNull();
  });

  it('refuses a URL whose user, file, expiry or signature was changed, or signed with another secret', () => {
    const query = queryOf(signedFileUrl(SECRET, 3600, FILE, USER, true, NOW));
    expect(query.download).toBe('1');
    expect(verifiedFileUser(SECRET, FILE, { ...query, u: '00000000-0000-4000-8000-a00000000103' }, NOW)).toBeNull();
    expect(verifiedFileUser(SECRET, '11111111-2222-4333-8444-555555555556', query, NOW)).toBeNull();
    expect(verifiedFileUser(SECRET, FILE, { ...query, e: String(Number(query.e) + 3600) }, NOW)).toBeNull();
    expect(verifiedFileUser(SECRET, FILE, { ...query, s: `${query.s.slice(0, -1)}${query.s.endsWith('A') ? 'B' : 'A'}` }, NOW)).toBeNull();
    expect(verifiedFileUser(`${SECRET}!`, FILE, query, NOW)).toBeNull();
    expect(verifiedFileUser(SECRET, FILE, {}, NOW)).toBeNull();
  });
});
