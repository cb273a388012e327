import { Field, ID, InputType } from '@nestjs/graphql';
import { ARTICLE_BODY_MAX, ARTICLE_KINDS, ARTICLE_STATUSES, ARTICLE_TAG_MAX, ARTICLE_TAGS_MAX, ARTICLE_TITLE_MAX, type ArticleKind, type ArticleStatus } from '@relais/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';
import { ArticleKindEnum, ArticleStatusEnum } from '../knowledge.enums';

/** Create and update (update replaces every field). A language with an empty title has no version; one at least is required. */
@InputType('ArticleInput')
export class ArticleInput {
  @Field(() => ArticleKindEnum)
  @IsIn(ARTICLE_KINDS)
  kind!: ArticleKind;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(ARTICLE_TITLE_MAX)
  titleFr: string = '';

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(ARTICLE_BODY_MAX)
  bodyFr: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(ARTICLE_TITLE_MAX)
  titleEn: string = '';

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(ARTICLE_BODY_MAX)
  bodyEn: string = '';

  @Field(() => [String], { defaultValue: [], description: 'Trimmed and lower-cased.' })
  @IsArray()
  @ArrayMaxSize(ARTICLE_TAGS_MAX)
  @IsString({ each: true })
  @MaxLength(ARTICLE_TAG_MAX, { each: true })
  tags: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Segments the article is for; empty: every partner.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  segmentIds: string[] = [];

  @Field(() => Date, { nullable: true, description: 'Null: a draft. In the future: scheduled.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of publication; null: none.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  unpublishAt?: Date | null;

  @Field({ defaultValue: false, description: 'Shown on the portal home page.' })
  @IsBoolean()
  pinned: boolean = false;
}

@InputType('ArticleFilter')
export class ArticleFilter {
  @Field(() => [ArticleKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(ARTICLE_KINDS, { each: true })
  kinds?: ArticleKind[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ARTICLE_TAG_MAX)
  tag?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;

  @Field(() => [ArticleStatusEnum], { nullable: true, description: 'Brand users; partner users only ever see PUBLISHED articles.' })
  @IsOptional()
  @IsArray()
  @IsIn(ARTICLE_STATUSES, { each: true })
  statuses?: ArticleStatus[];
}
