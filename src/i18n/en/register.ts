// Entry of text-en.js: the English engine catalog, loaded by extension pages in an English browser
// (and in any browser whose language Overshare does not speak).
import {registerCatalog} from '../catalogs.js';
import {catalog} from './index.js';

registerCatalog(catalog);
