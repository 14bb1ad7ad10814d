// Entry of the facebook content script bundle (content-facebook.js in the manifest).
import {runContentScript} from '../../run-content-script.js';
import readers from './index.js';

runContentScript([readers]);
