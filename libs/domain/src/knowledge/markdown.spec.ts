import { renderMarkdown } from './markdown';

const ATTACHMENT = '11111111-2222-4333-8444-555555555555';
const signed = (id: string, use: 'image' | 'link') => (id === ATTACHMENT ? `/files/knowledge/${id}?s=sig${use === 'link' ? '&download=1' : ''}` : null);

describe('renderMarkdown', () => {
  it('renders headings, emphasis and lists', () => {
    expect(renderMarkdown('# Title\n\n**bold** and *it*\n\n- one\n- two')).toBe(
      '<h1>Title</h1>\n<p><strong>bold</strong> and <em>it</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('escapes raw HTML, so no script tag or event attribute survives', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\nok <b onclick="x()">b</b>');
    expect(html).not.toMatch(/<script|<img|<b /i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript:, vbscript:, data: and protocol-relative links', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:x', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/x']) {
      const html = renderMarkdown(`[click](${href})`);
      expect(html).not.toMatch(/href="(javascript|vbscript|data|\/\/)/i);
    }
  });

  it('keeps http(s), mailto and relative links, each with rel="noopener noreferrer"', () => {
    const html = renderMarkdown('[a](https://example.com) [b](mailto:x@y.fr) [c](/rewards)');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer" target="_blank">a</a>');
    expect(html).toContain('<a href="mailto:x@y.fr" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="/rewards" rel="noopener noreferrer">c</a>');
  });

  it('keeps images from attachments and https only', () => {
    const html = renderMarkdown(`![a](attachment:${ATTACHMENT}) ![b](http://insecure.example/p.png) ![c](data:image/png;base64,AAAA) ![d](https://cdn.example/p.png)`, {
      attachmentUrl: signed,
    });
    expect(html).toContain(`<img src="/files/knowledge/${ATTACHMENT}?s=sig" alt="a" loading="lazy">`);
    expect(html).toContain('<img src="https://cdn.example/p.png" alt="d" loading="lazy">');
    expect(html).not.toMatch(/src="(http:|data:)/);
  });

  it('turns an attachment link into its download URL and drops unknown attachments', () => {
    const html = renderMarkdown(`[sheet](attachment:${ATTACHMENT}) [gone](attachment:00000000-0000-4000-8000-000000000000) ![x](attachment:nope)`, { attachmentUrl: signed });
    expect(html).toContain(`href="/files/knowledge/${ATTACHMENT}?s=sig&amp;download=1"`);
    expect(html).toContain('<a href="#" rel="noopener noreferrer">gone</a>');
    expect(html).not.toContain('<img');
  });
});
