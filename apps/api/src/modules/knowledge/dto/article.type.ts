import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ArticleKind } from '@relais/domain';

import { LocaleEnum } from '../../../core/graphql/enums';
import { ArticleKindEnum } from '../knowledge.enums';

@ObjectType('ArticleAttachment')
export class ArticleAttachmentType {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'Detected from the bytes.' })
  mimeType!: string;

  @Field(() => Int)
  size!: number;

  @Field()
  isImage!: boolean;

  @Field({ description: "Signed for the caller, short-lived: shown inline (images) or downloaded. No token needed." })
  url!: string;

  @Field({ description: 'Signed for the caller, short-lived: always downloaded.' })
  downloadUrl!: string;

  @Field({ description: 'What authors write in the Markdown: ![alt](attachment:<id>) or [text](attachment:<id>).' })
  reference!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('Article')
export class ArticleType {
  @Field(() => ID)
  id!: string;

  @Field(() => ArticleKindEnum)
  kind!: ArticleKind;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Date, { nullable: true })
  publishAt!: Date | null;

  @Field(() => Date, { nullable: true })
  unpublishAt!: Date | null;

  @Field()
  pinned!: boolean;

  @Field()
  titleFr!: string;

  @Field({ description: 'Markdown.' })
  bodyFr!: string;

  @Field()
  titleEn!: string;

  @Field({ description: 'Markdown.' })
  bodyEn!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('ArticlePage')
export class ArticlePage {
  @Field(() => [ArticleType])
  items!: ArticleType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('HighlightFragment')
export class HighlightFragmentType {
  @Field({ description: 'Plain text: render it as text, never as HTML.' })
  text!: string;

  @Field({ description: 'A word the search matched.' })
  match!: boolean;
}

@ObjectType('ArticleSearchHit')
export class ArticleSearchHit {
  @Field(() => ArticleType)
  article!: ArticleType;

  @Field(() => Float)
  rank!: number;

  @Field(() => LocaleEnum, { description: 'The language of the version that matched.' })
  language!: 'fr' | 'en';

  @Field(() => [HighlightFragmentType])
  title!: HighlightFragmentType[];

  @Field(() => [HighlightFragmentType], { description: 'Passages of the body around the matches.' })
  snippet!: HighlightFragmentType[];
}

@ObjectType('ArticleSegmentFigures')
export class ArticleSegmentFigures {
  @Field(() => ID)
  segmentId!: string;

  @Field()
  segmentName!: string;

  @Field(() => Int, { description: 'Partners of the segment in the caller scope.' })
  partners!: number;

  @Field(() => Int)
  readers!: number;

  @Field(() => Int)
  downloads!: number;
}

@ObjectType('ArticleFigures')
export class ArticleFigures {
  @Field(() => Int, { nullable: true, description: 'Every opening; brand admins only (not attributable to a scope).' })
  views!: number | null;

  @Field(() => Int, { description: 'Users who opened it, in the caller scope.' })
  uniqueReaders!: number;

  @Field(() => Int, { description: 'Partners with a reader, in the caller scope.' })
  readingPartners!: number;

  @Field(() => Int, { description: 'Downloads of its files, in the caller scope.' })
  downloads!: number;

  @Field(() => [ArticleSegmentFigures], { description: "The article's segments (every segment when it has none)." })
  bySegment!: ArticleSegmentFigures[];
}
