import { fromDateInput, initialValues, toDateInput, toRewardInput, validateReward } from './rewardForm';

const valid = () => ({
  ...initialValues(null),
  sku: ' MUG-1 ',
  titleFr: 'Mug',
  titleEn: 'Mug',
  descriptionFr: 'Un mug',
  descriptionEn: 'A mug',
  pointsCost: '150',
  stock: '10',
});

describe('validateReward', () => {
  it('accepts a complete reward', () => {
    expect(validateReward(valid())).toEqual({});
  });

  it('names each missing text, a cost that is not a positive whole number and a missing stock', () => {
    const problems = validateReward({ ...initialValues(null), pointsCost: '0' });
    expect(Object.keys(problems).sort()).toEqual(['descriptionEn', 'descriptionFr', 'pointsCost', 'sku', 'stock', 'titleEn', 'titleFr']);
    expect(problems.pointsCost).toEqual({ key: 'positive' });
    expect(validateReward({ ...valid(), pointsCost: '1.5' }).pointsCost).toEqual({ key: 'wholeNumber' });
  });

  it('needs no stock when it is unlimited, and a period when there is a limit per user', () => {
    expect(validateReward({ ...valid(), unlimited: true, stock: '' })).toEqual({});
    expect(validateReward({ ...valid(), limitPerUser: '2' }).limitPeriod).toEqual({ key: 'periodRequired' });
  });

  it('refuses image addresses that are not https and a window that ends before it starts', () => {
    const problems = validateReward({ ...valid(), imageUrls: 'https://a.example/1.png\nhttp://b.example/2.png', availableFrom: '2026-12-01', availableTo: '2026-11-30' });
    expect(problems).toEqual({ imageUrls: { key: 'httpsOnly' }, availableTo: { key: 'windowOrder' } });
  });
});

describe('toRewardInput', () => {
  it('trims, splits the image lines, and sends null for an unlimited stock and an absent limit', () => {
    const input = toRewardInput({ ...valid(), unlimited: true, imageUrls: ' https://a.example/1.png \n\nhttps://b.example/2.png', limitPeriod: 'MONTH' });
    expect(input).toMatchObject({ sku: 'MUG-1', pointsCost: 150, stock: null, imageUrls: ['https://a.example/1.png', 'https://b.example/2.png'], limitPerUser: null, limitPeriod: null, availableFrom: null });
  });

  it('includes the whole last day of the window', () => {
    const to = fromDateInput('2026-12-24', true);
    expect(to && toDateInput(to)).toBe('2026-12-24');
    expect(new Date(to ?? '').getHours()).toBe(23);
  });
});
