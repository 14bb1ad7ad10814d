import type {SiteDescription} from './define-site.js';
import facebook from './facebook.js';
import google from './google.js';
import instagram from './instagram.js';
import linkedin from './linkedin.js';
import reddit from './reddit.js';
import strava from './strava.js';
import tiktok from './tiktok.js';
import x from './x.js';
import youtube from './youtube.js';

/**
 * Every site Overshare reads. Adding a site: its description here, one line below, and its readers
 * in content-scripts/sites/<id>/ (tests check that the two agree).
 */
export const sites: readonly SiteDescription[] = [facebook, x, linkedin, instagram, tiktok, reddit, google, strava, youtube];

export const siteById = (id: string): SiteDescription | undefined => sites.find(site => site.id === id);
