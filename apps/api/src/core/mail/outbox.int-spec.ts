import { createTestApp, TestApp } from '../../../test/support/test-app';
import { MailService } from './mail.service';

const content = (name: string) => ({
  locale: 'en' as const,
  template: 'passwordReset',
  paragraphs: ['body'],
  params: {},
  recipientName: name,
  link: 'http://localhost/reset-password?token=t',
});

describe('The mail outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends an e-mail queued in a committed transaction, once', async () => {
    const mail = t.app.get(MailService);
    await t.dataSource.transaction((manager) => mail.enqueue(manager, 'once@example.test', content('Once')));
    await t.mailbox.waitFor('once@example.test', /Reset your Relais password/);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.mailbox.received.filter((m) => m.to.includes('once@example.test'))).toHaveLength(1);
    const [row] = await t.sql(`SELECT status, attempts FROM outbox_email WHERE recipient = 'once@example.test'`);
    expect(row).toEqual({ status: 'SENT', attempts: 1 });
  });

  it('sends nothing for a transaction that rolled back', async () => {
    const mail = t.app.get(MailService);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await mail.enqueue(manager, 'rolled-back@example.test', content('Nobody'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.mailbox.waitFor('once@example.test');
    await new Promise((r) => setTimeout(r, 300));
    expect(t.mailbox.received.some((m) => m.to.includes('rolled-back@example.test'))).toBe(false);
    expect(await t.sql(`SELECT 1 FROM outbox_email WHERE recipient = 'rolled-back@example.test'`)).toHaveLength(0);
  });
});
