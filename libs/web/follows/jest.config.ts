export default require('../../../tools/jest/angular-project.js')('web-follows', 'libs/web/follows');
