import {afterAll} from 'vitest';
// Most modules are pure. The few that touch the extension APIs import webextension-polyfill, which
// throws outside an extension unless `chrome.runtime.id` exists: give them a small fake.
import {installFakeBrowser} from './fake-browser.js';

installFakeBrowser();

// Preact runs effects after paint: on an animation frame, or after a 35 ms timer. Let a pending one
// run before the environment (and its animation-frame functions) is torn down; under load, a timer
// left over from a file's last render otherwise fires into a torn-down window ("cancelAnimationFrame
// is not defined").
afterAll(async () => new Promise(resolve => setTimeout(resolve, 100)));
