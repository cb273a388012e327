import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProofFile')
export class ProofFileType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Sanitised, with the extension of the detected type.' })
  fileName!: string;

  @Field({ description: 'application/pdf, image/jpeg or image/png, detected from the bytes.' })
  mimeType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field({ description: 'Same-origin path of the bytes (GET with the bearer token; ?download=1 for an attachment).' })
  url!: string;
}

@ObjectType('ProofUploadLimits')
export class ProofUploadLimitsType {
  @Field(() => Int, { description: 'PROOF_MAX_BYTES: the largest file POST /files/proofs accepts.' })
  maxBytes!: number;

  @Field(() => [String], { description: 'Types accepted, as detected from the bytes.' })
  mimeTypes!: string[];
}
