import {render} from 'preact';
import {Popup} from './popup.js';

render(<Popup/>, document.getElementById('app') ?? document.body);
