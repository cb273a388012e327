import { startMailbox } from '../support/mailbox';
import { createTestApp, TestApp } from '../support/test-app';

const RESET = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const EMAIL = 'julien.dupont@chauffage-dupont.demo';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The SMTP server goes down: e-mails wait in the outbox, and leave once when it is back. */
describe('The SMTP server is down', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ OUTBOX_POLL_MS: '50' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('keeps the e-mail in the outbox while it is down, and sends it once when it is back', async () => {
    const port = t.mailbox.port;
    await t.mailbox.close();

    // The user's request does not depend on the mail server: it is answered at once.
    const answered = await t.gql(RESET, { input: { email: EMAIL, app: 'PORTAL' } });
    expect(answered).toEqual({ data: { requestPasswordReset: true } });

    const outbox = () => t.sql(`SELECT status, attempts, sent_at, last_error FROM outbox_email WHERE recipient = $1`, [EMAIL]);
    for (let i = 0; i < 100 && (await outbox())[0]?.attempts !== 1; i++) await wait(50);
    const [waiting] = await outbox();
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, sent_at: null });
    expect(waiting.last_error).toMatch(/ECONNREFUSED|connect/i);

    const back = await startMailbox(port);
    try {
      // The backoff (10 s after a first failure) has passed.
      await t.sql(`UPDATE outbox_email SET next_attempt_at = now() WHERE recipient = $1`, [EMAIL]);
      await back.waitFor(EMAIL);
      // Many more polls: nothing leaves twice.
      await wait(500);
      expect(back.received.filter((m) => m.to.includes(EMAIL))).toHaveLength(1);
      expect(await outbox()).toEqual([expect.objectContaining({ status: 'SENT', attempts: 2 })]);
    } finally {
      await back.close();
    }
  });
});
