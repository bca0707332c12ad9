export * from './lib/public/polls.page';
export * from './lib/public/poll.page';
export * from './lib/manage/manage-polls.page';
export * from './lib/manage/poll-editor.page';
export * from './lib/manage/poll-codes.page';
