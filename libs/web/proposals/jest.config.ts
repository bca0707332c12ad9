export default require('../../../tools/jest/angular-project.js')('web-proposals', 'libs/web/proposals');
