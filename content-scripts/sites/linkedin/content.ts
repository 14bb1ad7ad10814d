// Entry of the linkedin content script bundle (content-linkedin.js in the manifest).
import {runContentScript} from '../../run-content-script.js';
import readers from './index.js';

runContentScript([readers]);
