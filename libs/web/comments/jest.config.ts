export default require('../../../tools/jest/angular-project.js')('web-comments', 'libs/web/comments');
