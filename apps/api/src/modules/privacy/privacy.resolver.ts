import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { CustomerDataErasureType, CustomerDataExportType, CustomerDataSearchResultType } from './dto/customer-data.type';
import { CustomerDataFilter } from './dto/customer-data-filter.input';
import { CustomerDataRequestInput } from './dto/customer-data-request.input';
import { PrivacyService } from './privacy.service';

/**
 * Brand admins only. Answering a customer's request is the brand's duty as the data's controller,
 * decided centrally by someone accountable for it: an erasure cannot be undone, and one customer's
 * declarations can sit with partners of several channel managers, so a search within one manager's
 * scope would export or erase part of what the brand holds while looking complete. Partners never
 * read other partners' declarations, and their own customers' requests come to the brand.
 */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly service: PrivacyService) {}

  @Query(() => CustomerDataSearchResultType, { description: "Submitted declarations matching what is known of an end customer, with the customer's data they hold." })
  @Roles('BRAND_ADMIN')
  customerDataSearch(@Args('filter', { type: () => CustomerDataFilter }) filter: CustomerDataFilter) {
    return this.service.search(filter);
  }

  @Mutation(() => CustomerDataExportType, { description: "The customer's data held in these declarations; recorded (and audited) as an access." })
  @Roles('BRAND_ADMIN')
  exportCustomerData(@CurrentActor() actor: Actor, @Args('input', { type: () => CustomerDataRequestInput }) input: CustomerDataRequestInput) {
    return this.service.export(actor, input);
  }

  @Mutation(() => CustomerDataErasureType, {
    description: 'Erases the customer data of these declarations (postal code, sector, comment, proof files), keeping every sales fact; recorded and audited. Erasing again is harmless.',
  })
  @Roles('BRAND_ADMIN')
  eraseCustomerData(@CurrentActor() actor: Actor, @Args('input', { type: () => CustomerDataRequestInput }) input: CustomerDataRequestInput) {
    return this.service.erase(actor, input);
  }
}
