export default require('../../../tools/jest/angular-project.js')('web-assessments', 'libs/web/assessments');
