export default require('../../../tools/jest/angular-project.js')('web-mail', 'libs/web/mail');
