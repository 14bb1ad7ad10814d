// Entry of text-es.js: the Spanish engine catalog, loaded by extension pages only in a Spanish browser.
import {registerCatalog} from '../catalogs.js';
import {catalog} from './index.js';

registerCatalog(catalog);
