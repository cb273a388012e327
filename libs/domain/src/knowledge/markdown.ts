import MarkdownIt from 'markdown-it';

/** The reference an author writes for an attachment of the article: `![plan](attachment:<id>)`. */
export const ATTACHMENT_SCHEME = 'attachment:';

export interface RenderOptions {
  /**
   * The URL an attachment reference becomes (a signed URL of the reader), or null when the
   * article has no such attachment: the image or link is then dropped.
   */
  attachmentUrl?: (attachmentId: string, use: 'image' | 'link') => string | null;
}

const SAFE_LINK = /^(https?:|mailto:)/i;
const RELATIVE = /^(\/(?!\/)|#|\?|\.{1,2}\/)/;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Links: http(s), mailto, same-site relative, and attachment references. Everything else (javascript:, data:, //host) is refused. */
function linkAllowed(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.toLowerCase().startsWith(ATTACHMENT_SCHEME)) return true;
  if (SAFE_LINK.test(trimmed)) return true;
  if (trimmed.startsWith('//')) return false;
  return RELATIVE.test(trimmed) || !ANY_SCHEME.test(trimmed);
}

function createRenderer(options: RenderOptions) {
  // html: false escapes every tag written in the source; no raw HTML can reach the output.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = linkAllowed;
  md.core.ruler.push('relais_safe_urls', (state) => {
    for (const block of state.tokens) {
      if (!block.children) continue;
      block.children = block.children.flatMap((token) => {
        if (token.type === 'image') {
          const src = resolve(String(token.attrGet('src') ?? ''), 'image', options);
          // Images only from our attachments or over https: no tracking pixels over http, no data: URLs.
          if (!src || !(src.startsWith('/') || /^https:/i.test(src))) return [];
          token.attrSet('src', src);
          token.attrSet('loading', 'lazy');
          return [token];
        }
        if (token.type === 'link_open') {
          const href = resolve(String(token.attrGet('href') ?? ''), 'link', options);
          if (href === null) token.attrSet('href', '#');
          else token.attrSet('href', href);
          token.attrSet('rel', 'noopener noreferrer');
          if (/^https?:/i.test(href ?? '')) token.attrSet('target', '_blank');
        }
        return [token];
      });
    }
  });
  return md;
}

function resolve(url: string, use: 'image' | 'link', options: RenderOptions): string | null {
  const trimmed = url.trim();
  if (trimmed.toLowerCase().startsWith(ATTACHMENT_SCHEME)) return options.attachmentUrl?.(trimmed.slice(ATTACHMENT_SCHEME.length), use) ?? null;
  return linkAllowed(trimmed) ? trimmed : null;
}

/**
 * Article Markdown as HTML that is safe to insert in a page: the one renderer of the API (what readers
 * get) and the back-office preview. No raw HTML, no script URL, images only from attachments or https,
 * links with rel="noopener noreferrer".
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return createRenderer(options).render(source);
}
