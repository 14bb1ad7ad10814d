// Entry of text-pt_BR.js: the Brazilian Portuguese engine catalog, loaded by extension pages only in a pt-BR browser.
import {registerCatalog} from '../catalogs.js';
import {catalog} from './index.js';

registerCatalog(catalog);
