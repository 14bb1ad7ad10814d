import type {SiteReaders} from '../define-site-readers.js';
import facebook from './facebook/index.js';
import instagram from './instagram/index.js';
import linkedin from './linkedin/index.js';
import tiktok from './tiktok/index.js';
import x from './x/index.js';

/**
 * Every site's readers, in the order of the catalog (src/core/sites/index.ts). Only the command line
 * and the tests take them all: each content bundle imports its own site's folder alone.
 */
export const siteReaders: readonly SiteReaders[] = [facebook, x, linkedin, instagram, tiktok];
