export * from './article';
export * from './markdown';
