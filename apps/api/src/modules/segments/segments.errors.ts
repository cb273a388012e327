import { conflict, invalidField, notFound } from '../../core/errors/domain-error';

export const SegmentErrors = {
  notFound: () => notFound('SEGMENT_NOT_FOUND', 'Segment not found'),
  inUse: () => conflict('SEGMENT_IN_USE', 'Products are open to this segment'),
  nameTaken: () => invalidField('SEGMENT_NAME_TAKEN', 'name', 'unique', 'Another segment has this name'),
  badLimit: (reason: 'min' | 'max') => invalidField('INVALID_INPUT', 'limit', reason, 'limit must be between 1 and 100'),
};
