export default require('../../../tools/jest/angular-project.js')('web-catalogue', 'libs/web/catalogue');
