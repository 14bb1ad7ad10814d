import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// Your age range (given, or worked out from your profile) offered to advertisers as a target
// (Advertising data › "Age", switch allowAdsByAge, platform-pages-3.md §5.3, H-ish, Brave PSST 2025–26).
export default linkedinSwitchRule({id: 'linkedin-ads-by-age', ref: 'TP-03', family: 'third-party', field: 'adsByAge', page: 'ads-by-age', confidence: 'M'});
