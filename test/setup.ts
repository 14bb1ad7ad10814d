// Most modules are pure. The few that touch the extension APIs import webextension-polyfill, which
// throws outside an extension unless `chrome.runtime.id` exists: give them a small fake.
import {installFakeBrowser} from './fake-browser.js';

installFakeBrowser();
