// Runs in each e2e worker before its test files (vitest.e2e.config.ts, setupFiles).
import {keepBrowserReady} from './launch.js';

keepBrowserReady();
