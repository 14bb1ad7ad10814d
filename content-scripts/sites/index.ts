import type {Site} from '../define-site.js';
import facebook from './facebook/index.js';
import instagram from './instagram/index.js';
import linkedin from './linkedin/index.js';
import tiktok from './tiktok/index.js';
import x from './x/index.js';

/** Every site adapter. Adding a site: add its folder, then one line here (a test checks it). */
export const sites: readonly Site[] = [facebook, x, linkedin, instagram, tiktok];

export const siteById = (id: string): Site | undefined => sites.find(site => site.id === id);
