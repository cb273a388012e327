import { closeBrowsers } from './browser';

afterAll(closeBrowsers);
