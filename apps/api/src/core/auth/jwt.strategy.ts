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
      secretOrKey: config.JWT_SECRET,
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
