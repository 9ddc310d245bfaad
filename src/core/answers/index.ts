export * from './links';
export * from './measures';
export * from './page';
export * from './requests';
export * from './token';
