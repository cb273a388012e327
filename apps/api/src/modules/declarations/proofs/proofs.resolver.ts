import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { Declaration } from '../declaration.entity';
import { DeclarationType } from '../dto/declaration.type';
import { ProofFileType } from './dto/proof-file.type';
import { ProofsService, ProofSummary } from './proofs.service';

/** Declaration.proofs, batched per HTTP request. */
@Resolver(() => DeclarationType)
export class DeclarationProofsResolver {
  private readonly byRequest = new WeakMap<object, DataLoader<string, ProofSummary[]>>();

  constructor(private readonly service: ProofsService) {}

  @ResolveField(() => [ProofFileType], { description: 'Proof files, oldest first; readable by whoever can read the declaration.' })
  async proofs(@Parent() declaration: Declaration, @Context('req') request: object): Promise<ProofFileType[]> {
    let loader = this.byRequest.get(request);
    if (!loader) {
      loader = new DataLoader((ids) => this.service.forDeclarations(ids));
      this.byRequest.set(request, loader);
    }
    const proofs = await loader.load(declaration.id);
    return proofs.map(({ id, fileName, mimeType, size }) => ({ id, fileName, mimeType, size, url: `/files/proofs/${id}` }));
  }
}
