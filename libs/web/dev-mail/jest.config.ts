export default require('../../../tools/jest/angular-project.js')('web-dev-mail', 'libs/web/dev-mail');
