import { auditValue } from './audit-value';

describe('auditValue', () => {
  it('shows text without its JSON quotes', () => {
    expect(auditValue('"Pompe à chaleur"')).toBe('Pompe à chaleur');
  });

  it('shows numbers and booleans as they are', () => {
    expect([auditValue('42'), auditValue('false')]).toEqual(['42', 'false']);
  });

  it('treats null, an empty text and a missing row as no value', () => {
    expect([auditValue('null'), auditValue('""'), auditValue(null)]).toEqual([null, null, null]);
  });

  it('indents lists and objects', () => {
    expect(auditValue('{"countries":["FR"]}')).toBe('{\n  "countries": [\n    "FR"\n  ]\n}');
  });
});
