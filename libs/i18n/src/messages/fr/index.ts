import type { en } from '../en';
import { mail } from './mail';

export const fr: typeof en = { mail };
