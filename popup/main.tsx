import {render} from 'preact';
import {uiLanguage} from '../src/i18n/t.js';
import {loadTextCatalog} from '../src/i18n/text-catalogs.js';
import {Popup} from './popup.js';

// Screen readers pick their voice from the page language: say which one the strings are in.
document.documentElement.lang = uiLanguage();

// In a Spanish browser the engine texts (rule titles, steps…) come from text-es.js, loaded first.
void loadTextCatalog(document).then(() => render(<Popup/>, document.getElementById('app') ?? document.body));
