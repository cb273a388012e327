import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { notFound } from '../../core/errors/domain-error';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async me(actor: Actor): Promise<User> {
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw notFound('USER_NOT_FOUND');
    return user;
  }
}
