import {render} from 'preact';

render(<p>Overshare</p>, document.body);
