import {render} from 'preact';
import {uiLanguage} from '../src/i18n/t.js';
import {Popup} from './popup.js';

// Screen readers pick their voice from the page language: say which one the strings are in.
document.documentElement.lang = uiLanguage();

render(<Popup/>, document.getElementById('app') ?? document.body);
