export default require('../../../tools/jest/angular-project.js')('web-curation', 'libs/web/curation');
