export default require('../../../tools/jest/angular-project.js')('web-votes', 'libs/web/votes');
