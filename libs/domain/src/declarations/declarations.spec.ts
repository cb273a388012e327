import { statusAfterDecisions } from './declaration';
import { duplicateFlags, isNearDuplicate, LineFacts } from './duplicates';
import { flag, riskScore, windowFlag } from './flags';
import { isOutlier, median, robustZ } from './outliers';
import { allocateDeclarationPoints } from './points';
import { fnv1a, isSampledForReview } from './sampling';

const line = (patch: Partial<LineFacts> = {}): LineFacts => ({
  lineId: 'l1',
  declarationId: 'd1',
  partnerId: 'p1',
  productId: 'x',
  invoiceReference: 'INV-1',
  saleDate: '2026-10-01',
  amount: 100,
  ...patch,
});

describe('statusAfterDecisions', () => {
  it('stays submitted while a line is pending', () => expect(statusAfterDecisions(['APPROVED', 'PENDING'])).toBe('SUBMITTED'));
  it('approves, rejects, or partially approves once every line is decided', () => {
    expect(statusAfterDecisions(['APPROVED', 'APPROVED'])).toBe('APPROVED');
    expect(statusAfterDecisions(['REJECTED'])).toBe('REJECTED');
    expect(statusAfterDecisions(['APPROVED', 'REJECTED'])).toBe('PARTIALLY_APPROVED');
  });
});

describe('duplicates', () => {
  it('flags the same invoice of the same partner as a duplicate, whatever its case', () => {
    const flags = duplicateFlags([line()], [line({ declarationId: 'd2', lineId: 'l2', invoiceReference: ' inv-1' })]);
    expect(flags).toEqual([{ code: 'DUPLICATE_INVOICE', severity: 'HIGH', lineId: 'l1', params: { invoice: 'INV-1', otherDeclarationId: 'd2' } }]);
  });

  it('sees a near duplicate when 3 of invoice, partner, date and amount match', () => {
    expect(isNearDuplicate(line(), line({ declarationId: 'd2', invoiceReference: 'OTHER' }))).toBe(true);
    expect(isNearDuplicate(line(), line({ declarationId: 'd2', invoiceReference: 'OTHER', amount: 5 }))).toBe(false);
    expect(isNearDuplicate(line(), line({ declarationId: 'd2', partnerId: 'p2' }))).toBe(true);
  });

  it('sees a near duplicate in the same product and invoice with a shifted date, even at another partner', () => {
    expect(isNearDuplicate(line(), line({ declarationId: 'd2', partnerId: 'p2', saleDate: '2026-10-03', amount: 7 }))).toBe(true);
    expect(isNearDuplicate(line(), line({ declarationId: 'd2', partnerId: 'p2', saleDate: '2026-10-03', productId: 'y', amount: 7 }))).toBe(false);
  });

  it('never compares a declaration with itself', () => expect(duplicateFlags([line()], [line({ lineId: 'l2' })])).toEqual([]));
});

describe('outliers', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('judges nothing with fewer than 5 history points', () => expect(robustZ(1000, [1, 2, 3, 4])).toBeNull());

  it('flags a value far outside the history and keeps an ordinary one', () => {
    const history = [2, 3, 3, 4, 5, 3];
    expect(isOutlier(40, history)).toBe(true);
    expect(isOutlier(5, history)).toBe(false);
  });

  it('falls back to the mean absolute deviation, then to equality, when the MAD is zero', () => {
    expect(isOutlier(3, [2, 2, 2, 2, 2, 9])).toBe(false);
    expect(isOutlier(50, [2, 2, 2, 2, 2, 9])).toBe(true);
    expect(isOutlier(2, [2, 2, 2, 2, 2])).toBe(false);
    expect(isOutlier(3, [2, 2, 2, 2, 2])).toBe(true);
  });
});

describe('risk and window', () => {
  it('weighs flags by severity and caps the score at 100', () => {
    expect(riskScore([])).toBe(0);
    expect(riskScore([flag('OUTLIER', 'l1')])).toBe(20);
    expect(riskScore([flag('DUPLICATE_INVOICE', 'l1'), flag('DUPLICATE_SERIAL', 'l1'), flag('NEAR_DUPLICATE', 'l1')])).toBe(100);
  });

  it('flags a sale older than the window, not one on its last day', () => {
    expect(windowFlag('2026-01-01', '2026-04-01', 90)).toBeNull();
    expect(windowFlag('2026-01-01', '2026-04-02', 90)).toMatchObject({ code: 'NOT_ELIGIBLE_WINDOW', params: { days: 91 } });
  });
});

describe('isSampledForReview', () => {
  it('draws the same for the same id, none at 0 % and all at 100 %', () => {
    const id = '8d1f6f1e-4a1b-4c39-9a36-3b2b5d0f4e11';
    expect(isSampledForReview(id, 50)).toBe(isSampledForReview(id.toUpperCase(), 50));
    expect(isSampledForReview(id, 0)).toBe(false);
    expect(isSampledForReview(id, 100)).toBe(true);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});

describe('allocateDeclarationPoints', () => {
  const lines = [
    { lineId: 'a', points: 60 },
    { lineId: 'b', points: 30 },
    { lineId: 'c', points: 10 },
  ];

  it('gives declaration-wide bonuses to the first line', () => {
    expect(Object.fromEntries(allocateDeclarationPoints(lines, 120))).toEqual({ a: 80, b: 30, c: 10 });
  });

  it('shares a cap in proportion, and always adds up to the total', () => {
    expect(Object.fromEntries(allocateDeclarationPoints(lines, 50))).toEqual({ a: 30, b: 15, c: 5 });
    const odd = allocateDeclarationPoints(lines, 7);
    expect([...odd.values()].reduce((s, v) => s + v, 0)).toBe(7);
    expect(Object.fromEntries(odd)).toEqual({ a: 4, b: 2, c: 1 });
  });

  it('pays nothing for no line', () => expect(allocateDeclarationPoints([], 10).size).toBe(0));
});
