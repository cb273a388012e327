export * from './quiz-rules';
