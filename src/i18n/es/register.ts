// Entry of text-es.js: the Spanish engine texts, loaded by extension pages only in a Spanish browser.
import {registerTextCatalog} from '../text-catalogs.js';
import {esText} from './index.js';

registerTextCatalog('es', esText);
