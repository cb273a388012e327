import { exportUrl } from './useCsvExport';

describe('exportUrl', () => {
  it("carries the page's filters, each value of a list repeated, and leaves the empty ones out", () => {
    expect(exportUrl('declarations', { statuses: ['APPROVED', 'REJECTED'], partnerId: 'p1', saleFrom: '', minAmount: 10, flags: undefined, sort: null }, 'fr')).toBe(
      '/exports/declarations.csv?statuses=APPROVED&statuses=REJECTED&partnerId=p1&minAmount=10&locale=fr',
    );
  });

  it("asks for the reader's language, French unless English", () => {
    expect(exportUrl('partners', {}, 'en-GB')).toBe('/exports/partners.csv?locale=en');
    expect(exportUrl('quiz-results', { quizId: 'q1' }, 'de')).toBe('/exports/quiz-results.csv?quizId=q1&locale=fr');
  });
});
