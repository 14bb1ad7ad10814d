import {afterAll} from 'vitest';
import {registerCatalog} from '../src/i18n/catalogs.js';
import type {Catalog} from '../src/i18n/catalog.js';
import {languages} from '../src/i18n/languages.js';
// Most modules are pure. The few that touch the extension APIs import webextension-polyfill, which
// throws outside an extension unless `chrome.runtime.id` exists: give them a small fake.
import {installFakeBrowser} from './fake-browser.js';

installFakeBrowser();

// What an extension page's text-<lang>.js does before it renders, for every language: a test picks
// one by the fake browser's UI language (test/i18n-language.ts).
for (const language of languages) {
	registerCatalog((await import(`../src/i18n/${language}/index.ts`) as {catalog: Catalog}).catalog);
}

// Preact runs effects after paint: on an animation frame, or after a 35 ms timer. Let a pending one
// run before the environment (and its animation-frame functions) is torn down; under load, a timer
// left over from a file's last render otherwise fires into a torn-down window ("cancelAnimationFrame
// is not defined").
afterAll(async () => new Promise(resolve => setTimeout(resolve, 100)));
