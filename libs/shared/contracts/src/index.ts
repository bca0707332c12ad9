export * from './lib/locales';
export * from './lib/roles';
export * from './lib/error-codes';
export * from './lib/text-rules';
export * from './lib/municipalities';
export * from './lib/city-time';
