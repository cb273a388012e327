import { lastCompleteWeek } from './recap-week';

describe('lastCompleteWeek', () => {
  it('is the Monday to Sunday before the current week, in UTC', () => {
    expect(lastCompleteWeek(new Date('2026-11-23T05:00:00Z'))).toEqual({ start: '2026-11-16', end: '2026-11-22' }); // a Monday
    expect(lastCompleteWeek(new Date('2026-11-29T23:59:59Z'))).toEqual({ start: '2026-11-16', end: '2026-11-22' }); // the Sunday after
    expect(lastCompleteWeek(new Date('2027-01-01T12:00:00Z'))).toEqual({ start: '2026-12-21', end: '2026-12-27' });
  });
});
