export * from './lib/home.page';
export * from './lib/process/process.page';
export * from './lib/forum/forum.page';
export * from './lib/manage/manage-processes.page';
export * from './lib/manage/manage-process.page';
