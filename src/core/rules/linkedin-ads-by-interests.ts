import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// Interest categories LinkedIn infers from what you read, follow and click, used for ads (Advertising
// data › "Interest categories", switch adsPrivacyAllowInterestsAndBehaviors, platform-pages-3.md §5.3,
// H-ish, Brave PSST 2025–26).
export default linkedinSwitchRule({id: 'linkedin-ads-by-interests', ref: 'TP-03', family: 'third-party', field: 'adsByInterests', page: 'ads-interests', confidence: 'M'});
