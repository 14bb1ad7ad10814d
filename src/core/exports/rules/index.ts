import type {ExportRule} from '../export-rule.js';
import adsEngaged from './ads-engaged.js';
import advertiserAudiences from './advertiser-audiences.js';
import birthDate from './birth-date.js';
import connectedApps from './connected-apps.js';
import homeLocation from './home-location.js';
import inferredAge from './inferred-age.js';
import inferredInterests from './inferred-interests.js';
import locationHistory from './location-history.js';
import offPlatformActivity from './off-platform-activity.js';
import phoneOnFile from './phone-on-file.js';

/** The rules over a data download, in the order its checklist shows them. */
export const exportRules: readonly ExportRule[] = [
	locationHistory, offPlatformActivity, homeLocation, birthDate, phoneOnFile, inferredInterests, inferredAge, advertiserAudiences, adsEngaged, connectedApps,
];
