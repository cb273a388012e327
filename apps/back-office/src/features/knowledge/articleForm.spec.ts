import { fromDateTimeInput, initialValues, toArticleInput, toDateTimeInput } from './articleForm';

describe('articleForm', () => {
  it('turns typed values into the API input: trimmed titles, tags split on commas, local times as instants', () => {
    const input = toArticleInput({ ...initialValues(null), titleFr: '  Titre ', tags: 'promo, , Heat pump ', publishAt: '2026-03-01T09:30' });
    expect(input).toMatchObject({ kind: 'SERVICE_NOTE', titleFr: 'Titre', tags: ['promo', 'Heat pump'], publishAt: new Date(2026, 2, 1, 9, 30).toISOString(), unpublishAt: null, pinned: false });
  });

  it('shows an instant in a datetime-local input and reads it back', () => {
    const iso = new Date(2026, 10, 23, 8, 5).toISOString();
    expect(fromDateTimeInput(toDateTimeInput(iso))).toBe(iso);
    expect(toDateTimeInput(null)).toBe('');
    expect(fromDateTimeInput('')).toBeNull();
  });
});
