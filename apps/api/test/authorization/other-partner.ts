import { NotificationsService } from '../../src/modules/notifications/notifications.service';
import { DEMO_USERS } from '../../src/seed/demo-ids';
import { DEMO_QUIZZES } from '../../src/seed/demo-quizzes';
import { challengeInput, liveChallenge } from '../support/challenges';
import { declarationInput, declare, OPS } from '../support/declarations';
import { tinyPng, uploadProof } from '../support/proofs';
import { createItem, givePoints, order, PLACE } from '../support/rewards';
import type { TestApp } from '../support/test-app';
import { HOME, OTHER } from './callers';

/** Who tries to reach the other partner's rows, and who may (the controls). */
export interface ScopeTokens {
  homeMember: string;
  homeAdmin: string;
  /** Manages HOME, not OTHER. */
  northManager: string;
  otherMember: string;
  otherAdmin: string;
  /** Manages OTHER. */
  southManager: string;
  brandAdmin: string;
}

/** Rows of the other partner (Clim Provence, managed by the south channel manager), made through the API. */
export interface OtherPartnerRows {
  /** A segment holding OTHER's region only (not HOME's). */
  segmentId: string;
  submittedId: string;
  approvedId: string;
  draftId: string;
  proofId: string;
  orderId: string;
  orderReference: string;
  restrictedItemId: string;
  notificationId: string;
  apiKeyId: string;
  attemptId: string;
  /** Answers OTHER's member may submit to that attempt. */
  attemptAnswers: { questionId: string; optionIds: string[] }[];
  openQuizId: string;
  restrictedQuizId: string;
  importId: string;
  objectiveId: string;
  challengeId: string;
  restrictedArticleId: string;
  restrictedAttachmentId: string;
  /** A file URL the API signed for OTHER's member. */
  restrictedFileUrl: string;
  /** A file of an article every partner reads, with the URL signed for HOME's member. */
  openFileUrl: string;
  openAttachmentId: string;
}

export async function signInScopeCallers(t: TestApp): Promise<ScopeTokens> {
  const emails = [HOME.member.email, HOME.admin.email, DEMO_USERS.channelManagerNorth.email, OTHER.member.email, OTHER.admin.email, DEMO_USERS.channelManagerSouth.email, DEMO_USERS.brandAdmin.email];
  const [homeMember, homeAdmin, northManager, otherMember, otherAdmin, southManager, brandAdmin] = await Promise.all(emails.map((email) => t.tokenFor(email)));
  return { homeMember, homeAdmin, northManager, otherMember, otherAdmin, southManager, brandAdmin };
}

async function data<T = Record<string, any>>(t: TestApp, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await t.gql<T>(query, variables, { token });
  if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function uploadAttachment(t: TestApp, token: string, articleId: string, seed: number): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(tinyPng(seed))]), `plan-${seed}.png`);
  const response = await fetch(`${t.url}/files/knowledge/articles/${articleId}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { id?: string };
  if (response.status !== 201 || !body.id) throw new Error(`attachment upload: ${response.status} ${JSON.stringify(body)}`);
  return body.id;
}

const ARTICLE_FILES = 'query ($id: ID!) { article(id: $id) { attachments { id url } } }';
const CREATE_ARTICLE = 'mutation ($input: ArticleInput!) { createArticle(input: $input) { id } }';
const article = (patch: Record<string, unknown>) => ({
  kind: 'SALES_TOOL',
  titleFr: 'Offre',
  titleEn: 'Offer',
  bodyFr: 'Texte.',
  bodyEn: 'Text.',
  tags: [],
  segmentIds: [],
  publishAt: '2020-01-01T00:00:00.000Z',
  ...patch,
});

/** Everything OTHER owns that the scope spec tries to reach from outside. */
export async function makeOtherPartnerRows(t: TestApp, k: ScopeTokens): Promise<OtherPartnerRows> {
  const { createSegment } = await data(t, k.brandAdmin, 'mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', {
    input: { name: 'Provence only', criteria: { regions: ["Provence-Alpes-Côte d'Azur"] } },
  });
  const segmentId = createSegment.id as string;

  // Declarations: a submitted one carrying a proof file, an approved one, a draft.
  const proof = await uploadProof(t, k.otherMember, tinyPng(41), 'invoice.png', 'image/png');
  if (!proof.body.id) throw new Error(JSON.stringify(proof.body));
  const submitted = await declare(t, k.otherMember, declarationInput({ proofFileIds: [proof.body.id] }));
  const approved = await declare(t, k.otherMember);
  await data(t, k.southManager, OPS.approve, { id: approved.id });
  const draft = await data(t, k.otherMember, OPS.create, { input: declarationInput() });

  // A reward order, approved by the brand; an item only OTHER's segment may order.
  await givePoints(t, OTHER.member.id, 500);
  const item = await createItem(t, k.brandAdmin);
  const placed = await data(t, k.otherMember, PLACE, { input: order(item.id) });
  await data(t, k.brandAdmin, 'mutation ($ids: [ID!]!) { approveRewardOrders(ids: $ids) { id } }', { ids: [placed.placeRewardOrder.id] });
  const restrictedItem = await createItem(t, k.brandAdmin, { segmentIds: [segmentId] });

  await t.dataSource.transaction((manager) =>
    t.app.get(NotificationsService).notify(manager, { userIds: [OTHER.member.id], kind: 'DECLARATION_DECIDED', params: { reference: 'other' } }),
  );
  const [notification] = await t.sql<{ id: string }>('SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1', [OTHER.member.id]);

  const { createApiKey } = await data(t, k.otherAdmin, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { id } } }', { input: { name: 'Provence ERP' } });
  await t.gql('{ products { total } }', {}, { headers: { authorization: `Bearer ${createApiKey.secret}` } });

  const openQuiz = DEMO_QUIZZES.find((quiz) => quiz.status === 'PUBLISHED');
  if (!openQuiz) throw new Error('The demo seed has no published quiz');
  const { createQuiz: restrictedQuiz } = await data(t, k.brandAdmin, 'mutation ($input: QuizInput!) { createQuiz(input: $input) { id } }', {
    input: {
      titleEn: 'Provence quiz',
      titleFr: 'Quiz Provence',
      introEn: 'For Provence.',
      introFr: 'Pour la Provence.',
      questions: [{ textEn: 'Sure?', textFr: 'Sûr ?', multiple: false, options: [{ labelEn: 'Yes', labelFr: 'Oui', correct: true }, { labelEn: 'No', labelFr: 'Non', correct: false }] }],
      passMark: 100,
      points: 10,
      segmentIds: [segmentId],
      articleIds: [],
    },
  });
  await data(t, k.brandAdmin, 'mutation ($id: ID!) { setQuizStatus(id: $id, status: PUBLISHED) { id } }', { id: restrictedQuiz.id });
  const { startQuizAttempt } = await data(t, k.otherMember, 'mutation ($id: ID!) { startQuizAttempt(quizId: $id) { id questions { id options { id } } } }', { id: openQuiz.id });
  const attemptAnswers = (startQuizAttempt.questions as { id: string; options: { id: string }[] }[]).map((q) => ({ questionId: q.id, optionIds: [q.options[0]?.id] }));

  const { startDeclarationImport } = await data(t, k.otherAdmin, 'mutation ($input: StartDeclarationImportInput!) { startDeclarationImport(input: $input) { id } }', {
    input: { fileName: 'provence.csv', grouping: 'PER_INVOICE' },
  });

  const today = new Date().toISOString().slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const { createObjective } = await data(t, k.brandAdmin, 'mutation ($input: ObjectiveInput!) { createObjective(input: $input) { id } }', {
    input: { partnerId: OTHER.partnerId, metric: 'UNITS_SOLD', target: 10, startDay: today, endDay: inAMonth, points: 20 },
  });

  const challengeId = await liveChallenge(t, k.southManager, challengeInput({ segmentId }));

  const restricted = await data(t, k.brandAdmin, CREATE_ARTICLE, { input: article({ titleEn: 'Zephyrine offer', titleFr: 'Offre Zephyrine', bodyEn: 'Zephyrine terms.', bodyFr: 'Conditions Zephyrine.', tags: ['zephyrine'], segmentIds: [segmentId] }) });
  const restrictedAttachmentId = await uploadAttachment(t, k.brandAdmin, restricted.createArticle.id, 51);
  const open = await data(t, k.brandAdmin, CREATE_ARTICLE, { input: article({ tags: ['everyone'] }) });
  const openAttachmentId = await uploadAttachment(t, k.brandAdmin, open.createArticle.id, 52);
  const otherReads = await data(t, k.otherMember, ARTICLE_FILES, { id: restricted.createArticle.id });
  const homeReads = await data(t, k.homeMember, ARTICLE_FILES, { id: open.createArticle.id });

  return {
    segmentId,
    submittedId: submitted.id,
    approvedId: approved.id,
    draftId: draft.createDeclaration.id,
    proofId: proof.body.id,
    orderId: placed.placeRewardOrder.id,
    orderReference: placed.placeRewardOrder.reference,
    restrictedItemId: restrictedItem.id,
    notificationId: notification?.id,
    apiKeyId: createApiKey.key.id,
    attemptId: startQuizAttempt.id,
    attemptAnswers,
    openQuizId: openQuiz.id,
    restrictedQuizId: restrictedQuiz.id,
    importId: startDeclarationImport.id,
    objectiveId: createObjective.id,
    challengeId,
    restrictedArticleId: restricted.createArticle.id,
    restrictedAttachmentId,
    restrictedFileUrl: otherReads.article.attachments[0].url,
    openFileUrl: homeReads.article.attachments[0].url,
    openAttachmentId,
  };
}
