/**
 * Everything a person reads, in one place: the core returns codes with parameters (messages.ts),
 * and the language's table (ru.ts, the only one so far) turns them into sentences.
 */
export type * from './messages';
export * from './ru';
export * from './ru-labels';
