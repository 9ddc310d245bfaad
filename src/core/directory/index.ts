export { canonicalAddress, isSafeAddress, splitAddresses } from './addresses';
export { checkExecutors, executorsOf, matchProblems } from './check';
export { distinctExecutors, type ExecutorPrefill } from './distinct';
export { type ExecutorMatch, type ExecutorMatches, matchExecutors } from './match';
export { namePatterns } from './patterns';
export {
  DIRECTORY_HEADER,
  DIRECTORY_SHEET_NAME,
  type Directory,
  type DirectoryEntry,
  readDirectory,
} from './read';
export { normalizeName } from './tokens';
