export default require('../../tools/jest/angular-project.js')('web', 'apps/web');
