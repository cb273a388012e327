import { contentDisposition, detectProofType, sanitizeFileName } from './proof-content';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('proof content', () => {
  describe('detectProofType', () => {
    it('reads the type from the bytes', async () => {
      expect(await detectProofType(PNG)).toBe('image/png');
      expect(await detectProofType(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1'))).toBe('application/pdf');
    });

    it('refuses text, whatever the file is called, and types that are not proofs', async () => {
      expect(await detectProofType(Buffer.from('not really a picture'))).toBeNull();
      expect(await detectProofType(Buffer.from('474946383961', 'hex'))).toBeNull();
    });
  });

  describe('sanitizeFileName', () => {
    it('keeps a readable name with the extension of the detected type', () => {
      expect(sanitizeFileName('Facture mars été.PDF', 'application/pdf')).toBe('Facture mars été.pdf');
      expect(sanitizeFileName('photo.pdf', 'image/png')).toBe('photo.png');
    });

    it('drops paths, control and quoting characters, and names nothing left "proof"', () => {
      expect(sanitizeFileName('../../etc/pa"ss\u0000wd.png', 'image/png')).toBe('passwd.png');
      expect(sanitizeFileName('C:\\Users\\me\\scan.jpg', 'image/jpeg')).toBe('scan.jpg');
      expect(sanitizeFileName('...', 'image/jpeg')).toBe('proof.jpg');
      expect(sanitizeFileName(undefined, 'application/pdf')).toBe('proof.pdf');
      expect(sanitizeFileName(`${'a'.repeat(300)}.png`, 'image/png')).toHaveLength(120);
    });
  });

  describe('contentDisposition', () => {
    it('gives an ASCII fallback and the UTF-8 name', () => {
      expect(contentDisposition('inline', 'reçu (1).pdf')).toBe(`inline; filename="recu (1).pdf"; filename*=UTF-8''re%C3%A7u%20%281%29.pdf`);
    });
  });
});
