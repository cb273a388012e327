import { mail } from './mail';

export const en = { mail };
