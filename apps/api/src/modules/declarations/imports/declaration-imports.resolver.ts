import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../../../core/auth/actor';
import { CurrentActor, Roles } from '../../../core/auth/auth.decorators';
import { PageInput } from '../../../core/graphql/page.input';
import { DeclarationImportConfirmationService } from './declaration-import-confirmation.service';
import { DeclarationImportsService } from './declaration-imports.service';
import { DeclarationImportChunkInput, StartDeclarationImportInput } from './dto/declaration-import.input';
import { DeclarationImportChunkResult, DeclarationImportErrorPage, DeclarationImportPage, DeclarationImportType } from './dto/declaration-import.type';

const PARTNER = ['PARTNER_ADMIN', 'PARTNER_MEMBER'] as const;

/** Bulk declaration from a CSV file. A partner admin sees the team's imports, a member their own. */
@Resolver(() => DeclarationImportType)
@Roles(...PARTNER)
export class DeclarationImportsResolver {
  constructor(
    private readonly imports: DeclarationImportsService,
    private readonly confirmation: DeclarationImportConfirmationService,
  ) {}

  @Mutation(() => DeclarationImportType, { description: 'Opens an import; then send the file with addDeclarationImportRows, read the preview, confirm.' })
  startDeclarationImport(@CurrentActor() actor: Actor, @Args('input') input: StartDeclarationImportInput) {
    return this.imports.start(actor, input);
  }

  @Mutation(() => DeclarationImportChunkResult, { description: 'Checks and stages a chunk of the file; sending the same index again replaces it.' })
  addDeclarationImportRows(@CurrentActor() actor: Actor, @Args('importId', { type: () => ID }) importId: string, @Args('chunk') chunk: DeclarationImportChunkInput) {
    return this.imports.addRows(actor, importId, chunk);
  }

  @Mutation(() => DeclarationImportType, {
    description: 'Makes and submits the declarations; refused (DECLARATION_IMPORT_HAS_ERRORS) while a row is in error. Idempotent with its key.',
  })
  confirmDeclarationImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('idempotencyKey') idempotencyKey: string) {
    return this.confirmation.confirm(actor, id, idempotencyKey);
  }

  @Mutation(() => DeclarationImportType, { description: 'Withdraws every declaration of the file while none is decided (else DECLARATION_IMPORT_DECIDED); cancels a file not yet confirmed.' })
  withdrawDeclarationImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.confirmation.withdraw(actor, id);
  }

  @Query(() => DeclarationImportType, { description: 'The preview of a file, or what it made. DECLARATION_IMPORT_NOT_FOUND out of scope.' })
  declarationImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.imports.get(actor, id);
  }

  @Query(() => DeclarationImportPage, { description: 'Newest first.' })
  declarationImports(@CurrentActor() actor: Actor, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    return this.imports.list(actor, page);
  }

  @ResolveField(() => DeclarationImportErrorPage, { description: 'The errors of the rows, by row then column.' })
  errors(@Parent() parent: DeclarationImportType, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    return this.imports.errors(parent.id, page);
  }
}
