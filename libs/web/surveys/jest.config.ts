export default require('../../../tools/jest/angular-project.js')('web-surveys', 'libs/web/surveys');
