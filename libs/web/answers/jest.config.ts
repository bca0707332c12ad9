export default require('../../../tools/jest/angular-project.js')('web-answers', 'libs/web/answers');
