export default require('../../../tools/jest/angular-project.js')('web-moderation', 'libs/web/moderation');
