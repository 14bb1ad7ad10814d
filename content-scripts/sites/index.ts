import {labelTables} from '../../src/core/labels/index.js';
import type {SiteReaders} from '../define-site-readers.js';
import facebook from './facebook/index.js';
import google from './google/index.js';
import instagram from './instagram/index.js';
import linkedin from './linkedin/index.js';
import reddit from './reddit/index.js';
import strava from './strava/index.js';
import tiktok from './tiktok/index.js';
import x from './x/index.js';
import youtube from './youtube/index.js';

/** A site's readers with every language's label table at hand, as a page in any of them gets from the worker. */
const withEveryLanguage = (readers: SiteReaders): SiteReaders => ({...readers, languages: labelTables[readers.site.id] ?? readers.languages});

/**
 * Every site's readers, in the order of the catalog (src/core/sites/index.ts), each with all its
 * languages. Only the command line, "Save a page sample" and the tests take them all: each content
 * bundle imports its own site's folder alone, with its English table.
 */
export const siteReaders: readonly SiteReaders[] = [facebook, x, linkedin, instagram, tiktok, reddit, google, strava, youtube].map(withEveryLanguage);
