// Entry of the tiktok content script bundle (content-tiktok.js in the manifest).
import {runContentScript} from '../../run-content-script.js';
import readers from './index.js';

runContentScript([readers]);
