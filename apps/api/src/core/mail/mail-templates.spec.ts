import { renderEmail } from './mail-templates';

const invitation = (locale: 'fr' | 'en') =>
  renderEmail({
    locale,
    template: 'invitation',
    paragraphs: ['body', 'expires'],
    params: { organisation: 'Chauffage <Dupont>', inviter: 'Claire Martin', date: '1 Jan' },
    recipientName: 'Léa',
    link: 'https://portal.example/accept-invitation?token=abc',
  });

describe('renderEmail', () => {
  it('writes the e-mail in the recipient language', () => {
    expect(invitation('fr').subject).toBe('Vous êtes invité à rejoindre Chauffage <Dupont> sur Relais');
    expect(invitation('en').subject).toBe('You are invited to join Chauffage <Dupont> on Relais');
  });

  it('puts the link in the text on a line of its own', () => {
    expect(invitation('en').text.split('\n')).toContain('https://portal.example/accept-invitation?token=abc');
  });

  it('escapes values in the HTML version', () => {
    const { html } = invitation('en');
    expect(html).toContain('Chauffage &lt;Dupont&gt;');
    expect(html).not.toContain('<Dupont>');
  });
});
