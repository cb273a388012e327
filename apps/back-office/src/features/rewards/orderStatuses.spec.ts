import { statusesOf } from './orderStatuses';

describe('statusesOf', () => {
  it('asks for the orders still to handle by default, and for an unknown value', () => {
    expect(statusesOf('')).toEqual(['REQUESTED', 'APPROVED', 'SHIPPED']);
    expect(statusesOf('LOST')).toEqual(['REQUESTED', 'APPROVED', 'SHIPPED']);
  });

  it('asks for every status with ANY, and for one status by its name', () => {
    expect(statusesOf('ANY')).toEqual([]);
    expect(statusesOf('DELIVERED')).toEqual(['DELIVERED']);
  });
});
