import angularConfig from '../../../eslint.angular.mjs';

export default angularConfig;
