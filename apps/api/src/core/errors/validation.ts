import { ValidationError, ValidationPipe } from '@nestjs/common';

import { DomainError, FieldProblem } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

/** The one input validation of the API: unknown fields refused, values transformed to their types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const fields = flatten(errors);
      const summary = fields.map((f) => `${f.field}: ${f.reason}`).join(', ');
      return new DomainError('INVALID_INPUT', 'BAD_INPUT', `Invalid input (${summary})`, fields);
    },
  });
}
