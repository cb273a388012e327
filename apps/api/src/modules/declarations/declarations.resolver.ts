import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isPartnerRole } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { PageInput } from '../../core/graphql/page.input';
import { PartnerSummaryType } from '../partners/dto/partner-summary.type';
import { Declaration } from './declaration.entity';
import { DeclarationLoaders } from './declaration.loaders';
import { DeclarationReviewService } from './declaration-review.service';
import { DeclarationSubmissionService } from './declaration-submission.service';
import { DeclarationsService } from './declarations.service';
import { DecideDeclarationInput } from './dto/decision.input';
import { DeclarationInput } from './dto/declaration.input';
import {
  CustomerFeedbackType,
  CustomerProfileType,
  DeclarationEventType,
  DeclarationFlagType,
  DeclarationLineType,
  DeclarationPage,
  DeclarationType,
} from './dto/declaration.type';
import { DeclarationFilter } from './dto/declaration-filter.input';

const PARTNER = ['PARTNER_ADMIN', 'PARTNER_MEMBER'] as const;
const BRAND = ['BRAND_ADMIN', 'CHANNEL_MANAGER'] as const;

@Resolver(() => DeclarationType)
export class DeclarationsResolver {
  constructor(
    private readonly service: DeclarationsService,
    private readonly submission: DeclarationSubmissionService,
    private readonly review: DeclarationReviewService,
    private readonly loaders: DeclarationLoaders,
  ) {}

  @Query(() => DeclarationPage, {
    description: "Partner admin: the partner's; member: their own; channel manager: their partners' (no drafts); brand admin: all (no drafts).",
  })
  declarations(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => DeclarationFilter, nullable: true }) filter?: DeclarationFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => DeclarationPage, { description: 'The declarations the caller made.' })
  @Roles(...PARTNER)
  myDeclarations(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => DeclarationFilter, nullable: true }) filter?: DeclarationFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(actor, filter ?? {}, page, { mine: true });
  }

  @Query(() => DeclarationType, { description: 'DECLARATION_NOT_FOUND when out of the caller’s scope.' })
  declaration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => DeclarationType, { description: 'Saves a draft.' })
  @Roles(...PARTNER)
  createDeclaration(@CurrentActor() actor: Actor, @Args('input') input: DeclarationInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => DeclarationType, { description: 'Replaces the content of a draft or of a declaration in NEEDS_INFO.' })
  @Roles(...PARTNER)
  updateDeclaration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: DeclarationInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft never submitted; DECLARATION_NOT_EDITABLE otherwise.' })
  @Roles(...PARTNER)
  deleteDeclaration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteDraft(actor, id);
  }

  @Mutation(() => DeclarationType, { description: 'Idempotent: a retry with the same key returns the declaration unchanged.' })
  @Roles(...PARTNER)
  submitDeclaration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('idempotencyKey') idempotencyKey: string) {
    return this.submission.submit(actor, id, idempotencyKey);
  }

  @Mutation(() => DeclarationType, { description: 'Approves or rejects lines; the declaration is settled once no line is pending.' })
  @Roles(...BRAND)
  decideDeclaration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: DecideDeclarationInput) {
    return this.review.decide(actor, id, input.lines);
  }

  @Mutation(() => DeclarationType, { description: 'Approves every pending line.' })
  @Roles(...BRAND)
  approveDeclaration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.review.approveAll(actor, id);
  }

  @Mutation(() => DeclarationType, { description: 'Sends an undecided declaration back to the partner (NEEDS_INFO).' })
  @Roles(...BRAND)
  requestInformation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('message') message: string,
    @Args('lineIds', { type: () => [ID], nullable: true }) lineIds?: string[],
  ) {
    return this.review.requestInformation(actor, id, message, lineIds ?? []);
  }

  @Mutation(() => DeclarationType, { description: 'Takes back the points of an approved declaration.' })
  @Roles(...BRAND)
  reverseDeclaration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.review.reverse(actor, id, reason);
  }

  @ResolveField(() => PartnerSummaryType)
  partner(@Parent() declaration: Declaration, @Context('req') request: object) {
    return this.loaders.for(request).partner.load(declaration.partnerId);
  }

  @ResolveField(() => String, { nullable: true, description: 'First and last name of the declarer.' })
  declaredByName(@Parent() declaration: Declaration, @Context('req') request: object) {
    return this.loaders.for(request).userName.load(declaration.declaredById);
  }

  @Mutation(() => [DeclarationType], { description: 'Approves every pending line of each declaration; those that cannot be approved (already decided, out of scope) are left out.' })
  @Roles(...BRAND)
  approveDeclarations(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.review.approveMany(actor, ids);
  }

  @ResolveField(() => Number, { name: 'totalAmount', description: 'Sum of the line amounts.' })
  totalAmount(@Parent() declaration: Declaration) {
    return Number(declaration.totalAmount);
  }

  @ResolveField(() => CustomerProfileType, { nullable: true })
  customer(@Parent() d: Declaration): CustomerProfileType | null {
    if (!d.customerType && !d.customerPostalCode && !d.customerSector) return null;
    return { type: d.customerType, postalCode: d.customerPostalCode, sector: d.customerSector };
  }

  @ResolveField(() => CustomerFeedbackType, { nullable: true })
  feedback(@Parent() d: Declaration): CustomerFeedbackType | null {
    if (d.feedbackRating === null && !d.feedbackComment && d.feedbackTags.length === 0) return null;
    return { rating: d.feedbackRating, comment: d.feedbackComment, tags: d.feedbackTags };
  }

  @ResolveField(() => [DeclarationLineType])
  async lines(@Parent() declaration: Declaration, @Context('req') request: object): Promise<DeclarationLineType[]> {
    const lines = await this.loaders.for(request).lines.load(declaration.id);
    return lines.map((l) => ({ ...l, amount: Number(l.amount), pointsExplanation: l.pointsExplanation ? JSON.stringify(l.pointsExplanation) : null }));
  }

  @ResolveField(() => [DeclarationEventType], { description: 'The timeline, oldest first.' })
  events(@Parent() declaration: Declaration, @Context('req') request: object) {
    return this.loaders.for(request).events.load(declaration.id);
  }

  @ResolveField(() => Int, { nullable: true })
  riskScore(@CurrentActor() actor: Actor, @Parent() declaration: Declaration): number | null {
    // The score is the flags in one number: as telling to a reseller as the flags themselves.
    return isPartnerRole(actor.role) ? null : declaration.riskScore;
  }

  @ResolveField(() => [DeclarationFlagType], { description: 'The checks that guide validators; always empty for partner users.' })
  async flags(@CurrentActor() actor: Actor, @Parent() declaration: Declaration, @Context('req') request: object): Promise<DeclarationFlagType[]> {
    // Showing resellers which checks fired would teach them how to slip past them.
    if (isPartnerRole(actor.role)) return [];
    const flags = await this.loaders.for(request).flags.load(declaration.id);
    return flags.map((f) => ({ ...f, params: Object.entries(f.params).map(([name, value]) => ({ name, value: String(value) })) }));
  }
}
