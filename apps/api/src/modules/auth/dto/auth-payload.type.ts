import { Field, ObjectType } from '@nestjs/graphql';

import { UserType } from '../../users/dto/user.type';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Short-lived JWT, sent as `Authorization: Bearer …`.' })
  accessToken!: string;

  @Field({ description: 'Opaque and single-use: refreshSession returns the next one.' })
  refreshToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

@ObjectType('InvitationInfo')
export class InvitationInfoType {
  @Field()
  email!: string;

  @Field()
  firstName!: string;

  @Field({ description: "The partner's name, or the brand's for brand users." })
  organisation!: string;

  @Field()
  expiresAt!: Date;
}
