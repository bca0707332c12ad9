export default require('../../../tools/jest/angular-project.js')('web-processes', 'libs/web/processes');
