import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { SegmentCriteriaInput, SegmentInput } from './dto/segment.input';
import { SegmentPreviewType, SegmentType } from './dto/segment.type';
import { Segment } from './segment.entity';
import { SegmentsService } from './segments.service';

@Resolver(() => SegmentType)
@Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
export class SegmentsResolver {
  /** Member counts batched per request: a list of segments costs one query. */
  private readonly countLoaders = new WeakMap<object, DataLoader<Segment, number>>();

  constructor(private readonly service: SegmentsService) {}

  @Query(() => [SegmentType])
  segments() {
    return this.service.list();
  }

  @Query(() => SegmentType)
  segment(@Args('id', { type: () => ID }) id: string) {
    return this.service.find(id);
  }

  @Query(() => SegmentPreviewType, { description: 'The partners criteria select now; a channel manager sees only their own.' })
  segmentPreview(
    @CurrentActor() actor: Actor,
    @Args('criteria') criteria: SegmentCriteriaInput,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ) {
    return this.service.preview(actor, criteria, limit);
  }

  @Mutation(() => SegmentType)
  @Roles('BRAND_ADMIN')
  createSegment(@CurrentActor() actor: Actor, @Args('input') input: SegmentInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => SegmentType)
  @Roles('BRAND_ADMIN')
  updateSegment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: SegmentInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => Boolean)
  @Roles('BRAND_ADMIN')
  deleteSegment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(actor, id);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() segment: Segment, @CurrentActor() actor: Actor, @Context('req') request: object) {
    let loader = this.countLoaders.get(request);
    if (!loader) {
      loader = new DataLoader((segments) => this.service.memberCounts(actor, segments), { cache: false });
      this.countLoaders.set(request, loader);
    }
    return loader.load(segment);
  }
}
