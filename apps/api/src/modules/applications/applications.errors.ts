import { conflict, invalidField, notFound } from '../../core/errors/domain-error';

export const ApplicationErrors = {
  notFound: () => notFound('APPLICATION_NOT_FOUND', 'Application not found'),
  pending: () => invalidField('APPLICATION_PENDING', 'contactEmail', 'APPLICATION_PENDING', 'An application with this e-mail is already waiting for a decision'),
  alreadyDecided: () => conflict('APPLICATION_ALREADY_DECIDED', 'This application has already been decided'),
  badMessage: (reason: 'isNotEmpty' | 'maxLength') => invalidField('INVALID_INPUT', 'message', reason),
};
