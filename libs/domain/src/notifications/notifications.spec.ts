import { notificationParamFormat } from '.';

describe('notificationParamFormat', () => {
  it('tells numbers, ISO dates and plain text apart', () => {
    expect(notificationParamFormat(3)).toBe('NUMBER');
    expect(notificationParamFormat('2026-03-12')).toBe('DATE');
    expect(notificationParamFormat('2026-03-12T10:00:00.000Z')).toBe('DATE');
    expect(notificationParamFormat('APPROVED')).toBe('TEXT');
    expect(notificationParamFormat('2026-03')).toBe('TEXT');
  });
});
