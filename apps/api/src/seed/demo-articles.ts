import { createHash } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { Article } from '../modules/knowledge/article.entity';
import { ArticleAttachment } from '../modules/knowledge/article-attachment.entity';
import { ArticleSegment } from '../modules/knowledge/article-segment.entity';
import { DEMO_USERS, demoSegmentId } from './demo-ids';

/** Article ids have a group of their own (4002), so they cannot meet the demo-ids kinds. */
export const demoArticleId = (n: number) => `00000000-0000-4002-8000-${String(n).padStart(12, '0')}`;
export const demoArticleAttachmentId = (n: number) => `00000000-0000-4002-8001-${String(n).padStart(12, '0')}`;

const PUBLISHED = new Date('2026-01-05T08:00:00Z');

/** A one-page PDF, so the product sheet has a real file to download. */
const DATASHEET = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n% Aero 12 datasheet\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

type DemoArticle = Omit<Article, 'createdAt' | 'updatedAt' | 'viewCount'>;

const article = (n: number, fields: Omit<DemoArticle, 'id' | 'createdById' | 'publishAt' | 'unpublishAt'> & Partial<Pick<DemoArticle, 'publishAt'>>): DemoArticle => ({
  id: demoArticleId(n),
  createdById: DEMO_USERS.brandAdmin.id,
  publishAt: PUBLISHED,
  unpublishAt: null,
  ...fields,
});

export const DEMO_ARTICLES: DemoArticle[] = [
  article(1, {
    kind: 'ONBOARDING',
    pinned: true,
    tags: ['onboarding', 'portal'],
    titleFr: 'Bienvenue sur Relais : vos premiers pas',
    bodyFr: '## Bienvenue !\n\nDéclarez vos ventes, gagnez des points et suivez votre progression.\n\n1. Complétez votre profil\n2. Déclarez votre première vente\n3. Passez le quiz *Pompes à chaleur : l’essentiel*',
    titleEn: 'Welcome to Relais: your first steps',
    bodyEn: '## Welcome!\n\nDeclare your sales, earn points and follow your progress.\n\n1. Complete your profile\n2. Declare your first sale\n3. Take the quiz *Heat pumps: the essentials*',
  }),
  article(2, {
    kind: 'PRODUCT_SHEET',
    pinned: false,
    tags: ['heat pump', 'installation'],
    titleFr: 'Fiche produit : pompe à chaleur Aéro 12',
    bodyFr: `L’**Aéro 12** chauffe jusqu’à 160 m².\n\n### Installation\n\nPrévoir un dégagement de 50 cm autour de l’unité extérieure.\n\n[Télécharger la fiche technique](attachment:${demoArticleAttachmentId(1)})`,
    titleEn: 'Product sheet: Aéro 12 heat pump',
    bodyEn: `The **Aéro 12** heats up to 160 m².\n\n### Installation\n\nLeave 50 cm of clearance around the outdoor unit.\n\n[Download the datasheet](attachment:${demoArticleAttachmentId(1)})`,
  }),
  article(3, {
    kind: 'PROMOTION',
    pinned: false,
    tags: ['promotion'],
    titleFr: 'Promotion de printemps : double points sur les pompes à chaleur',
    bodyFr: 'Du 1er mars au 30 avril, chaque pompe à chaleur déclarée rapporte **deux fois plus de points**.',
    titleEn: 'Spring promotion: double points on heat pumps',
    bodyEn: 'From 1 March to 30 April, every heat pump you declare earns **twice the points**.',
  }),
  article(4, {
    kind: 'SERVICE_NOTE',
    pinned: false,
    tags: ['service'],
    titleFr: 'Note de service : nouvelle procédure de garantie',
    bodyFr: 'Les demandes de garantie se font désormais en ligne, avec la facture et le numéro de série.',
    titleEn: 'Service note: new warranty procedure',
    bodyEn: 'Warranty claims are now made online, with the invoice and the serial number.',
  }),
];

export async function seedDemoArticles(manager: EntityManager): Promise<void> {
  await manager.getRepository(Article).insert(DEMO_ARTICLES);
  // The promotion is for the multi-brand installers in France with potential A only.
  await manager.getRepository(ArticleSegment).insert([{ articleId: demoArticleId(3), segmentId: demoSegmentId(1) }]);
  await manager.getRepository(ArticleAttachment).insert({
    id: demoArticleAttachmentId(1),
    articleId: demoArticleId(2),
    sha256: createHash('sha256').update(DATASHEET).digest('hex'),
    mimeType: 'application/pdf',
    size: DATASHEET.length,
    fileName: 'Aero 12 datasheet.pdf',
    content: DATASHEET,
    uploadedById: DEMO_USERS.brandAdmin.id,
  });
}
