import { Field, Int, ObjectType } from '@nestjs/graphql';

import { UserType } from './user.type';

@ObjectType('UserPage')
export class UserPageType {
  @Field(() => [UserType])
  items!: UserType[];

  @Field(() => Int)
  total!: number;
}
