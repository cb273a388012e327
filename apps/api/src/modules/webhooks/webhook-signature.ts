import { createHmac, randomBytes } from 'node:crypto';

export const SIGNATURE_HEADER = 'Relais-Signature';
export const EVENT_ID_HEADER = 'Relais-Event-Id';
export const EVENT_HEADER = 'Relais-Event';
export const DELIVERY_HEADER = 'Relais-Delivery-Id';

/** A new endpoint's signing key: 256 random bits after a recognisable prefix. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the body,
 * so a receiver that refuses old timestamps cannot be fed a captured delivery again later.
 */
export function signatureHeader(secret: string, body: string, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}
