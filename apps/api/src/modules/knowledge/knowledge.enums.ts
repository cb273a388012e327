import { registerEnumType } from '@nestjs/graphql';
import { ARTICLE_KINDS, ARTICLE_STATUSES } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ArticleKindEnum = asEnum(ARTICLE_KINDS);
export const ArticleStatusEnum = asEnum(ARTICLE_STATUSES);

registerEnumType(ArticleKindEnum, { name: 'ArticleKind' });
registerEnumType(ArticleStatusEnum, { name: 'ArticleStatus' });
