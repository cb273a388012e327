import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** Offset pagination shared by every list of the API. */
@InputType('PageInput')
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;
}

/** The page asked for, with the defaults filled in. */
export const pageOf = (page?: PageInput | null) => ({
  offset: page?.offset ?? 0,
  limit: page?.limit ?? DEFAULT_PAGE_SIZE,
});
