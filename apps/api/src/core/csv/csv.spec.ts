import { DomainError } from '../errors/domain-error';
import { readCsv } from './csv';

const shape = { required: ['sku', 'name'], optional: ['active'] };

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as DomainError).code;
  }
  return undefined;
};

describe('readCsv', () => {
  it('reads comma-separated rows keyed by lower-cased, trimmed header names', () => {
    expect(readCsv(' SKU , Name \nA-1, Pump \n', shape)).toEqual({ columns: ['sku', 'name'], rows: [{ sku: 'A-1', name: 'Pump' }] });
  });

  it('detects semicolons and strips a UTF-8 byte order mark', () => {
    expect(readCsv('\uFEFFsku;name;active\r\nA-1;"Pompe, 8 kW";oui\r\n', shape).rows).toEqual([{ sku: 'A-1', name: 'Pompe, 8 kW', active: 'oui' }]);
  });

  it('skips empty lines and gives missing trailing cells as empty strings', () => {
    expect(readCsv('sku,name,active\n\nA-1,Pump\n,,\n', shape).rows).toEqual([{ sku: 'A-1', name: 'Pump', active: '' }]);
  });

  it('refuses an empty file and a file with a header only', () => {
    expect(codeOf(() => readCsv('  \n', shape))).toBe('CSV_EMPTY');
    expect(codeOf(() => readCsv('sku,name\n', shape))).toBe('CSV_EMPTY');
  });

  it('refuses a file without the required columns, as when the header row is missing', () => {
    expect(codeOf(() => readCsv('A-1,Pump\nA-2,Boiler\n', shape))).toBe('CSV_MISSING_COLUMNS');
  });

  it('refuses unknown and repeated columns', () => {
    expect(codeOf(() => readCsv('sku,name,colour\nA-1,Pump,red\n', shape))).toBe('CSV_UNKNOWN_COLUMNS');
    expect(codeOf(() => readCsv('sku,name,name\nA-1,Pump,Pump\n', shape))).toBe('CSV_UNKNOWN_COLUMNS');
  });

  it('refuses text that is not CSV', () => {
    expect(codeOf(() => readCsv('sku,name\n"A-1,Pump\n', shape))).toBe('CSV_MALFORMED');
  });

  it('refuses a file over the row or byte limit, on the csv field', () => {
    const limits = { maxRows: 2, maxBytes: 64 };
    expect(codeOf(() => readCsv('sku,name\nA,a\nB,b\nC,c\n', shape, limits))).toBe('CSV_TOO_LARGE');
    let error: DomainError | undefined;
    try {
      readCsv(`sku,name\n${'A,a\n'.repeat(20)}`, shape, limits);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.code).toBe('CSV_TOO_LARGE');
    expect(error?.fields).toEqual([{ field: 'csv', reason: 'CSV_TOO_LARGE' }]);
  });
});
