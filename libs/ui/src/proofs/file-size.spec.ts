import { createFormatter } from '../format/format';
import { fileSize } from './file-size';

describe('fileSize', () => {
  it('names the unit in the user’s language', () => {
    expect(fileSize(createFormatter('en'), 10 * 1024 * 1024)).toBe('10 MB');
    expect(fileSize(createFormatter('fr'), 2.4 * 1024 * 1024).replace(/\s/g, ' ')).toBe('2,4 Mo');
    expect(fileSize(createFormatter('fr'), 300).replace(/\s/g, ' ')).toBe('1 ko');
  });
});
