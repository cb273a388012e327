import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ClientAddress, Public } from '../../core/auth/auth.decorators';
import { InvitationsService } from '../users/invitations.service';
import { AuthService } from './auth.service';
import { AuthPayloadType, InvitationInfoType } from './dto/auth-payload.type';
import { AcceptInvitationInput, RequestPasswordResetInput, ResetPasswordInput } from './dto/password.input';
import { RefreshInput, SignOutInput } from './dto/session-token.input';
import { SignInInput } from './dto/sign-in.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Rate-limited per account and per client address.' })
  signIn(@Args('input') input: SignInInput, @ClientAddress() address: string) {
    return this.auth.signIn(input.email, input.password, address);
  }

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Returns a new pair; the presented refresh token cannot be used again.' })
  refreshSession(@Args('input') input: RefreshInput) {
    return this.auth.refresh(input.refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token. Idempotent.' })
  signOut(@Args('input') input: SignOutInput) {
    return this.auth.signOut(input.refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true, whether or not the e-mail has an account.' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput) {
    return this.auth.requestPasswordReset(input.email, input.app);
  }

  @Public()
  @Mutation(() => Boolean)
  resetPassword(@Args('input') input: ResetPasswordInput) {
    return this.auth.resetPassword(input.token, input.password);
  }

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Sets the password, activates the account and signs in.' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput) {
    return this.auth.acceptInvitation(input.token, input.password);
  }

  @Public()
  @Query(() => InvitationInfoType, { description: 'What the accept-invitation page shows.' })
  invitation(@Args('token') token: string) {
    return this.invitations.describe(token);
  }
}
