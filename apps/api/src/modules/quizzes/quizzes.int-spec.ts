import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoSegmentId } from '../../seed/demo-ids';
import { DEMO_QUIZZES } from '../../seed/demo-quizzes';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';

const AUTHOR_FIELDS = 'id status passMark attemptCount segmentIds questions { id textEn multiple explanationEn options { id labelEn correct } }';
const CREATE = `mutation ($input: QuizInput!) { createQuiz(input: $input) { ${AUTHOR_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: QuizInput!) { updateQuiz(id: $id, input: $input) { ${AUTHOR_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { setQuizStatus(id: $id, status: PUBLISHED) { id status } }`;
const ATTEMPT_FIELDS = 'id number status deadlineAt score passed pointsAwarded questions { id textEn textFr multiple options { id labelEn labelFr } }';
const START = `mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT_FIELDS} results { questionId } } }`;
const SUBMIT = `mutation ($attemptId: ID!, $answers: [QuizAnswerInput!]!) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id status score passed pointsAwarded results { questionId correct chosenOptionIds rightOptionIds explanationEn explanationFr } } }`;
const MINE = `query { myQuizzes { id standing { state attemptsUsed attemptsLeft bestScore pointsEarned nextAttemptAt openAttemptId } } }`;
const STATS = `query ($id: ID!) { quizStatistics(id: $id) { attempts takers passedTakers passRate averageScore questions { questionId answered correct successRate } } }`;

const question = (n: number, patch: Record<string, unknown> = {}) => ({
  textEn: `Question ${n}?`,
  textFr: `Question ${n} ?`,
  explanationEn: `Because of rule ${n}.`,
  explanationFr: `À cause de la règle ${n}.`,
  multiple: false,
  options: [
    { labelEn: `Right ${n}`, labelFr: `Juste ${n}`, correct: true },
    { labelEn: `Wrong ${n}`, labelFr: `Faux ${n}`, correct: false },
  ],
  ...patch,
});

const quizInput = (patch: Record<string, unknown> = {}) => ({
  titleEn: 'Heat pumps basics',
  titleFr: 'Les bases des pompes à chaleur',
  introEn: 'Ten minutes to check what you know.',
  introFr: 'Dix minutes pour vérifier vos connaissances.',
  questions: [
    question(1),
    question(2, {
      multiple: true,
      options: [
        { labelEn: 'Right 2a', labelFr: 'Juste 2a', correct: true },
        { labelEn: 'Right 2b', labelFr: 'Juste 2b', correct: true },
        { labelEn: 'Wrong 2', labelFr: 'Faux 2', correct: false },
      ],
    }),
  ],
  passMark: 100,
  points: 40,
  segmentIds: [],
  articleIds: [],
  ...patch,
});

interface AuthorQuiz {
  id: string;
  questions: { id: string; options: { id: string; correct: boolean }[] }[];
}
interface Attempt {
  id: string;
  number: number;
  status: string;
  questions: { id: string; options: { id: string }[] }[];
}

describe('Quizzes', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  const publishedQuiz = async (patch: Record<string, unknown> = {}): Promise<AuthorQuiz> => {
    const created = await t.gql(CREATE, { input: quizInput(patch) }, { token: admin });
    if (!created.data?.createQuiz) throw new Error(JSON.stringify(created.errors));
    await t.gql(PUBLISH, { id: created.data.createQuiz.id }, { token: admin });
    return created.data.createQuiz as AuthorQuiz;
  };
  /** Answers every question right, or picks the first wrong option of each. */
  const answersFor = (quiz: AuthorQuiz, right: boolean | boolean[]) =>
    quiz.questions.map((q, i) => {
      const good = Array.isArray(right) ? right[i] : right;
      return { questionId: q.id, optionIds: q.options.filter((o) => (good ? o.correct : !o.correct)).slice(0, good ? undefined : 1).map((o) => o.id) };
    });
  const start = async (token: string, quizId: string): Promise<Attempt> => {
    const result = await t.gql(START, { quizId }, { token });
    if (!result.data?.startQuizAttempt) throw new Error(JSON.stringify(result.errors));
    return result.data.startQuizAttempt as Attempt;
  };
  const take = async (token: string, quiz: AuthorQuiz, right: boolean | boolean[]) => {
    const attempt = await start(token, quiz.id);
    return t.gql(SUBMIT, { attemptId: attempt.id, answers: answersFor(quiz, right) }, { token });
  };
  const count = async (sql: string, params: unknown[]) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) q`, params))[0].n;

  describe('QuizzesService', () => {
    describe('create', () => {
      it('answers bad input with the field of each problem and writes nothing', async () => {
        const before = await count('SELECT id FROM quizzes', []);
        const bad = await t.gql(
          CREATE,
          {
            input: quizInput({
              questions: [
                question(1, { options: [{ labelEn: 'Only', labelFr: 'Seule', correct: true }] }),
                question(2, { options: [{ labelEn: 'A', labelFr: 'A', correct: false }, { labelEn: 'B', labelFr: 'B', correct: false }] }),
                question(3, { options: [{ labelEn: 'A', labelFr: 'A', correct: true }, { labelEn: 'B', labelFr: 'B', correct: true }] }),
              ],
            }),
          },
          { token: admin },
        );
        expect(bad.errors?.[0].extensions).toMatchObject({
          code: 'INVALID_INPUT',
          fields: [
            { field: 'questions.0.options', reason: 'quizNeedsTwoOptions' },
            { field: 'questions.1.options', reason: 'quizNeedsRightAnswer' },
            { field: 'questions.2.options', reason: 'quizSingleChoiceOneRight' },
          ],
        });
        const none = await t.gql(CREATE, { input: quizInput({ questions: [] }) }, { token: admin });
        expect(none.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'questions', reason: 'quizNeedsQuestion' });
        const mark = await t.gql(CREATE, { input: quizInput({ passMark: 101 }) }, { token: admin });
        expect(mark.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'passMark' });
        const segment = await t.gql(CREATE, { input: quizInput({ segmentIds: ['00000000-0000-4000-8000-d99999999999'] }) }, { token: admin });
        expect(segment.errors?.[0].extensions).toMatchObject({ code: 'SEGMENT_NOT_FOUND', field: 'segmentIds' });
        expect(await count('SELECT id FROM quizzes', [])).toBe(before);
      });

      it('is refused to partner users and channel managers', async () => {
        const partner = await t.tokenFor(demoPartnerAccounts(1).admin.email);
        const manager = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
        for (const token of [partner, manager]) expect((await t.gql(CREATE, { input: quizInput() }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
      });
    });

    describe('update', () => {
      it('freezes the questions once the quiz has been attempted, while settings may still change', async () => {
        const quiz = await publishedQuiz();
        const edited = await t.gql(UPDATE, { id: quiz.id, input: quizInput({ questions: [question(1), question(3)] }) }, { token: admin });
        expect(edited.data?.updateQuiz.questions).toHaveLength(2);
        const current = edited.data?.updateQuiz as AuthorQuiz;
        await start(await t.tokenFor(demoPartnerAccounts(2).member.email), quiz.id);

        const locked = await t.gql(UPDATE, { id: quiz.id, input: quizInput({ questions: [question(1), question(4)] }) }, { token: admin });
        expect(locked.errors?.[0].extensions).toMatchObject({ code: 'QUIZ_QUESTIONS_LOCKED', field: 'questions' });
        const settings = await t.gql(UPDATE, { id: quiz.id, input: quizInput({ questions: [question(1), question(3)], passMark: 50 }) }, { token: admin });
        expect(settings.data?.updateQuiz).toMatchObject({ passMark: 50, attemptCount: 1 });
        expect(settings.data?.updateQuiz.questions).toEqual(current.questions);
      });
    });

    describe('statistics', () => {
      it('counts attempts, takers, pass rate, average score and each question, a channel manager over their partners only', async () => {
        const quiz = await publishedQuiz({ passMark: 100 });
        const north = await t.tokenFor(demoPartnerAccounts(1).admin.email); // Chauffage Dupont: Claire's partner
        const south = await t.tokenFor(demoPartnerAccounts(4).admin.email); // Clim Provence: Marco's partner
        await take(north, quiz, [true, false]); // 50
        await take(north, quiz, [true, true]); // 100, passed
        await take(south, quiz, [false, false]); // 0
        const [q1, q2] = quiz.questions.map((q) => q.id);

        const all = await t.gql(STATS, { id: quiz.id }, { token: admin });
        expect(all.data?.quizStatistics).toEqual({
          attempts: 3,
          takers: 2,
          passedTakers: 1,
          passRate: 1 / 3,
          averageScore: 50,
          questions: [
            { questionId: q1, answered: 3, correct: 2, successRate: 2 / 3 },
            { questionId: q2, answered: 3, correct: 1, successRate: 1 / 3 },
          ],
        });
        const claire = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
        const scoped = await t.gql(STATS, { id: quiz.id }, { token: claire });
        expect(scoped.data?.quizStatistics).toEqual({
          attempts: 2,
          takers: 1,
          passedTakers: 1,
          passRate: 0.5,
          averageScore: 75,
          questions: [
            { questionId: q1, answered: 2, correct: 2, successRate: 1 },
            { questionId: q2, answered: 2, correct: 1, successRate: 0.5 },
          ],
        });
        const partner = await t.gql(STATS, { id: quiz.id }, { token: north });
        expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
      });
    });
  });

  describe('linked articles', () => {
    const ARTICLE = 'mutation ($input: ArticleInput!) { createArticle(input: $input) { id } }';
    const article = async (title: string, segmentIds: string[]) => {
      const input = { kind: 'SALES_TOOL', titleFr: title, bodyFr: 'Texte.', titleEn: '', bodyEn: '', tags: [], segmentIds, publishAt: '2020-01-01T00:00:00.000Z' };
      const result = await t.gql(ARTICLE, { input }, { token: admin });
      if (!result.data?.createArticle) throw new Error(JSON.stringify(result.errors));
      return result.data.createArticle.id as string;
    };

    it('refuses an unknown article, and shows each taker only the linked articles they may read', async () => {
      const open = await article('Fiche ouverte', []);
      const german = await article('Fiche allemande', [demoSegmentId(2)]);
      const unknown = await t.gql(CREATE, { input: quizInput({ articleIds: [open, '00000000-0000-4000-8000-d99999999999'] }) }, { token: admin });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'QUIZ_ARTICLE_NOT_FOUND', field: 'articleIds' });
      const quiz = await publishedQuiz({ articleIds: [german, open] });

      const MY_QUIZ = 'query ($id: ID!) { myQuiz(id: $id) { articles { id titleEn titleFr } } }';
      const french = await t.gql(MY_QUIZ, { id: quiz.id }, { token: await t.tokenFor(demoPartnerAccounts(1).member.email) });
      expect(french.data?.myQuiz.articles).toEqual([{ id: open, titleEn: 'Fiche ouverte', titleFr: 'Fiche ouverte' }]);
      const inGermany = await t.gql(MY_QUIZ, { id: quiz.id }, { token: await t.tokenFor(demoPartnerAccounts(9).member.email) });
      expect(inGermany.data?.myQuiz.articles.map((a: { id: string }) => a.id)).toEqual([german, open]);
    });
  });

  describe('QuizTakingService', () => {
    describe('start', () => {
      it('sends the questions without any right answer or explanation, and the author type is refused to partners', async () => {
        const quiz = await publishedQuiz();
        const token = await t.tokenFor(demoPartnerAccounts(3).admin.email);
        const started = await t.gql(START, { quizId: quiz.id }, { token });
        const json = JSON.stringify(started);
        expect(started.data?.startQuizAttempt).toMatchObject({ number: 1, status: 'OPEN', results: null });
        expect(json).not.toMatch(/correct|explanation|Because of rule|À cause de/i);
        expect(started.data?.startQuizAttempt.questions[1].options).toHaveLength(3);

        const list = JSON.stringify(await t.gql(`query { myQuizzes { id titleEn introEn questionCount points } }`, {}, { token }));
        expect(list).toContain(quiz.id);
        expect(list).not.toMatch(/Right 1|correct|explanation/i);
        const asAuthor = await t.gql(`query ($id: ID!) { quiz(id: $id) { questions { options { correct } } } }`, { id: quiz.id }, { token });
        expect(asAuthor.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
        expect(asAuthor.data).toBeNull();
        const asList = await t.gql(`query { quizzes { questions { options { correct } } } }`, {}, { token });
        expect(asList.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
        const noField = await t.gql(`mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { questions { options { correct } } } }`, { quizId: quiz.id }, { token });
        expect(noField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      });

      it('returns the open attempt again instead of starting another, even for two starts at once', async () => {
        const quiz = await publishedQuiz({ maxAttempts: 1 });
        const token = await t.tokenFor(demoPartnerAccounts(5).member.email);
        const [a, b] = await Promise.all([start(token, quiz.id), start(token, quiz.id)]);
        expect(a.id).toBe(b.id);
        expect((await start(token, quiz.id)).id).toBe(a.id);
        expect(await count('SELECT id FROM quiz_attempts WHERE quiz_id = $1', [quiz.id])).toBe(1);
      });

      it('refuses an attempt beyond the limit', async () => {
        const quiz = await publishedQuiz({ maxAttempts: 2 });
        const token = await t.tokenFor(demoPartnerAccounts(6).admin.email);
        await take(token, quiz, false);
        await take(token, quiz, false);
        const third = await t.gql(START, { quizId: quiz.id }, { token });
        expect(third.errors?.[0].extensions?.code).toBe('QUIZ_ATTEMPTS_EXHAUSTED');
        const mine = await t.gql(MINE, {}, { token });
        expect(mine.data?.myQuizzes.find((q: { id: string }) => q.id === quiz.id).standing).toMatchObject({ state: 'FAILED', attemptsUsed: 2, attemptsLeft: 0, bestScore: 0 });
      });

      it('refuses an attempt inside the cool-down and says when it ends', async () => {
        const quiz = await publishedQuiz({ cooldownMinutes: 30 });
        const { admin: user } = demoPartnerAccounts(7);
        const token = await t.tokenFor(user.email);
        await take(token, quiz, false);
        const refused = await t.gql(START, { quizId: quiz.id }, { token });
        expect(refused.errors?.[0].extensions).toMatchObject({ code: 'QUIZ_COOLDOWN', details: { until: expect.any(String) } });
        const until = new Date((refused.errors?.[0].extensions as { details: { until: string } }).details.until).getTime();
        expect(until).toBeGreaterThan(Date.now() + 29 * 60_000);
        const mine = await t.gql(MINE, {}, { token });
        expect(mine.data?.myQuizzes.find((q: { id: string }) => q.id === quiz.id).standing.nextAttemptAt).toBe(new Date(until).toISOString());

        await t.sql(`UPDATE quiz_attempts SET closed_at = closed_at - interval '31 minutes' WHERE quiz_id = $1 AND user_id = $2`, [quiz.id, user.id]);
        expect((await start(token, quiz.id)).number).toBe(2);
      });

      it('hides a quiz from partners outside its segments, and drafts from everyone', async () => {
        const quiz = await publishedQuiz({ segmentIds: [demoSegmentId(2)] }); // German partners
        const draft = (await t.gql(CREATE, { input: quizInput() }, { token: admin })).data?.createQuiz as AuthorQuiz;
        const outside = await t.tokenFor(demoPartnerAccounts(1).member.email);
        const inside = await t.tokenFor(demoPartnerAccounts(9).member.email);

        const ids = async (token: string) => ((await t.gql(MINE, {}, { token })).data?.myQuizzes as { id: string }[]).map((q) => q.id);
        expect(await ids(inside)).toContain(quiz.id);
        expect(await ids(outside)).not.toContain(quiz.id);
        expect(await ids(inside)).not.toContain(draft.id);
        expect(await ids(outside)).toContain(DEMO_QUIZZES[0].id); // the demo quiz is open to everyone
        expect((await t.gql(`query ($id: ID!) { myQuiz(id: $id) { id } }`, { id: quiz.id }, { token: outside })).errors?.[0].extensions?.code).toBe('QUIZ_NOT_FOUND');
        expect((await t.gql(START, { quizId: quiz.id }, { token: outside })).errors?.[0].extensions?.code).toBe('QUIZ_NOT_FOUND');
        expect((await t.gql(START, { quizId: draft.id }, { token: inside })).errors?.[0].extensions?.code).toBe('QUIZ_NOT_FOUND');
        expect((await start(inside, quiz.id)).status).toBe('OPEN');
      });
    });

    describe('submit', () => {
      it('scores on the server and returns the right answers and explanations', async () => {
        const quiz = await publishedQuiz({ passMark: 50 });
        const token = await t.tokenFor(demoPartnerAccounts(8).admin.email);
        const result = await take(token, quiz, [true, false]);
        const [q1, q2] = quiz.questions;
        expect(result.data?.submitQuizAttempt).toMatchObject({ status: 'SUBMITTED', score: 50, passed: true, pointsAwarded: 40 });
        expect(result.data?.submitQuizAttempt.results).toEqual([
          { questionId: q1.id, correct: true, chosenOptionIds: [q1.options[0].id], rightOptionIds: [q1.options[0].id], explanationEn: 'Because of rule 1.', explanationFr: 'À cause de la règle 1.' },
          {
            questionId: q2.id,
            correct: false,
            chosenOptionIds: [q2.options[2].id],
            rightOptionIds: [q2.options[0].id, q2.options[1].id],
            explanationEn: 'Because of rule 2.',
            explanationFr: 'À cause de la règle 2.',
          },
        ]);
      });

      it('pays the first pass once and records QUIZ_PASSED once, even for two passes and two submissions at once', async () => {
        const quiz = await publishedQuiz();
        const { admin: user } = demoPartnerAccounts(10);
        const token = await t.tokenFor(user.email);
        const attempt = await start(token, quiz.id);
        const answers = answersFor(quiz, true);
        const both = await Promise.all([t.gql(SUBMIT, { attemptId: attempt.id, answers }, { token }), t.gql(SUBMIT, { attemptId: attempt.id, answers }, { token })]);
        expect(both.filter((r) => r.data?.submitQuizAttempt?.passed)).toHaveLength(1);
        expect(both.filter((r) => r.errors?.[0].extensions?.code === 'QUIZ_ATTEMPT_CLOSED')).toHaveLength(1);
        const again = await take(token, quiz, true);
        expect(again.data?.submitQuizAttempt).toMatchObject({ passed: true, pointsAwarded: 0 });

        const entries = await t.sql(
          `SELECT e.amount, e.idempotency_key, a.owner_type FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE e.kind = 'QUIZ_PASSED' AND a.owner_id = $1`,
          [user.id],
        );
        expect(entries).toEqual([{ amount: 40, idempotency_key: `quiz:${quiz.id}:${user.id}`, owner_type: 'USER' }]);
        expect(await count(`SELECT id FROM domain_events WHERE type = 'QUIZ_PASSED' AND subject_id = $1 AND user_id = $2`, [quiz.id, user.id])).toBe(1);
        // The event feeds the Enablement stage's metric: one quiz passed by this user.
        await t.app.get(ActivityProcessor).processPending();
        const metric = await t.sql(`SELECT sum(value)::int AS n FROM metric_daily WHERE metric = 'QUIZZES_PASSED' AND scope = 'USER' AND owner_id = $1`, [user.id]);
        expect(metric).toEqual([{ n: 1 }]);
        const mine = await t.gql(MINE, {}, { token });
        expect(mine.data?.myQuizzes.find((q: { id: string }) => q.id === quiz.id).standing).toMatchObject({ state: 'PASSED', attemptsUsed: 2, pointsEarned: 40, bestScore: 100 });
      });

      it('refuses a submission after the time limit and records the attempt as expired', async () => {
        const quiz = await publishedQuiz({ timeLimitSeconds: 60 });
        const token = await t.tokenFor(demoPartnerAccounts(11).admin.email);
        const attempt = await start(token, quiz.id);
        expect((await t.gql(START, { quizId: quiz.id }, { token })).data?.startQuizAttempt.deadlineAt).toEqual(expect.any(String));
        await t.sql(`UPDATE quiz_attempts SET started_at = started_at - interval '2 minutes', deadline_at = deadline_at - interval '2 minutes' WHERE id = $1`, [attempt.id]);

        const late = await t.gql(SUBMIT, { attemptId: attempt.id, answers: answersFor(quiz, true) }, { token });
        expect(late.errors?.[0].extensions?.code).toBe('QUIZ_TIME_UP');
        expect(await t.sql('SELECT status, score, passed FROM quiz_attempts WHERE id = $1', [attempt.id])).toEqual([{ status: 'EXPIRED', score: null, passed: false }]);
        expect(await count(`SELECT id FROM ledger_entries WHERE idempotency_key LIKE $1`, [`quiz:${quiz.id}:%`])).toBe(0);
        const twice = await t.gql(SUBMIT, { attemptId: attempt.id, answers: answersFor(quiz, true) }, { token });
        expect(twice.errors?.[0].extensions?.code).toBe('QUIZ_ATTEMPT_CLOSED');
      });

      it('expires an open attempt whose time ran out when the next one starts', async () => {
        const quiz = await publishedQuiz({ timeLimitSeconds: 60 });
        const token = await t.tokenFor(demoPartnerAccounts(12).admin.email);
        const first = await start(token, quiz.id);
        await t.sql(`UPDATE quiz_attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [first.id]);
        const second = await start(token, quiz.id);
        expect(second.id).not.toBe(first.id);
        expect((await t.sql('SELECT status FROM quiz_attempts WHERE id = $1', [first.id]))[0].status).toBe('EXPIRED');
      });

      it('answers options of another question with the field error and changes nothing', async () => {
        const quiz = await publishedQuiz();
        const token = await t.tokenFor(demoPartnerAccounts(13).admin.email);
        const attempt = await start(token, quiz.id);
        const [q1, q2] = quiz.questions;
        const bad = await t.gql(SUBMIT, { attemptId: attempt.id, answers: [{ questionId: q1.id, optionIds: [q2.options[0].id] }] }, { token });
        expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'answers.0.optionIds', reason: 'quizUnknownOption' });
        expect(await t.sql('SELECT status, answers FROM quiz_attempts WHERE id = $1', [attempt.id])).toEqual([{ status: 'OPEN', answers: null }]);
        const other = await t.tokenFor(demoPartnerAccounts(13).member.email);
        const notMine = await t.gql(SUBMIT, { attemptId: attempt.id, answers: answersFor(quiz, true) }, { token: other });
        expect(notMine.errors?.[0].extensions?.code).toBe('QUIZ_ATTEMPT_NOT_FOUND');
      });
    });
  });
});
