// Entry of the instagram content script bundle (content-instagram.js in the manifest).
import {runContentScript} from '../../run-content-script.js';
import readers from './index.js';

runContentScript([readers]);
