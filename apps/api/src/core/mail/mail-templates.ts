import { createI18n, Locale } from '@relais/i18n';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const i18nByLocale = new Map<Locale, ReturnType<typeof createI18n>>();
const translator = (locale: Locale) => {
  if (!i18nByLocale.has(locale)) i18nByLocale.set(locale, createI18n(locale));
  return (i18nByLocale.get(locale) as ReturnType<typeof createI18n>).t;
};

export interface EmailContent {
  locale: Locale;
  /** Key under `mail.` in the messages: its `subject` and its paragraphs are used. */
  template: string;
  /** Paragraph keys under the template, in order. */
  paragraphs: string[];
  params: Record<string, string>;
  recipientName: string;
  /** An optional call to action, shown as a button in HTML and a plain URL in text. */
  link?: string;
}

/** Writes an e-mail in the recipient's language from the shared messages. */
export function renderEmail(content: EmailContent): RenderedEmail {
  const t = translator(content.locale);
  const key = `mail.${content.template}`;
  const subject = t(`${key}.subject`, content.params);
  const greeting = t('mail.greeting', { name: content.recipientName });
  const paragraphs = content.paragraphs.map((p) => t(`${key}.${p}`, content.params));
  const closing = [t('mail.ignore'), t('mail.signature')];
  const text = [greeting, '', ...paragraphs.flatMap((p, i) => (i === 0 && content.link ? [p, content.link, ''] : [p, ''])), ...closing].join('\n');
  const button = content.link
    ? `<p><a href="${escapeHtml(content.link)}" style="background:#0b5cad;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(subject)}</a></p><p style="font-size:12px;color:#555">${escapeHtml(content.link)}</p>`
    : '';
  const body = paragraphs.map((p, i) => `<p>${escapeHtml(p)}</p>${i === 0 ? button : ''}`).join('');
  const html = `<!doctype html><html lang="${content.locale}"><body style="font-family:sans-serif;color:#1a1a1a"><p>${escapeHtml(greeting)}</p>${body}${closing.map((c) => `<p>${escapeHtml(c)}</p>`).join('')}</body></html>`;
  return { subject, text, html };
}
