import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

const CREATE = 'mutation ($input: QuizInput!) { createQuiz(input: $input) { id } }';
const STATUS = 'mutation ($id: ID!, $status: QuizStatus!) { setQuizStatus(id: $id, status: $status) { id } }';

// Caldo Torino (demo partner 16) is used by no other browser test, so its wallet is this test's own.
const PARTNER_MEMBER = 'matteo.marino@caldo-torino.demo';

/** Labels are the same in both languages, so the test reads them whatever the reader's language. */
const question = (n: number, suffix: string) => {
  const text = `Question ${n} ${suffix}?`;
  const option = (label: string, correct: boolean) => ({ labelEn: `${label} ${n}`, labelFr: `${label} ${n}`, correct });
  return { textEn: text, textFr: text, explanationEn: `Explanation ${n}`, explanationFr: `Explication ${n}`, multiple: false, options: [option('Right', true), option('Wrong', false)] };
};

describe('Quizzes in the partner portal', () => {
  it('lets a reseller on a phone fail a quiz, retry, pass and see the points, and the brand admin read the figures', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const title = `Quiz ${suffix}`;
    const admin = await apiToken(DEMO.brandAdmin);
    const input = { titleEn: title, titleFr: title, introEn: '', introFr: '', questions: [question(1, suffix), question(2, suffix)], passMark: 100, maxAttempts: 3, points: 30, segmentIds: [], articleIds: [] };
    const { createQuiz } = await graphql<{ createQuiz: { id: string } }>(CREATE, { input }, admin);
    await graphql(STATUS, { id: createQuiz.id, status: 'PUBLISHED' }, admin);
    try {
      const page = await signIn('portal', PARTNER_MEMBER, PHONE);
      await page.goto(appUrl('portal', '/quizzes'));
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
      await card.getByText(either('quizzes.state.NOT_STARTED')).waitFor();
      await expectAccessible(page, 'The quiz list');
      await card.getByRole('link').click();

      // First attempt, one question at a time: the first right, the second wrong.
      await page.getByRole('button', { name: either('quizzes.start') }).click();
      await page.getByText(/^Question 1 (?:of|sur) 2$/).waitFor();
      await page.getByRole('radio', { name: 'Right 1' }).check();
      await page.getByRole('button', { name: either('quizzes.next') }).click();
      await page.getByRole('radio', { name: 'Wrong 2' }).check();
      await expectAccessible(page, 'A quiz being taken');
      await page.getByRole('button', { name: either('quizzes.submit') }).click();
      await page.getByText(either('quizzes.result.failed')).waitFor();
      await page.getByText(either('quizzes.result.rightAnswers')).nth(1).waitFor();
      await page.getByText('Explanation 2').or(page.getByText('Explication 2')).waitFor();
      await expectAccessible(page, 'A failed quiz result');

      // Second attempt, all questions at once, both right.
      await page.getByRole('button', { name: either('quizzes.retry') }).click();
      await page.getByRole('checkbox', { name: either('quizzes.mode') }).uncheck();
      await page.getByRole('radio', { name: 'Right 1' }).check();
      await page.getByRole('radio', { name: 'Right 2' }).check();
      await page.getByRole('button', { name: either('quizzes.submit') }).click();
      await page.getByText(either('quizzes.result.passed')).waitFor();
      await page.getByText(/^30 points (?:added to your wallet|ajoutés à votre portefeuille)\.$/).waitFor();

      await page.goto(appUrl('portal', '/quizzes'));
      await card.getByText(/^(?:Passed, 30 points earned|Réussi, 30 points gagnés)$/).waitFor();

      // The brand admin reads the figures: two attempts, one pass, question 1 right twice and question 2 once.
      const office = await signIn('back-office', DEMO.brandAdmin);
      await office.goto(appUrl('back-office', `/quizzes/${createQuiz.id}/statistics`));
      const questions = office.getByRole('table');
      await questions.getByRole('row').filter({ hasText: `Question 1 ${suffix}?` }).getByRole('cell', { name: '2 / 2' }).waitFor();
      await questions.getByRole('row').filter({ hasText: `Question 2 ${suffix}?` }).getByRole('cell', { name: '1 / 2' }).waitFor();
      await office.getByText(/^50\s?%$/).first().waitFor();
      await expectAccessible(office, 'The statistics of a quiz');
      await office.goto(appUrl('back-office', `/quizzes/${createQuiz.id}`));
      await office.getByText(either('quizzes.bo.lockedHint')).waitFor();
      await expectAccessible(office, 'The editor of an attempted quiz');
    } finally {
      await graphql(STATUS, { id: createQuiz.id, status: 'ARCHIVED' }, admin);
    }
  });
});
