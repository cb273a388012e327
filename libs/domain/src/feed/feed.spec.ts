import { feedPartnerName, isFeedKind } from '.';

describe('feedPartnerName', () => {
  it('names the partner only when the brand shows names and the participant did not choose anonymity', () => {
    expect(feedPartnerName({ partnerName: 'Nord Clim', anonymous: false }, true)).toBe('Nord Clim');
    expect(feedPartnerName({ partnerName: 'Nord Clim', anonymous: false }, false)).toBeNull();
    expect(feedPartnerName({ partnerName: 'Nord Clim', anonymous: true }, true)).toBeNull();
  });
});

describe('isFeedKind', () => {
  it('accepts achievements only', () => {
    expect(isFeedKind('BADGE_EARNED')).toBe(true);
    expect(isFeedKind('DECLARATION_APPROVED')).toBe(false);
  });
});
