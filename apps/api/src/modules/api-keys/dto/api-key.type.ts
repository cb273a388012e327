import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ApiKey', { description: 'An integration key; its secret is shown once, at creation.' })
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The first characters of the secret, to tell keys apart.' })
  prefix!: string;

  @Field({ description: 'PARTNER (the partner’s own systems) or BRAND.' })
  scope!: string;

  @Field()
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Name of the user who made the key; what the key does is attributed to them.' })
  createdByName!: string | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType)
  key!: ApiKeyType;

  @Field({ description: 'The whole key. Shown this once: only its hash is kept.' })
  secret!: string;
}

@ObjectType('ApiKeyUse', { description: 'One operation called with a key.' })
export class ApiKeyUseType {
  @Field(() => ID)
  id!: string;

  @Field()
  operation!: string;

  @Field({ description: 'OK, or the error code the caller got.' })
  outcome!: string;

  @Field()
  at!: Date;
}
