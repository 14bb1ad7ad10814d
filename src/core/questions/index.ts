import type {FieldId} from '../model/fields.js';
import type {Platform, Question} from './define-question.js';
import {instagramApp} from './instagram-app.js';
import {snapchat} from './snapchat.js';
import {tiktok} from './tiktok.js';
import {venmo} from './venmo.js';

/** Every platform with guided questions. Adding one: a module, then one line here (a test checks the catalog). */
export const platforms: readonly Platform[] = [tiktok, snapchat, instagramApp, venmo];

export const platformById = (id: string): Platform | undefined => platforms.find(platform => platform.id === id);

export const questions: readonly Question[] = platforms.flatMap(platform => platform.questions);

export const questionById = (id: string): Question | undefined => questions.find(question => question.id === id);

export const platformOf = (question: Question): Platform => platforms.find(platform => platform.questions.includes(question))!;

/** The question that asks about a field on a platform, if any. */
export const questionFor = (platformId: string, field: FieldId): Question | undefined =>
	platformById(platformId)?.questions.find(question => question.field === field);
