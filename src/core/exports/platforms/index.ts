import type {ExportPlatform} from '../export-platform.js';
import {facebook} from './facebook.js';
import {google} from './google.js';
import {instagram} from './instagram.js';
import {linkedin} from './linkedin.js';
import {snapchat} from './snapchat.js';
import {tiktok} from './tiktok.js';
import {x} from './x.js';

/** Every platform whose download Overshare reads, in the order the page lists them. */
export const exportPlatforms: readonly ExportPlatform[] = [google, x, facebook, instagram, tiktok, linkedin, snapchat];
