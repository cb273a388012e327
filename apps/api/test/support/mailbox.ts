import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailbox {
  port: number;
  received: ReceivedEmail[];
  /** Waits until an e-mail to `to` matching `subject` (if given) has arrived, and returns it. */
  waitFor(to: string, subject?: RegExp, timeoutMs?: number): Promise<ReceivedEmail>;
  /** The first http(s) link in an e-mail's text. */
  linkIn(email: ReceivedEmail): string;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps what it receives, for tests that follow e-mailed links.
 * `port` brings one back where an earlier one was, for tests of an SMTP server that went down.
 */
export async function startMailbox(port = 0): Promise<Mailbox> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    port: (server.server.address() as { port: number }).port,
    received,
    async waitFor(to, subject, timeoutMs = 10000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((m) => m.to.includes(to) && (!subject || subject.test(m.subject)));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No e-mail to ${to} matching ${String(subject)} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    linkIn(email) {
      const match = /https?:\/\/\S+/.exec(email.text);
      if (!match) throw new Error(`No link in e-mail "${email.subject}"`);
      return match[0];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
