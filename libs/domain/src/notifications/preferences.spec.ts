import { NOTIFICATION_KINDS, notificationDefaults, notificationKindsFor } from '..';

describe('notification preferences', () => {
  it('e-mails decisions by default, never rank moves, and keeps the recap out of the app', () => {
    expect(notificationDefaults('DECLARATION_DECIDED')).toEqual({ inApp: true, email: true });
    expect(notificationDefaults('CHALLENGE_RANK_GAINED')).toEqual({ inApp: true, email: null });
    expect(notificationDefaults('WEEKLY_RECAP')).toEqual({ inApp: null, email: true });
  });

  it('offers partner users every kind and brand users none yet', () => {
    expect(notificationKindsFor('PARTNER_MEMBER')).toEqual([...NOTIFICATION_KINDS]);
    expect(notificationKindsFor('BRAND_ADMIN')).toEqual([]);
  });
});
