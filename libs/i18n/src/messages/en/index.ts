import { applications } from './applications';
import { auth } from './auth';
import { backoffice } from './backoffice';
import { common } from './common';
import { declarations } from './declarations';
import { earning } from './earning';
import { errors } from './errors';
import { fields } from './fields';
import { mail } from './mail';
import { nav } from './nav';
import { partners } from './partners';
import { portal } from './portal';
import { portalPoints } from './portal-points';
import { products } from './products';
import { segments } from './segments';
import { users } from './users';
import { validation } from './validation';

export const en = { common, auth, errors, validation, fields, nav, partners, users, segments, products, applications, portal, portalPoints, backoffice, declarations, mail, earning };
