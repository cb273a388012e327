import { csvChunks, csvRecords } from './csv-chunks';

describe('csvRecords', () => {
  it('keeps a line break inside a quoted cell in its record and drops a BOM, CRLF and blank records', () => {
    expect(csvRecords('\uFEFFa;b\r\n1;"two\nlines"\r\n;;\r\n\r\n3;"say ""hi"""\n')).toEqual(['a;b', '1;"two\nlines"', '3;"say ""hi"""']);
  });
});

describe('csvChunks', () => {
  it('repeats the header in each chunk and numbers rows as the whole file does', () => {
    const chunks = csvChunks('h1,h2\n1,a\n2,b\n3,c\n', 2);
    expect(chunks).toEqual([
      { index: 0, firstRow: 1, rowCount: 2, csv: 'h1,h2\n1,a\n2,b\n' },
      { index: 1, firstRow: 3, rowCount: 1, csv: 'h1,h2\n3,c\n' },
    ]);
  });

  it('sends a header-only file as one empty chunk, and nothing for an empty file', () => {
    expect(csvChunks('h1,h2\n', 2)).toEqual([{ index: 0, firstRow: 1, rowCount: 0, csv: 'h1,h2\n' }]);
    expect(csvChunks(' \n', 2)).toEqual([]);
  });
});
