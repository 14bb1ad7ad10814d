// Entry of text-de.js: the German engine catalog, loaded by extension pages only in a German browser.
import {registerCatalog} from '../catalogs.js';
import {catalog} from './index.js';

registerCatalog(catalog);
