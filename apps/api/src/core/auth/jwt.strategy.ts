import { createSecretKey } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { AppConfig } from '../config/app-config';
import { AccessTokenPayload, Actor } from './actor';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to read it as a
      // public key on every request, which costs about a millisecond each time. passport-jwt hands it
      // to jsonwebtoken as is; its types only know strings and buffers.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): Actor | false {
    // A refresh token or any other signed object must not pass as an access token.
    if (payload.typ !== 'access') return false;
    return { userId: payload.sub, role: payload.role, partnerId: payload.pid };
  }
}
