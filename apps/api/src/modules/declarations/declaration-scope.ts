import { isPartnerRole } from '@relais/domain';
import { EntityManager, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Declaration } from './declaration.entity';

/**
 * Declarations the actor may see: a partner admin their partner's, a member their own (or their
 * partner's, when a partner admin allowed it), a channel
 * manager those of the partners assigned to them, a brand admin all;
 * brand roles never see drafts. Alias `d`, partner joined as `p`.
 */
export function scopedDeclarations(manager: EntityManager, actor: Actor): SelectQueryBuilder<Declaration> {
  const query = manager.getRepository(Declaration).createQueryBuilder('d').innerJoin('d.partner', 'p');
  if (isPartnerRole(actor.role)) {
    query.where('d.partner_id = :scopePartnerId', { scopePartnerId: actor.partnerId });
    if (actor.role === 'PARTNER_MEMBER') {
      // Read at each request rather than carried in the token, so a partner admin's change applies at once.
      query.andWhere('(d.declared_by_id = :scopeUserId OR EXISTS (SELECT 1 FROM users su WHERE su.id = :scopeUserId AND su.sees_team_declarations))', {
        scopeUserId: actor.userId,
      });
    }
  } else {
    // A draft is the partner's own business until it is submitted.
    query.where("d.status <> 'DRAFT'");
    if (actor.role === 'CHANNEL_MANAGER') query.andWhere('p.channel_manager_id = :scopeManagerId', { scopeManagerId: actor.userId });
  }
  return query;
}
