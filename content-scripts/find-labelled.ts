import type {PageContext} from './define-site-readers.js';
import {wordings} from './dom/normalize-text.js';

/** The elements of the content root whose text is one of a label's wordings, in the page's language. */
export const findLabelled = (context: PageContext, key: string): Element[] => context.text.find(wordings(context.labels[key]));
