// Jest loads globalTeardown outside its module resolver, so tsconfig path aliases are unavailable here.
import { tearDownTestInfrastructure } from '../../../libs/testing/src';

export default () => tearDownTestInfrastructure();
