// Entry of the x content script bundle (content-x.js in the manifest).
import {runContentScript} from '../../run-content-script.js';
import readers from './index.js';

runContentScript([readers]);
