import { contentDisposition, detectFileType, FileTypes, sanitizeFileName } from './file-content';

const TYPES: FileTypes = { 'image/png': 'png', 'application/pdf': 'pdf' };
const PNG_MAGIC = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('sanitizeFileName', () => {
  it.each([
    ['../../../../etc/passwd', 'passwd.png'],
    ['..\\..\\windows\\win.ini', 'win.png'],
    ['/var/www/html/shell.php', 'shell.png'],
    ['invoice.pdf.exe', 'invoice.pdf.png'],
    ['ticket\u0000.php', 'ticket.png'],
    ['\u202Egnp.exe', 'gnp.png'],
    // The slash of the closing tag is a path separator: only what follows it is a name.
    ['<script>alert(1)</script>.png', 'script.png'],
    ['<b onmouseover=alert(1)>x.png', 'b onmouseover=alert(1)x.png'],
    ['"quoted"; filename=evil.html', 'quoted filename=evil.png'],
    ['line\r\nbreak: header.png', 'linebreak header.png'],
    ['.htaccess', 'htaccess.png'],
    ['..', 'proof.png'],
    ['', 'proof.png'],
    ['   ', 'proof.png'],
  ])('%j is stored as %j', (given, stored) => {
    expect(sanitizeFileName(given, 'image/png', TYPES, 'proof')).toBe(stored);
  });

  it('keeps letters of every language, composed, and caps the length at 120', () => {
    expect(sanitizeFileName('Reçu e\u0301té 📄.pdf', 'application/pdf', TYPES, 'proof')).toBe('Reçu été 📄.pdf');
    const long = sanitizeFileName(`${'a'.repeat(500)}.png`, 'image/png', TYPES, 'proof');
    expect(long).toHaveLength(120);
    expect(long.endsWith('.png')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('cannot be broken out of: quotes and non-ASCII only in the encoded name', () => {
    const header = contentDisposition('attachment', 'a"b\\c é.pdf');
    expect(header).toBe(`attachment; filename="abc e.pdf"; filename*=UTF-8''a%22b%5Cc%20%C3%A9.pdf`);
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe('detectFileType', () => {
  it('reads the type from the bytes, whatever the name or header said', async () => {
    expect(await detectFileType(Buffer.concat([PNG_MAGIC, Buffer.alloc(64)]), TYPES)).toBe('image/png');
    expect(await detectFileType(Buffer.from('%PDF-1.4\n%%EOF\n'), TYPES)).toBe('application/pdf');
  });

  it.each([
    ['HTML', '<!doctype html><html><script>alert(1)</script></html>'],
    ['SVG with a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['a shell script', '#!/bin/sh\nrm -rf /\n'],
    ['a ZIP', 'PK\u0003\u0004\u0014\u0000\u0000\u0000'],
    ['nothing', ''],
  ])('refuses %s', async (_name, text) => {
    expect(await detectFileType(Buffer.from(text, 'latin1'), TYPES)).toBeNull();
  });
});
