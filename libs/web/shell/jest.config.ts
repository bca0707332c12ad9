export default require('../../../tools/jest/angular-project.js')('web-shell', 'libs/web/shell');
