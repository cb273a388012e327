import { invalidField, notFound } from '../../core/errors/domain-error';

export const WebhookErrors = {
  /** reason: isUrl, httpsRequired, privateAddress or credentials. */
  urlNotAllowed: (reason: string) => invalidField('WEBHOOK_URL_NOT_ALLOWED', 'url', reason),
  endpointNotFound: () => notFound('WEBHOOK_ENDPOINT_NOT_FOUND', 'Webhook endpoint not found'),
  deliveryNotFound: () => notFound('WEBHOOK_DELIVERY_NOT_FOUND', 'Webhook delivery not found'),
};
