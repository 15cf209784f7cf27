export * from './record';
export * from './coalesce';
export * from './paths';
export * from './rollback';
export * from './describe';
export * from './sinceExport';
