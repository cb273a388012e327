import { invalidField, notFound } from '../../../core/errors/domain-error';

export const ProofErrors = {
  /** Also the answer for a proof out of the caller's scope: existence is not revealed. */
  notFound: () => notFound('PROOF_NOT_FOUND', 'Proof not found'),
  fileRequired: () => invalidField('INVALID_INPUT', 'file', 'isNotEmpty', 'Send the proof in the multipart field "file"'),
  tooLarge: (maxBytes: number) => {
    const error = invalidField('PROOF_TOO_LARGE', 'file', 'PROOF_TOO_LARGE', `The file is larger than ${maxBytes} bytes`);
    Object.assign(error.details, { maxBytes });
    return error;
  },
  typeNotAllowed: () => invalidField('PROOF_TYPE_NOT_ALLOWED', 'file', 'PROOF_TYPE_NOT_ALLOWED', 'Only PDF, JPEG and PNG files are accepted'),
  /** An id in proofFileIds that is not an unattached proof of the caller's partner (or of this declaration). */
  notAttachable: (index: number) => invalidField('PROOF_NOT_FOUND', `proofFileIds.${index}`, 'PROOF_NOT_FOUND', 'Unknown proof, or attached to another declaration'),
};
