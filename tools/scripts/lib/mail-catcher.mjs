// A local SMTP server for `npm start`: the API's e-mails (invitations, password resets) are
// kept under .data/mail/ and announced on the console with their link, so that the flows can be
// followed on a machine without a mail server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export async function startMailCatcher({ port, dir, onMail }) {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          const text = mail.text ?? '';
          const stamp = new Date().toISOString().replace(/[:.]/g, '-');
          writeFileSync(join(dir, `${stamp}.txt`), `To: ${to}\nSubject: ${mail.subject ?? ''}\n\n${text}`);
          onMail({ to, subject: mail.subject ?? '', link: /https?:\/\/\S+/.exec(text)?.[0] });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
