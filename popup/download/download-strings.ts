import {t} from '../../src/i18n/t.js';

// The "Check a download" page's own words (src/i18n/<lang>/messages.json); what it found is the
// engine's, worded by the catalog (popup/engine-texts.ts).
export const title = t('downloadTitle');
export const intro = t('downloadIntro');
export const pickFile = t('downloadPickFile');
export const pickFolder = t('downloadPickFolder');
export const drop = t('downloadDrop');
export const reading = (name: string) => t('downloadReading', name);
export const progress = t('downloadProgress');
export const cancel = t('downloadCancel');
export const cancelled = t('downloadCancelled');
export const platformDownload = (platform: string) => t('downloadPlatform', platform);
export const filesRead = (count: number) => t('downloadFilesRead', count);
export const notRead = (file: string, reason: string) => t('downloadNotRead', file, reason);
export const another = t('downloadAnother');
export const alsoLive = (rule: string) => t('downloadAlsoLive', rule);
export const howTo = t('downloadHowTo');
export const whereToChange = t('downloadWhereToChange');
export const nothingStored = t('downloadNothingStored');
export const link = t('downloadLink');
