export default require('../../../tools/jest/angular-project.js')('web-core', 'libs/web/core');
