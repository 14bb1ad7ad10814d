import {oncePerReading} from './current-page-map.js';

const allScripts = (document: Document): readonly HTMLScriptElement[] =>
	[...document.getElementsByTagName('script')] as HTMLScriptElement[];

/**
 * The page's script elements, in document order, found once per reading. Identify and the readers
 * of Facebook, Google, Instagram, Strava and YouTube each look for the page's data in them, and each
 * search of a 100k-node page costs about half a walk of it (bench (g)): YouTube's searched it six
 * times. Callers pick theirs with `matches` (a page has tens of scripts, not thousands).
 */
export const pageScripts = (document: Document): readonly HTMLScriptElement[] => oncePerReading(document, allScripts);
