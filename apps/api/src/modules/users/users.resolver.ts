import { Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/auth.decorators';
import { UserType } from './dto/user.type';
import { UsersService } from './users.service';

@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor) {
    return this.service.me(actor);
  }
}
