export default require('../../../tools/jest/angular-project.js')('web-audit', 'libs/web/audit');
