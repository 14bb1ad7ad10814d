import {render} from 'preact';
import {uiLanguage} from '../src/i18n/t.js';
import {tagOf} from '../src/i18n/languages.js';
import {loadCatalogs} from '../src/i18n/catalogs.js';
import {Popup} from './popup.js';

// Screen readers pick their voice from the page language: say which one the strings are in.
document.documentElement.lang = tagOf(uiLanguage());

// The engine's words (rule titles, steps…) come from the UI language's text-<lang>.js, loaded first.
void loadCatalogs(document, [uiLanguage()]).then(() => render(<Popup/>, document.getElementById('app') ?? document.body));
