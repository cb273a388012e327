import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults for development', () => {
    const config = loadConfig({});
    expect(config.API_PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.RUN_MIGRATIONS).toBe(true);
  });

  it('reads numbers and booleans from their text', () => {
    const config = loadConfig({ API_PORT: '4100', SEED_DEMO_DATA: 'true', RUN_MIGRATIONS: '0' });
    expect(config).toMatchObject({ API_PORT: 4100, SEED_DEMO_DATA: true, RUN_MIGRATIONS: false });
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ API_PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/API_PORT="abc"[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/) }),
    );
  });

  it('accepts any PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://relais:secret@db.internal:5432/relais' }).DATABASE_URL).toContain('db.internal');
  });

  it('requires a secret of its own in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/JWT_SECRET: too predictable/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'abcd'.repeat(10) })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'kQ3v9ZxR2mL7pT4wYb8NcH1sFd6GjU0e' }).isProduction).toBe(true);
  });

  it('lets the two apps in by CORS by default, as origins, or the list of CORS_ORIGINS instead', () => {
    expect(loadConfig({ PORTAL_URL: 'https://portal.example.com/', BACK_OFFICE_URL: 'https://admin.example.com/app' }).corsOrigins).toEqual([
      'https://portal.example.com',
      'https://admin.example.com',
    ]);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.com ,https://b.example.com,' }).corsOrigins).toEqual([
      'https://a.example.com',
      'https://b.example.com',
    ]);
  });

  it('signs file URLs with FILE_URL_SECRET, else with a key derived from JWT_SECRET', () => {
    expect(loadConfig({ FILE_URL_SECRET: 'f'.repeat(32) }).fileUrlSecret).toBe('f'.repeat(32));
    expect(() => loadConfig({ FILE_URL_SECRET: 'short' })).toThrow(/FILE_URL_SECRET/);
    const derived = loadConfig({ JWT_SECRET: 'j'.repeat(40) }).fileUrlSecret;
    expect(derived).not.toContain('j'.repeat(40));
    expect(derived).not.toBe(loadConfig({ JWT_SECRET: 'k'.repeat(40) }).fileUrlSecret);
  });
});
