import { validateCsvRow } from '../../../core/csv/csv-import';
import { DeclarationLineInput } from '../dto/declaration.input';
import { checkRow, parseAmount, parseSaleDate } from './declaration-import-rows';

const PRODUCT = '00000000-0000-4000-8000-000000000001';
const context = { today: '2026-11-23', productIdBySku: new Map([['HP-AW-06', PRODUCT]]) };
const cells = (patch: Record<string, string> = {}) => ({
  sale_date: '2026-11-20',
  product_sku: 'hp-aw-06',
  quantity: '2',
  amount: '1200.50',
  currency: 'eur',
  channel: 'in store',
  invoice_reference: ' f-12 ',
  serial_numbers: 'sn-1| SN-2 |',
  ...patch,
});
const reasonsOf = (patch: Record<string, string>) => checkRow(cells(patch), 7, context).errors.map((e) => `${e.field}:${e.code}:${e.reason}`);

describe('checkRow', () => {
  it('stages a valid row, normalised as the declaration form would store it', () => {
    expect(checkRow(cells(), 7, context)).toEqual({
      row: {
        rowNumber: 7,
        saleDate: '2026-11-20',
        productId: PRODUCT,
        quantity: 2,
        amount: '1200.50',
        currency: 'EUR',
        channel: 'IN_STORE',
        invoiceReference: 'F-12',
        serialNumbers: 'SN-1|SN-2',
        customerType: null,
        customerPostalCode: null,
        customerSector: null,
      },
      errors: [],
    });
  });

  it('refuses unknown products, future and impossible dates with the codes of the declaration form', () => {
    expect(reasonsOf({ product_sku: 'NOPE' })).toEqual(['product_sku:PRODUCT_NOT_FOUND:PRODUCT_NOT_FOUND']);
    expect(reasonsOf({ sale_date: '2026-11-24' })).toEqual(['sale_date:SALE_DATE_IN_FUTURE:SALE_DATE_IN_FUTURE']);
    expect(reasonsOf({ sale_date: '2026-02-30' })).toEqual(['sale_date:INVALID_INPUT:isISO8601']);
    expect(reasonsOf({ sale_date: '' })).toEqual(['sale_date:INVALID_INPUT:isNotEmpty']);
    expect(reasonsOf({ currency: 'EURO', customer_type: 'shop' })).toEqual(['currency:INVALID_INPUT:matches', 'customer_type:INVALID_INPUT:isIn']);
  });

  it('reads French dates and amounts', () => {
    expect(parseSaleDate('3/11/2026')).toBe('2026-11-03');
    expect(parseAmount('1 234,5')).toBe(1234.5);
    expect(parseAmount('12,3,4')).toBeNull();
  });

  // The hand-written checks must refuse exactly what DeclarationLineInput refuses, with the same reason.
  it.each([
    ['quantity', '0'],
    ['quantity', '1.5'],
    ['quantity', '1000001'],
    ['quantity', '1000000'],
    ['amount', '-1'],
    ['amount', '10.123'],
    ['amount', '0'],
    ['amount', '1000000000000'],
    ['channel', 'SHOP'],
    ['channel', 'ONLINE'],
    ['invoice_reference', 'X'.repeat(101)],
  ])('judges %s = %s as the declaration input does', async (column, value) => {
    const line = { ...cells(), [column]: value };
    const dto = await validateCsvRow(
      DeclarationLineInput,
      {
        productId: PRODUCT,
        quantity: Number(line.quantity),
        amount: Number(line.amount),
        channel: line.channel.toUpperCase().replace(' ', '_'),
        invoiceReference: line.invoice_reference,
      },
      1,
      (p) => p,
    );
    const expected = dto.errors.map((e) => e.reason);
    expect(checkRow(line, 1, context).errors.map((e) => e.reason)).toEqual(expected);
  });
});
