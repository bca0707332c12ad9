// Jest loads globalSetup outside its module resolver, so tsconfig path aliases are unavailable here.
import { setUpTestInfrastructure } from '../../../libs/testing/src';
import { runMigrations } from '../../../libs/api/database/src';

export default () => setUpTestInfrastructure(runMigrations);
