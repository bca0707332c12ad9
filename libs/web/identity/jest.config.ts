export default require('../../../tools/jest/angular-project.js')('web-identity', 'libs/web/identity');
