export * from './lib/catalogue.module';
export * from './lib/graphql/catalogue.types';
export * from './lib/graphql/catalogue.inputs';
export * from './lib/services/catalogue-import.service';
export * from './lib/services/catalogue-adoption.service';
export * from './lib/services/catalogue-exports.service';
export * from './lib/services/catalogue-tree';
export { seedDemoCatalogue } from './lib/demo/demo-catalogue';
export type { DemoCatalogueResult } from './lib/demo/demo-catalogue';
