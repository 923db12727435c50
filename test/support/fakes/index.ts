export * from './clock';
export * from './gateway';
export * from './logger';
export * from './repositories';
export * from './rows';
export * from './services';
export * from './strict-fake';
