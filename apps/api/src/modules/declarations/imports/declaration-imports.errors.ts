import { conflict, invalidField, notFound } from '../../../core/errors/domain-error';

export const DeclarationImportErrors = {
  /** Also the answer for an import out of the caller's scope: existence is not revealed. */
  notFound: () => notFound('DECLARATION_IMPORT_NOT_FOUND', 'Declaration import not found'),
  notStaging: () => conflict('DECLARATION_IMPORT_NOT_STAGING', 'This file has already been imported or withdrawn'),
  hasErrors: () => conflict('DECLARATION_IMPORT_HAS_ERRORS', 'Fix the rows in error and upload the file again'),
  empty: () => conflict('DECLARATION_IMPORT_EMPTY', 'No row of this file has been received'),
  decided: () => conflict('DECLARATION_IMPORT_DECIDED', 'The brand has started deciding declarations of this file; it can no longer be withdrawn'),
  tooLarge: (maxRows: number) => invalidField('DECLARATION_IMPORT_TOO_LARGE', 'chunk.firstRow', 'max', `A file has at most ${maxRows} rows`),
  chunkOverlap: () => invalidField('DECLARATION_IMPORT_CHUNK_OVERLAP', 'chunk.firstRow', 'DECLARATION_IMPORT_CHUNK_OVERLAP', 'These rows were already sent in another chunk'),
};
