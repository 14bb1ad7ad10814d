// Entry of text-fr.js: the French engine catalog, loaded by extension pages only in a French browser.
import {registerCatalog} from '../catalogs.js';
import {catalog} from './index.js';

registerCatalog(catalog);
