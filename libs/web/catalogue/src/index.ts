export * from './lib/public/catalogue.page';
export * from './lib/public/catalogue-field.page';
export * from './lib/manage/manage-catalogue.page';
export * from './lib/manage/catalogue-compare.page';
export * from './lib/manage/catalogue-editor.page';
export * from './lib/public/proposal-in-catalogue.component';
